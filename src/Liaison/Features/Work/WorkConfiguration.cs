using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Features.Work;

internal sealed class TaskItemConfiguration : IEntityTypeConfiguration<TaskItem>
{
    public void Configure(EntityTypeBuilder<TaskItem> builder)
    {
        builder.ToTable("Tasks");
        builder.Property(t => t.Title).HasMaxLength(300).IsRequired();
        builder.Property(t => t.Notes).HasMaxLength(4000);
        builder.Property(t => t.OwnerId).HasMaxLength(450).IsRequired();
        builder.Property(t => t.CreatedById).HasMaxLength(450);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne(t => t.Owner).WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Person).WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Organization).WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Touchpoint).WithMany().HasForeignKey(t => t.TouchpointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Engagement).WithMany().HasForeignKey(t => t.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Desks.Desk>().WithMany().HasForeignKey(t => t.DeskId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => new { t.OwnerId, t.Status, t.DueOn });
        builder.HasIndex(t => new { t.DeskId, t.Status, t.DueOn });
        builder.HasIndex(t => t.PersonId);
        builder.HasIndex(t => t.OrganizationId);
        builder.HasIndex(t => t.TouchpointId);
        builder.HasIndex(t => t.EngagementId);
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.ToTable("CalendarFeeds");
        builder.Property(f => f.UserId).HasMaxLength(450).IsRequired();
        builder.Property(f => f.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasOne(f => f.User).WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasIndex(f => f.UserId);
    }
}
