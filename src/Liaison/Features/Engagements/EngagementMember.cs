using Liaison.Features.People;

namespace Liaison.Features.Engagements;

/// <summary>The visiting delegation, or the hosts who receive it (for outbound visits the delegation is ours).</summary>
public enum EngagementSide
{
    Delegation = 0,
    Host = 1,
}

public enum DelegationRole
{
    Head = 0,
    DeputyHead = 1,
    Member = 2,
    Staff = 3,
    Interpreter = 4,
    Host = 5,
    Participant = 6,
}

/// <summary>A person taking part in an engagement, with their role and rank (order of precedence) in it.</summary>
public sealed class EngagementMember
{
    public int Id { get; set; }
    public int EngagementId { get; set; }
    public Engagement? Engagement { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public EngagementSide Side { get; set; }
    public DelegationRole Role { get; set; }

    /// <summary>Order of precedence within the side, 1 first.</summary>
    public int Rank { get; set; }

    /// <summary>The title they carry in this delegation ("Vice-Chair of the Central Committee").</summary>
    public string? Title { get; set; }

    /// <summary>For interpreters: the languages they work in ("zh, vi").</summary>
    public string? Languages { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }
}
