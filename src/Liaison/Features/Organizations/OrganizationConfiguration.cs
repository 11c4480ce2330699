using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Features.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public const int NameLength = 300;
    public const int DescriptionLength = 20000;

    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("Organizations");
        builder.Property(o => o.NameNative).HasMaxLength(NameLength);
        builder.Property(o => o.NameRomanized).HasMaxLength(NameLength);
        builder.Property(o => o.NameEn).HasMaxLength(NameLength).IsRequired();
        builder.Property(o => o.NameZh).HasMaxLength(NameLength);
        builder.Property(o => o.Abbreviation).HasMaxLength(40);
        builder.Property(o => o.Website).HasMaxLength(500);
        builder.Property(o => o.Description).HasMaxLength(DescriptionLength);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne(o => o.Country).WithMany().HasForeignKey(o => o.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => new { o.CountryId, o.Kind });
        builder.HasIndex(o => new { o.CountryId, o.Classification });
        builder.HasIndex(o => o.NameEn);
        builder.HasIndex(o => o.ParentId);
        builder.HasIndex(o => o.Family);
    }
}

internal sealed class OrganizationNameConfiguration : IEntityTypeConfiguration<OrganizationName>
{
    public void Configure(EntityTypeBuilder<OrganizationName> builder)
    {
        builder.ToTable("OrganizationNames");
        builder.Property(n => n.Name).HasMaxLength(OrganizationConfiguration.NameLength).IsRequired();
        builder.Property(n => n.Language).HasMaxLength(20);
        builder.HasOne(n => n.Organization).WithMany(o => o.OtherNames).HasForeignKey(n => n.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => n.OrganizationId);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("Memberships");
        builder.HasOne(m => m.Member).WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Group).WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.MemberId);
        builder.HasIndex(m => m.GroupId);
    }
}

internal sealed class LineageLinkConfiguration : IEntityTypeConfiguration<LineageLink>
{
    public void Configure(EntityTypeBuilder<LineageLink> builder)
    {
        builder.ToTable("LineageLinks");
        builder.Property(l => l.Note).HasMaxLength(2000);
        builder.HasOne(l => l.Predecessor).WithMany().HasForeignKey(l => l.PredecessorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Successor).WithMany().HasForeignKey(l => l.SuccessorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.PredecessorId);
        builder.HasIndex(l => l.SuccessorId);
    }
}

internal sealed class StandingSpanConfiguration : IEntityTypeConfiguration<StandingSpan>
{
    public void Configure(EntityTypeBuilder<StandingSpan> builder)
    {
        builder.ToTable("StandingSpans");
        builder.Property(s => s.Source).HasMaxLength(500);
        builder.Property(s => s.Note).HasMaxLength(2000);
        builder.HasOne(s => s.Organization).WithMany(o => o.Standings).HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.OrganizationId, s.From });
    }
}
