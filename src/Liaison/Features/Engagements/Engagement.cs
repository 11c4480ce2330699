using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using Liaison.Security;

namespace Liaison.Features.Engagements;

public enum EngagementKind
{
    InboundVisit = 0,
    OutboundVisit = 1,
    HighLevelTalks = 2,
    BilateralDialogue = 3,
    MultilateralForum = 4,
    TheoreticalSeminar = 5,
    StudyTour = 6,
    TrainingCourse = 7,
    VideoMeeting = 8,
    Reception = 9,
    Other = 10,
}

public enum EngagementStatus
{
    Proposed = 0,
    Approved = 1,
    Confirmed = 2,
    UnderWay = 3,
    Completed = 4,
    Cancelled = 5,
    Postponed = 6,
}

/// <summary>
/// An exchange with foreign parties: a delegation received or sent, talks, a dialogue, forum, seminar, study tour, course,
/// video meeting or reception. Desk business like touchpoints: owned by the desk of <see cref="CountryId"/> (the lead
/// counterpart country); Public engagements are seen by everyone signed in.
/// </summary>
public sealed class Engagement
{
    public int Id { get; set; }
    public EngagementKind Kind { get; set; }
    public EngagementStatus Status { get; set; }
    public string Title { get; set; } = "";
    public string? TitleZh { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }

    /// <summary>Where it takes place (for outbound visits: abroad).</summary>
    public string? Location { get; set; }

    /// <summary>The lead counterpart country: its desk owns the engagement. Null for multilateral events without one.</summary>
    public int? CountryId { get; set; }
    public Country? Country { get; set; }
    public Classification Classification { get; set; } = Classification.Internal;

    /// <summary>Purpose and background, Markdown.</summary>
    public string? Purpose { get; set; }

    /// <summary>Invitation: who invited whom, when received or sent.</summary>
    public DateOnly? InvitationOn { get; set; }
    public string? InvitationNote { get; set; }

    /// <summary>The officer responsible (a user).</summary>
    public string? OwnerId { get; set; }
    public AppUser? Owner { get; set; }

    /// <summary>People in the visiting delegation (derived from <see cref="Members"/> by the save, never typed).</summary>
    public int DelegationCount { get; set; }

    /// <summary>People on the hosting side (derived from <see cref="Members"/> by the save, never typed).</summary>
    public int HostCount { get; set; }

    public string? ApprovedById { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<EngagementOrganization> Organizations { get; set; } = [];
    public List<EngagementCountry> Countries { get; set; } = [];
    public List<EngagementMember> Members { get; set; } = [];
    public List<EngagementTransition> Transitions { get; set; } = [];

    /// <summary>Received delegations and our delegations sent abroad: what the yearly statistics count as "delegations".</summary>
    public static bool IsDelegation(EngagementKind kind) => kind is EngagementKind.InboundVisit or EngagementKind.OutboundVisit;
}

/// <summary>A counterpart organization of an engagement.</summary>
public sealed class EngagementOrganization
{
    public int EngagementId { get; set; }
    public Engagement? Engagement { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}

/// <summary>A counterpart country of an engagement (the lead country and any others).</summary>
public sealed class EngagementCountry
{
    public int EngagementId { get; set; }
    public Engagement? Engagement { get; set; }
    public int CountryId { get; set; }
    public Country? Country { get; set; }
}

/// <summary>One step of the lifecycle: who moved the engagement from what to what, and when.</summary>
public sealed class EngagementTransition
{
    public int Id { get; set; }
    public int EngagementId { get; set; }
    public Engagement? Engagement { get; set; }
    public EngagementStatus From { get; set; }
    public EngagementStatus To { get; set; }
    public string? ByUserId { get; set; }
    public AppUser? ByUser { get; set; }
    public DateTime At { get; set; }
    public string? Note { get; set; }
}
