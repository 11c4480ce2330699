using Liaison.Features.Organizations;
using Liaison.Security;

namespace Liaison.Features.Relationships;

/// <summary>Our department's ties with one organization.</summary>
public sealed class Relationship
{
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int LevelId { get; set; }
    public RelationshipLevel? Level { get; set; }
    public DateOnly? Since { get; set; }

    /// <summary>How we reach them: e.g. "embassy; party-to-party email; annual dialogue".</summary>
    public string? Channels { get; set; }
    public string? DeskOfficerId { get; set; }
    public AppUser? DeskOfficer { get; set; }
    public string? Notes { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
    public List<RelationshipLevelChange> History { get; set; } = [];
}

public sealed class RelationshipLevelChange
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Relationship? Relationship { get; set; }
    public int? FromLevelId { get; set; }
    public RelationshipLevel? FromLevel { get; set; }
    public int ToLevelId { get; set; }
    public RelationshipLevel? ToLevel { get; set; }
    public DateOnly ChangedOn { get; set; }
    public string? ChangedByUserId { get; set; }
    public string? Note { get; set; }
}
