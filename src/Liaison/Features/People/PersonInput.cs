using System.ComponentModel.DataAnnotations;
using Liaison.Security;

namespace Liaison.Features.People;

/// <summary>What a user submits to create or edit a person (API body and page form).</summary>
public sealed class PersonInput
{
    [Required(ErrorMessage = "The English name is required.")]
    [StringLength(PersonConfiguration.NameLength, ErrorMessage = "The English name must be at most {1} characters.")]
    public string NameEn { get; set; } = "";

    [StringLength(PersonConfiguration.NameLength, ErrorMessage = "The native name must be at most {1} characters.")]
    public string? NameNative { get; set; }

    [StringLength(PersonConfiguration.NameLength, ErrorMessage = "The romanized name must be at most {1} characters.")]
    public string? NameRomanized { get; set; }

    [StringLength(PersonConfiguration.NameLength, ErrorMessage = "The Chinese name must be at most {1} characters.")]
    public string? NameZh { get; set; }

    [StringLength(PersonConfiguration.NameLength, ErrorMessage = "The family name must be at most {1} characters.")]
    public string? FamilyName { get; set; }

    [StringLength(PersonConfiguration.NameLength, ErrorMessage = "The given name must be at most {1} characters.")]
    public string? GivenName { get; set; }

    public NameOrder NameOrder { get; set; } = NameOrder.GivenFirst;

    [StringLength(100, ErrorMessage = "The honorific must be at most {1} characters.")]
    public string? Honorific { get; set; }

    [StringLength(300, ErrorMessage = "The form of address must be at most {1} characters.")]
    public string? FormOfAddress { get; set; }

    public Gender Gender { get; set; }

    [Range(1800, 2200, ErrorMessage = "The birth year must be between {1} and {2}.")]
    public int? BirthYear { get; set; }

    public DateOnly? BirthDate { get; set; }

    /// <summary>ISO 3166-1 alpha-3 code; empty for staff of international bodies.</summary>
    [StringLength(3, MinimumLength = 3, ErrorMessage = "The country must be an ISO 3166-1 alpha-3 code.")]
    public string? CountryIso3 { get; set; }

    [StringLength(200, ErrorMessage = "The languages must be at most {1} characters.")]
    public string? Languages { get; set; }

    [StringLength(PersonConfiguration.TextLength, ErrorMessage = "The biography must be at most {1} characters.")]
    public string? Biography { get; set; }

    [StringLength(500, ErrorMessage = "The diet must be at most {1} characters.")]
    public string? Diet { get; set; }

    [StringLength(200, ErrorMessage = "The religion must be at most {1} characters.")]
    public string? Religion { get; set; }

    [StringLength(100, ErrorMessage = "The interpreter language must be at most {1} characters.")]
    public string? InterpreterLanguage { get; set; }

    [StringLength(4000, ErrorMessage = "The protocol notes must be at most {1} characters.")]
    public string? ProtocolNotes { get; set; }

    [StringLength(1000, ErrorMessage = "The tags must be at most {1} characters.")]
    public string? Tags { get; set; }

    public Classification Classification { get; set; } = Classification.Internal;

    public int? TierId { get; set; }

    /// <summary>The user who owns the relationship (user id).</summary>
    [StringLength(450, ErrorMessage = "Unknown owner.")]
    public string? OwnerId { get; set; }

    /// <summary>Other spellings and scripts of the name; null on update keeps the stored ones.</summary>
    public List<PersonNameInput>? OtherNames { get; set; }

    /// <summary>The version the user loaded; required for updates so a stale save is refused.</summary>
    public int? Version { get; set; }

    public static PersonInput From(Person p, string? countryIso3) => new()
    {
        NameEn = p.NameEn,
        NameNative = p.NameNative,
        NameRomanized = p.NameRomanized,
        NameZh = p.NameZh,
        FamilyName = p.FamilyName,
        GivenName = p.GivenName,
        NameOrder = p.NameOrder,
        Honorific = p.Honorific,
        FormOfAddress = p.FormOfAddress,
        Gender = p.Gender,
        BirthYear = p.BirthYear,
        BirthDate = p.BirthDate,
        CountryIso3 = countryIso3,
        Languages = p.Languages,
        Biography = p.Biography,
        Diet = p.Diet,
        Religion = p.Religion,
        InterpreterLanguage = p.InterpreterLanguage,
        ProtocolNotes = p.ProtocolNotes,
        Tags = p.Tags,
        Classification = p.Classification,
        TierId = p.TierId,
        OwnerId = p.OwnerId,
        OtherNames = p.OtherNames.OrderBy(n => n.Id).Select(n => new PersonNameInput { Name = n.Name, Kind = n.Kind, Language = n.Language }).ToList(),
        Version = p.Version,
    };
}

public sealed class PersonNameInput
{
    [Required(ErrorMessage = "A name is required.")]
    [StringLength(PersonConfiguration.NameLength, ErrorMessage = "A name must be at most {1} characters.")]
    public string Name { get; set; } = "";

    public PersonNameKind Kind { get; set; }

    [StringLength(20, ErrorMessage = "This field must be at most {1} characters.")]
    public string? Language { get; set; }
}
