using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Features.Touchpoints;
using Liaison.Security;

namespace Liaison.Features.Work;

public enum WorkStatus
{
    Open = 0,
    InProgress = 1,
    Done = 2,
    Cancelled = 3,
}

/// <summary>
/// A follow-up with an owner and a due date, optionally linked to a person, organization or touchpoint. Seen by its owner
/// and creator, and by users of its desk (taken from the linked record).
/// </summary>
public sealed class TaskItem
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string? Notes { get; set; }
    public string OwnerId { get; set; } = "";
    public AppUser? Owner { get; set; }
    public string? CreatedById { get; set; }
    public DateOnly DueOn { get; set; }
    public WorkStatus Status { get; set; }
    public DateTime? CompletedAt { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int? TouchpointId { get; set; }
    public Touchpoint? Touchpoint { get; set; }

    /// <summary>The engagement whose commitment or follow-up this is.</summary>
    public int? EngagementId { get; set; }
    public Engagements.Engagement? Engagement { get; set; }

    /// <summary>The desk of the linked record, fixed when the task is saved.</summary>
    public int? DeskId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public static bool IsOpen(WorkStatus status) => status is WorkStatus.Open or WorkStatus.InProgress;
}

/// <summary>A user's secret calendar-feed address; only the SHA-256 hash of the secret is stored. Revoked by replacing it.</summary>
public sealed class CalendarFeed
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
