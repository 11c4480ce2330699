using Liaison.Features.Organizations;

namespace Liaison.Features.Countries;

public enum ElectionKind
{
    Parliamentary = 0,
    Presidential = 1,
    Regional = 2,
    Local = 3,
    EuropeanParliament = 4,
    Referendum = 5,
    PartyCongress = 6,
}

/// <summary>A past or scheduled election; results record seats won per organization.</summary>
public sealed class Election
{
    public int Id { get; set; }
    public int CountryId { get; set; }
    public Country? Country { get; set; }
    public ElectionKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public bool DateIsTentative { get; set; }
    public int? SeatsTotal { get; set; }
    public string? Notes { get; set; }
    public List<ElectionResult> Results { get; set; } = [];
}

public sealed class ElectionResult
{
    public int Id { get; set; }
    public int ElectionId { get; set; }
    public Election? Election { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int? Seats { get; set; }
    public double? VoteShare { get; set; }
}
