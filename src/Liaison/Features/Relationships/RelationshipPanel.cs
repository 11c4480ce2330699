namespace Liaison.Features.Relationships;

/// <summary>What the organization page passes to the relationship panel.</summary>
public sealed record RelationshipPanel(int OrganizationId, RelationshipDto Relationship, bool CanEdit, IReadOnlyDictionary<string, string?> LevelNamesZh)
{
    /// <summary>A level's name in the UI language; history entries carry only the English name.</summary>
    public string LevelName(string? english) =>
        english is null ? "—" : Web.EnumText.Pick(english, LevelNamesZh.TryGetValue(english, out var zh) ? zh : null);
}
