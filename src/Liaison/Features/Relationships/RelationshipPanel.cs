namespace Liaison.Features.Relationships;

/// <summary>What the organization page passes to the relationship panel.</summary>
public sealed record RelationshipPanel(int OrganizationId, RelationshipDto Relationship, bool CanEdit)
{
    /// <summary>A level's name in the UI language.</summary>
    public static string LevelName(string? english, string? chinese) => english is null ? "—" : Web.EnumText.Pick(english, chinese);
}
