using Liaison.Features.Countries;
using Liaison.Security;

namespace Liaison.Features.People;

public enum Gender
{
    Unknown = 0,
    Female = 1,
    Male = 2,
    Other = 3,
}

/// <summary>Whether the family name is written first (Chinese, Vietnamese, Hungarian…) or last.</summary>
public enum NameOrder
{
    FamilyFirst = 0,
    GivenFirst = 1,
}

/// <summary>A politician, official or contact of the department.</summary>
public sealed class Person
{
    public int Id { get; set; }

    /// <summary>The country whose desk covers this person (usually their nationality); null for staff of international bodies.</summary>
    public int? CountryId { get; set; }
    public Country? Country { get; set; }

    /// <summary>The name as the person writes it, in their own script (e.g. 习近平, Нгуен, สมชาย).</summary>
    public string? NameNative { get; set; }

    /// <summary>The standard romanization (pinyin, Hepburn, ALA-LC…), with or without tone marks.</summary>
    public string? NameRomanized { get; set; }

    /// <summary>The name in Latin script as used in English; the name shown when nothing better fits.</summary>
    public string NameEn { get; set; } = "";
    public string? NameZh { get; set; }
    public string? FamilyName { get; set; }
    public string? GivenName { get; set; }
    public NameOrder NameOrder { get; set; } = NameOrder.GivenFirst;

    /// <summary>Honorific or title used before the name, e.g. "H.E.", "Dr.", "Comrade".</summary>
    public string? Honorific { get; set; }

    /// <summary>How to address the person in letters and speech, e.g. "Dear Comrade General Secretary".</summary>
    public string? FormOfAddress { get; set; }
    public Gender Gender { get; set; }
    public int? BirthYear { get; set; }
    public DateOnly? BirthDate { get; set; }

    /// <summary>Languages spoken, as BCP 47 tags separated by commas ("vi, ru, en").</summary>
    public string? Languages { get; set; }

    /// <summary>Markdown, rendered safely.</summary>
    public string? Biography { get; set; }
    public string? Diet { get; set; }
    public string? Religion { get; set; }
    public string? InterpreterLanguage { get; set; }
    public string? ProtocolNotes { get; set; }

    /// <summary>Comma-separated tags, as typed (trimmed, de-duplicated).</summary>
    public string? Tags { get; set; }

    public Classification Classification { get; set; } = Classification.Internal;
    public int? TierId { get; set; }
    public CultivationTier? Tier { get; set; }

    /// <summary>The user who owns the relationship with this person.</summary>
    public string? OwnerId { get; set; }
    public AppUser? Owner { get; set; }

    /// <summary>Date of the latest touchpoint with this person, kept up to date by the touchpoint editor (cadence, dormancy).</summary>
    public DateOnly? LastTouchpointOn { get; set; }

    /// <summary>Set when the person was merged into another; merged records are hidden everywhere until an administrator reverts.</summary>
    public int? MergedIntoId { get; set; }
    public DateTime? PhotoUpdatedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<PersonName> OtherNames { get; set; } = [];
    public List<Position> Positions { get; set; } = [];
    public List<ContactChannel> Channels { get; set; } = [];
}

public enum PersonNameKind
{
    Transliteration = 0,
    Romanization = 1,
    Alias = 2,
    Former = 3,
    Translation = 4,
}

/// <summary>Another spelling or script of a person's name; every one is searchable and used to find duplicates.</summary>
public sealed class PersonName
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public string Name { get; set; } = "";
    public PersonNameKind Kind { get; set; }

    /// <summary>BCP 47 tag, e.g. "ru", "zh-Hant", "vi-Latn".</summary>
    public string? Language { get; set; }
}

/// <summary>A person's photo, kept apart from the person row so lists never load it.</summary>
public sealed class PersonPhoto
{
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public DateTime UpdatedAt { get; set; }
}
