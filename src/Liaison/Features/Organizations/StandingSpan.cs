namespace Liaison.Features.Organizations;

public enum Standing
{
    LeadingRuling = 0,
    CoalitionPartner = 1,
    SupportPartner = 2,
    Opposition = 3,
    ExtraParliamentary = 4,
    BannedOrExile = 5,
}

/// <summary>A dated span of a party's standing in its country's politics.</summary>
public sealed class StandingSpan
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public Standing Standing { get; set; }

    /// <summary>Marks the party of the head of government during this span.</summary>
    public bool HeadOfGovernment { get; set; }
    public DateOnly From { get; set; }

    /// <summary>Exclusive end; null while the span lasts.</summary>
    public DateOnly? To { get; set; }
    public string? Source { get; set; }
    public string? Note { get; set; }

    public static bool IsGoverning(Standing standing) =>
        standing is Standing.LeadingRuling or Standing.CoalitionPartner;

    public bool CoversDate(DateOnly date) => From <= date && (To is null || date < To);
}
