using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Features.Imports;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.ToTable("ImportRuns");
        builder.Property(r => r.Kind).HasMaxLength(20).IsRequired();
        builder.Property(r => r.SourceName).HasMaxLength(500).IsRequired();
        builder.Property(r => r.SourceSha256).HasMaxLength(64).IsRequired();
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.UserName).HasMaxLength(256).IsRequired();
        builder.Property(r => r.RolledBackBy).HasMaxLength(256);
        builder.HasIndex(r => r.StartedAt);
    }
}

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> builder)
    {
        builder.ToTable("ImportRecords");
        builder.Property(r => r.RecordType).HasMaxLength(40).IsRequired();
        builder.Property(r => r.SourceRow).HasMaxLength(200);
        builder.Property(r => r.ExternalIds).HasMaxLength(1000);
        builder.Property(r => r.Previous).HasMaxLength(20000);
        builder.HasOne(r => r.Run).WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.RunId);
        builder.HasIndex(r => new { r.RecordType, r.RecordId });
    }
}

internal sealed class ExternalIdConfiguration : IEntityTypeConfiguration<ExternalId>
{
    public void Configure(EntityTypeBuilder<ExternalId> builder)
    {
        builder.ToTable("ExternalIds");
        builder.Property(e => e.Scheme).HasMaxLength(20).IsRequired();
        builder.Property(e => e.Value).HasMaxLength(500).IsRequired();
        builder.HasOne(e => e.Organization).WithMany(o => o.ExternalIds).HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.OrganizationId);
        builder.HasIndex(e => new { e.Scheme, e.Value });
    }
}
