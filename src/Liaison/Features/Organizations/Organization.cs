using Liaison.Features.Countries;
using Liaison.Features.Relationships;
using Liaison.Security;

namespace Liaison.Features.Organizations;

/// <summary>A party, party international, wing, think tank, media outlet, government body or other organization.</summary>
public sealed class Organization
{
    public int Id { get; set; }
    public OrganizationKind Kind { get; set; }

    /// <summary>Null for international and regional organizations.</summary>
    public int? CountryId { get; set; }
    public Country? Country { get; set; }

    public IdeologyFamily? Family { get; set; }

    /// <summary>The name in the organization's own language and script.</summary>
    public string? NameNative { get; set; }
    public string? NameRomanized { get; set; }
    public string NameEn { get; set; } = "";
    public string? NameZh { get; set; }
    public string? Abbreviation { get; set; }

    public DateOnly? Founded { get; set; }
    public DateOnly? Dissolved { get; set; }
    public string? Website { get; set; }
    public string? Description { get; set; }

    /// <summary>For wings and parliamentary groups: the party they belong to.</summary>
    public int? ParentId { get; set; }
    public Organization? Parent { get; set; }

    public Classification Classification { get; set; } = Classification.Internal;

    /// <summary>Date of the latest touchpoint with this organization, kept up to date by the touchpoint editor (dormant ties).</summary>
    public DateOnly? LastTouchpointOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<OrganizationName> OtherNames { get; set; } = [];
    public List<StandingSpan> Standings { get; set; } = [];
    public Relationship? Relationship { get; set; }
    public List<Agreement> Agreements { get; set; } = [];

    /// <summary>Ids in outside data sets (Party Facts, ParlGov, Wikidata) and the Wikipedia page, kept by the importers.</summary>
    public List<Imports.ExternalId> ExternalIds { get; set; } = [];
}
