using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Features.Countries;

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.ToTable("Countries");
        builder.Property(c => c.Iso2).HasMaxLength(2).IsRequired();
        builder.Property(c => c.Iso3).HasMaxLength(3).IsRequired();
        builder.Property(c => c.NumericCode).HasMaxLength(3);
        builder.Property(c => c.NameEn).HasMaxLength(200).IsRequired();
        builder.Property(c => c.NameZh).HasMaxLength(200);
        builder.Property(c => c.OfficialNameEn).HasMaxLength(300);
        builder.Property(c => c.OfficialNameZh).HasMaxLength(300);
        builder.Property(c => c.Region).HasMaxLength(60);
        builder.Property(c => c.Subregion).HasMaxLength(60);
        builder.Property(c => c.Capital).HasMaxLength(120);
        builder.Property(c => c.Notes).HasMaxLength(20000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.Iso2).IsUnique();
        builder.HasIndex(c => c.Iso3).IsUnique();
        builder.HasIndex(c => c.DeskId);
        builder.HasOne(c => c.Desk).WithMany(d => d.Countries).HasForeignKey(c => c.DeskId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ElectionConfiguration : IEntityTypeConfiguration<Election>
{
    public void Configure(EntityTypeBuilder<Election> builder)
    {
        builder.ToTable("Elections");
        builder.Property(e => e.Notes).HasMaxLength(4000);
        builder.HasOne(e => e.Country).WithMany(c => c.Elections).HasForeignKey(e => e.CountryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.CountryId, e.Date });
    }
}

internal sealed class ElectionResultConfiguration : IEntityTypeConfiguration<ElectionResult>
{
    public void Configure(EntityTypeBuilder<ElectionResult> builder)
    {
        builder.ToTable("ElectionResults");
        builder.HasOne(r => r.Election).WithMany(e => e.Results).HasForeignKey(r => r.ElectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ElectionId, r.OrganizationId }).IsUnique();
        builder.HasIndex(r => r.OrganizationId);
    }
}
