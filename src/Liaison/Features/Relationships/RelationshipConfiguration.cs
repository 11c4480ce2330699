using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Features.Relationships;

internal sealed class RelationshipLevelConfiguration : IEntityTypeConfiguration<RelationshipLevel>
{
    public void Configure(EntityTypeBuilder<RelationshipLevel> builder)
    {
        builder.ToTable("RelationshipLevels");
        builder.Property(l => l.Code).HasMaxLength(40).IsRequired();
        builder.Property(l => l.NameEn).HasMaxLength(100).IsRequired();
        builder.Property(l => l.NameZh).HasMaxLength(100);
        builder.HasIndex(l => l.Code).IsUnique();
    }
}

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> builder)
    {
        builder.ToTable("Relationships");
        builder.HasKey(r => r.OrganizationId);
        builder.Property(r => r.Channels).HasMaxLength(1000);
        builder.Property(r => r.Notes).HasMaxLength(20000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Organization).WithOne(o => o.Relationship).HasForeignKey<Relationship>(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Level).WithMany().HasForeignKey(r => r.LevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.DeskOfficer).WithMany().HasForeignKey(r => r.DeskOfficerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.LevelId);
        builder.HasIndex(r => r.DeskOfficerId);
    }
}

internal sealed class RelationshipLevelChangeConfiguration : IEntityTypeConfiguration<RelationshipLevelChange>
{
    public void Configure(EntityTypeBuilder<RelationshipLevelChange> builder)
    {
        builder.ToTable("RelationshipLevelChanges");
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.Property(c => c.ChangedByUserId).HasMaxLength(450);
        builder.HasOne(c => c.Relationship).WithMany(r => r.History).HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.FromLevel).WithMany().HasForeignKey(c => c.FromLevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.ToLevel).WithMany().HasForeignKey(c => c.ToLevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrganizationId, c.ChangedOn });
    }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("Agreements");
        builder.Property(a => a.Title).HasMaxLength(500).IsRequired();
        builder.Property(a => a.Notes).HasMaxLength(20000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Organization).WithMany(o => o.Agreements).HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.OrganizationId);
        builder.HasIndex(a => a.ExpiresOn);
    }
}
