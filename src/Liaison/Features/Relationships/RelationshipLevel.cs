namespace Liaison.Features.Relationships;

/// <summary>A configurable level of ties (none, contact, working, established, strategic…), ordered by rank.</summary>
public sealed class RelationshipLevel
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string? NameZh { get; set; }

    /// <summary>Higher means closer ties; 0 means no ties.</summary>
    public int Rank { get; set; }
}
