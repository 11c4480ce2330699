using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Features.Touchpoints;

internal sealed class TouchpointConfiguration : IEntityTypeConfiguration<Touchpoint>
{
    public void Configure(EntityTypeBuilder<Touchpoint> builder)
    {
        builder.ToTable("Touchpoints");
        builder.Property(t => t.Subject).HasMaxLength(300).IsRequired();
        builder.Property(t => t.Medium).HasMaxLength(50);
        builder.Property(t => t.Summary).HasMaxLength(20000);
        builder.Property(t => t.FollowUp).HasMaxLength(2000);
        builder.Property(t => t.CreatedById).HasMaxLength(450);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne(t => t.Country).WithMany().HasForeignKey(t => t.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Engagement).WithMany().HasForeignKey(t => t.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.On);
        builder.HasIndex(t => t.EngagementId);
        builder.HasIndex(t => new { t.CountryId, t.On, t.Classification });
        builder.HasIndex(t => new { t.CreatedById, t.On });
    }
}

internal sealed class TouchpointPersonConfiguration : IEntityTypeConfiguration<TouchpointPerson>
{
    public void Configure(EntityTypeBuilder<TouchpointPerson> builder)
    {
        builder.ToTable("TouchpointPeople");
        builder.HasKey(x => new { x.TouchpointId, x.PersonId });
        builder.HasOne(x => x.Touchpoint).WithMany(t => t.People).HasForeignKey(x => x.TouchpointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.PersonId, x.TouchpointId });
    }
}

internal sealed class TouchpointOrganizationConfiguration : IEntityTypeConfiguration<TouchpointOrganization>
{
    public void Configure(EntityTypeBuilder<TouchpointOrganization> builder)
    {
        builder.ToTable("TouchpointOrganizations");
        builder.HasKey(x => new { x.TouchpointId, x.OrganizationId });
        builder.HasOne(x => x.Touchpoint).WithMany(t => t.Organizations).HasForeignKey(x => x.TouchpointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.OrganizationId, x.TouchpointId });
    }
}

internal sealed class TouchpointParticipantConfiguration : IEntityTypeConfiguration<TouchpointParticipant>
{
    public void Configure(EntityTypeBuilder<TouchpointParticipant> builder)
    {
        builder.ToTable("TouchpointParticipants");
        builder.HasKey(x => new { x.TouchpointId, x.UserId });
        builder.Property(x => x.UserId).HasMaxLength(450);
        builder.HasOne(x => x.Touchpoint).WithMany(t => t.Participants).HasForeignKey(x => x.TouchpointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.UserId);
    }
}
