namespace Liaison.Features.People;

/// <summary>A configurable cultivation tier (senior leader, veteran, rising, working contact…) with its contact cadence.</summary>
public sealed class CultivationTier
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string? NameZh { get; set; }

    /// <summary>How often the relationship owner should be in touch, in days.</summary>
    public int CadenceDays { get; set; }
    public int SortOrder { get; set; }
    public int Version { get; set; }
}
