using Liaison.Features.Engagements.Documents;
using Liaison.Features.Engagements.Itinerary;
using Liaison.Features.Engagements.Logistics;
using Liaison.Features.Engagements.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Features.Engagements;

internal sealed class EngagementConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> builder)
    {
        builder.ToTable("Engagements");
        builder.Property(e => e.Title).HasMaxLength(300).IsRequired();
        builder.Property(e => e.TitleZh).HasMaxLength(300);
        builder.Property(e => e.Location).HasMaxLength(300);
        builder.Property(e => e.Purpose).HasMaxLength(20000);
        builder.Property(e => e.InvitationNote).HasMaxLength(2000);
        builder.Property(e => e.OwnerId).HasMaxLength(450);
        builder.Property(e => e.ApprovedById).HasMaxLength(450);
        builder.Property(e => e.CreatedById).HasMaxLength(450);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne(e => e.Country).WithMany().HasForeignKey(e => e.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Owner).WithMany().HasForeignKey(e => e.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => e.StartsOn);
        builder.HasIndex(e => new { e.CountryId, e.StartsOn });
        builder.HasIndex(e => new { e.Status, e.StartsOn, e.Classification, e.CountryId });
        // The kind's index holds what the visibility filter and the status test, so a count by kind reads it alone.
        builder.HasIndex(e => new { e.Kind, e.StartsOn, e.Classification, e.CountryId, e.Status });
        builder.HasIndex(e => new { e.CountryId, e.Classification });
    }
}

internal sealed class EngagementOrganizationConfiguration : IEntityTypeConfiguration<EngagementOrganization>
{
    public void Configure(EntityTypeBuilder<EngagementOrganization> builder)
    {
        builder.ToTable("EngagementOrganizations");
        builder.HasKey(x => new { x.EngagementId, x.OrganizationId });
        builder.HasOne(x => x.Engagement).WithMany(e => e.Organizations).HasForeignKey(x => x.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.OrganizationId, x.EngagementId });
    }
}

internal sealed class EngagementCountryConfiguration : IEntityTypeConfiguration<EngagementCountry>
{
    public void Configure(EntityTypeBuilder<EngagementCountry> builder)
    {
        builder.ToTable("EngagementCountries");
        builder.HasKey(x => new { x.EngagementId, x.CountryId });
        builder.HasOne(x => x.Engagement).WithMany(e => e.Countries).HasForeignKey(x => x.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Country).WithMany().HasForeignKey(x => x.CountryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.CountryId, x.EngagementId });
    }
}

internal sealed class EngagementTransitionConfiguration : IEntityTypeConfiguration<EngagementTransition>
{
    public void Configure(EntityTypeBuilder<EngagementTransition> builder)
    {
        builder.ToTable("EngagementTransitions");
        builder.Property(t => t.ByUserId).HasMaxLength(450);
        builder.Property(t => t.Note).HasMaxLength(2000);
        builder.HasOne(t => t.Engagement).WithMany(e => e.Transitions).HasForeignKey(t => t.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.ByUser).WithMany().HasForeignKey(t => t.ByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => new { t.EngagementId, t.At });
    }
}

internal sealed class EngagementMemberConfiguration : IEntityTypeConfiguration<EngagementMember>
{
    public void Configure(EntityTypeBuilder<EngagementMember> builder)
    {
        builder.ToTable("EngagementMembers");
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.Property(m => m.Languages).HasMaxLength(200);
        builder.Property(m => m.Notes).HasMaxLength(2000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne(m => m.Engagement).WithMany(e => e.Members).HasForeignKey(m => m.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.EngagementId, m.PersonId }).IsUnique();
        builder.HasIndex(m => new { m.PersonId, m.EngagementId });
    }
}

internal sealed class ItineraryItemConfiguration : IEntityTypeConfiguration<ItineraryItem>
{
    public void Configure(EntityTypeBuilder<ItineraryItem> builder)
    {
        builder.ToTable("ItineraryItems");
        builder.Property(i => i.Title).HasMaxLength(300).IsRequired();
        builder.Property(i => i.TitleZh).HasMaxLength(300);
        builder.Property(i => i.City).HasMaxLength(120);
        builder.Property(i => i.CityZh).HasMaxLength(120);
        builder.Property(i => i.Venue).HasMaxLength(300);
        builder.Property(i => i.VenueZh).HasMaxLength(300);
        builder.Property(i => i.Notes).HasMaxLength(2000);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne(i => i.Engagement).WithMany().HasForeignKey(i => i.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Counterpart).WithMany().HasForeignKey(i => i.CounterpartId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(i => i.Host).WithMany().HasForeignKey(i => i.HostId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.EngagementId, i.Day, i.StartsAt });
        builder.HasIndex(i => new { i.CounterpartId, i.Day });
        builder.HasIndex(i => new { i.HostId, i.Day });
    }
}

internal sealed class LogisticsItemConfiguration : IEntityTypeConfiguration<LogisticsItem>
{
    public void Configure(EntityTypeBuilder<LogisticsItem> builder)
    {
        builder.ToTable("LogisticsItems");
        builder.Property(l => l.Reference).HasMaxLength(200).IsRequired();
        builder.Property(l => l.Place).HasMaxLength(300);
        builder.Property(l => l.Notes).HasMaxLength(2000);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasOne(l => l.Engagement).WithMany().HasForeignKey(l => l.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.EngagementId, l.StartsAt });
    }
}

internal sealed class GiftConfiguration : IEntityTypeConfiguration<Gift>
{
    public void Configure(EntityTypeBuilder<Gift> builder)
    {
        builder.ToTable("Gifts");
        builder.Property(g => g.Item).HasMaxLength(300).IsRequired();
        builder.Property(g => g.Value).HasPrecision(14, 2);
        builder.Property(g => g.Currency).HasMaxLength(3);
        builder.Property(g => g.Recipient).HasMaxLength(300);
        builder.Property(g => g.Notes).HasMaxLength(2000);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.HasOne(g => g.Engagement).WithMany().HasForeignKey(g => g.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(g => g.Person).WithMany().HasForeignKey(g => g.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => g.EngagementId);
        builder.HasIndex(g => g.PersonId);
    }
}

internal sealed class EngagementOutcomeConfiguration : IEntityTypeConfiguration<EngagementOutcome>
{
    public void Configure(EntityTypeBuilder<EngagementOutcome> builder)
    {
        builder.ToTable("EngagementOutcomes");
        builder.Property(o => o.Title).HasMaxLength(300).IsRequired();
        builder.Property(o => o.Text).HasMaxLength(20000);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne(o => o.Engagement).WithMany().HasForeignKey(o => o.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.Organization).WithMany().HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(o => o.Agreement).WithMany().HasForeignKey(o => o.AgreementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(o => o.Task).WithMany().HasForeignKey(o => o.TaskId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => o.EngagementId);
        builder.HasIndex(o => o.AgreementId);
        builder.HasIndex(o => o.TaskId);
    }
}

internal sealed class EngagementDocumentConfiguration : IEntityTypeConfiguration<EngagementDocument>
{
    public void Configure(EntityTypeBuilder<EngagementDocument> builder)
    {
        builder.ToTable("EngagementDocuments");
        builder.Property(d => d.Title).HasMaxLength(300).IsRequired();
        builder.Property(d => d.FileName).HasMaxLength(255).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(d => d.UploadedById).HasMaxLength(450);
        builder.HasOne(d => d.Engagement).WithMany().HasForeignKey(d => d.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.EngagementId);
    }
}
