using System.ComponentModel.DataAnnotations;
using Liaison.Security;

namespace Liaison.Features.Organizations;

/// <summary>What a user submits to create or edit an organization (API body and page form).</summary>
public sealed class OrganizationInput
{
    [Required(ErrorMessage = "The English name is required.")]
    [StringLength(OrganizationConfiguration.NameLength, ErrorMessage = "The English name must be at most {1} characters.")]
    public string NameEn { get; set; } = "";

    [StringLength(OrganizationConfiguration.NameLength, ErrorMessage = "The native name must be at most {1} characters.")]
    public string? NameNative { get; set; }

    [StringLength(OrganizationConfiguration.NameLength, ErrorMessage = "The romanized name must be at most {1} characters.")]
    public string? NameRomanized { get; set; }

    [StringLength(OrganizationConfiguration.NameLength, ErrorMessage = "The Chinese name must be at most {1} characters.")]
    public string? NameZh { get; set; }

    [StringLength(40, ErrorMessage = "The abbreviation must be at most {1} characters.")]
    public string? Abbreviation { get; set; }

    public OrganizationKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-3 code; empty for international organizations.</summary>
    [StringLength(3, MinimumLength = 3, ErrorMessage = "The country must be an ISO 3166-1 alpha-3 code.")]
    public string? CountryIso3 { get; set; }

    public IdeologyFamily? Family { get; set; }
    public DateOnly? Founded { get; set; }
    public DateOnly? Dissolved { get; set; }

    [StringLength(500, ErrorMessage = "The website must be at most {1} characters.")]
    public string? Website { get; set; }

    [StringLength(OrganizationConfiguration.DescriptionLength, ErrorMessage = "The description must be at most {1} characters.")]
    public string? Description { get; set; }

    public int? ParentId { get; set; }
    public Classification Classification { get; set; } = Classification.Internal;

    /// <summary>Other names (former names, aliases), one per entry.</summary>
    public List<OtherNameInput>? OtherNames { get; set; }

    /// <summary>The version the user loaded; required for updates so a stale save is refused.</summary>
    public int? Version { get; set; }

    public static OrganizationInput From(Organization o, string? countryIso3) => new()
    {
        NameEn = o.NameEn,
        NameNative = o.NameNative,
        NameRomanized = o.NameRomanized,
        NameZh = o.NameZh,
        Abbreviation = o.Abbreviation,
        Kind = o.Kind,
        CountryIso3 = countryIso3,
        Family = o.Family,
        Founded = o.Founded,
        Dissolved = o.Dissolved,
        Website = o.Website,
        Description = o.Description,
        ParentId = o.ParentId,
        Classification = o.Classification,
        OtherNames = o.OtherNames.OrderBy(n => n.Id).Select(n => new OtherNameInput { Name = n.Name, Kind = n.Kind, Language = n.Language, ValidFrom = n.ValidFrom, ValidTo = n.ValidTo }).ToList(),
        Version = o.Version,
    };
}

public sealed class OtherNameInput
{
    [Required(ErrorMessage = "A name is required.")]
    [StringLength(OrganizationConfiguration.NameLength, ErrorMessage = "A name must be at most {1} characters.")]
    public string Name { get; set; } = "";

    public OrganizationNameKind Kind { get; set; }

    [StringLength(20, ErrorMessage = "This field must be at most {1} characters.")]
    public string? Language { get; set; }

    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}
