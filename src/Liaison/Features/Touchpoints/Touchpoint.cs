using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Security;

namespace Liaison.Features.Touchpoints;

public enum TouchpointChannel
{
    Meeting = 0,
    Call = 1,
    Email = 2,
    Message = 3,
    Letter = 4,
    Gift = 5,
    Reception = 6,
    VideoCall = 7,
    Other = 8,
}

/// <summary>
/// One interaction with people and organizations. Our interactions are desk business: a touchpoint is seen only within the
/// desk of its <see cref="CountryId"/> (and up to its classification), whatever the classification of those involved.
/// </summary>
public sealed class Touchpoint
{
    public int Id { get; set; }
    public DateOnly On { get; set; }
    public TouchpointChannel Channel { get; set; }

    /// <summary>For messages: the app or medium ("WeChat", "WhatsApp"…).</summary>
    public string? Medium { get; set; }
    public string Subject { get; set; } = "";

    /// <summary>Markdown, rendered safely.</summary>
    public string? Summary { get; set; }
    public string? FollowUp { get; set; }

    /// <summary>The country whose desk owns this touchpoint, taken from the first person or organization involved.</summary>
    public int? CountryId { get; set; }
    public Country? Country { get; set; }
    public Classification Classification { get; set; } = Classification.Internal;

    /// <summary>Set when the touchpoint records a completed engagement (kept in step with it by the engagement).</summary>
    public int? EngagementId { get; set; }
    public Engagements.Engagement? Engagement { get; set; }
    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<TouchpointPerson> People { get; set; } = [];
    public List<TouchpointOrganization> Organizations { get; set; } = [];
    public List<TouchpointParticipant> Participants { get; set; } = [];
}

public sealed class TouchpointPerson
{
    public int TouchpointId { get; set; }
    public Touchpoint? Touchpoint { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
}

public sealed class TouchpointOrganization
{
    public int TouchpointId { get; set; }
    public Touchpoint? Touchpoint { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}

/// <summary>One of our side (a user) who took part.</summary>
public sealed class TouchpointParticipant
{
    public int TouchpointId { get; set; }
    public Touchpoint? Touchpoint { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
}
