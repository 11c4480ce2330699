namespace Liaison.Features.Organizations;

public enum OrganizationNameKind
{
    Former = 0,
    Alias = 1,
    Translation = 2,
    FormerAbbreviation = 3,
}

/// <summary>Another name an organization is or was known by; every one is searchable.</summary>
public sealed class OrganizationName
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public string Name { get; set; } = "";
    public OrganizationNameKind Kind { get; set; }

    /// <summary>BCP 47 tag of the name's language, e.g. "de", "zh-Hans", "ru".</summary>
    public string? Language { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}
