using Liaison.Features.Organizations;

namespace Liaison.Features.People;

public enum PositionKind
{
    PartyPost = 0,
    GovernmentPost = 1,
    ParliamentSeat = 2,
    Other = 3,
}

/// <summary>A post a person holds or held in an organization. Ending a position sets <see cref="To"/>; history is never deleted.</summary>
public sealed class Position
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public PositionKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? TitleZh { get; set; }

    /// <summary>Lower numbers rank higher in an organization's leadership (1 = leader).</summary>
    public int Rank { get; set; } = 100;
    public DateOnly? From { get; set; }

    /// <summary>Exclusive end; null while the position is held.</summary>
    public DateOnly? To { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }

    public bool IsCurrent(DateOnly today) => (From is null || From <= today) && (To is null || today < To);
}
