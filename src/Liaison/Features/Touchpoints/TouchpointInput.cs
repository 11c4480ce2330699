using System.ComponentModel.DataAnnotations;
using Liaison.Security;

namespace Liaison.Features.Touchpoints;

/// <summary>What a user submits to log or change a touchpoint (API body and page form).</summary>
public sealed class TouchpointInput
{
    /// <summary>The day it happened; today when left out.</summary>
    public DateOnly? On { get; set; }

    public TouchpointChannel Channel { get; set; } = TouchpointChannel.Meeting;

    /// <summary>For messages: the app ("WeChat", "WhatsApp"…); free text, with suggestions.</summary>
    [StringLength(50, ErrorMessage = "The medium must be at most {1} characters.")]
    public string? Medium { get; set; }

    [Required(ErrorMessage = "The subject is required.")]
    [StringLength(300, ErrorMessage = "The subject must be at most {1} characters.")]
    public string Subject { get; set; } = "";

    /// <summary>Markdown.</summary>
    [StringLength(20000, ErrorMessage = "The summary must be at most {1} characters.")]
    public string? Summary { get; set; }

    [StringLength(2000, ErrorMessage = "The follow-up must be at most {1} characters.")]
    public string? FollowUp { get; set; }

    public Classification Classification { get; set; } = Classification.Internal;

    /// <summary>The people involved; the first one's country decides which desk owns the touchpoint.</summary>
    public List<int>? PersonIds { get; set; }

    /// <summary>The organizations involved; the first one's country is used when no person has a country.</summary>
    public List<int>? OrganizationIds { get; set; }

    /// <summary>
    /// ISO 3166-1 alpha-3 code of the country whose desk owns the touchpoint when no person or organization involved has a
    /// country (e.g. a reception at an embassy); ignored otherwise.
    /// </summary>
    [StringLength(3, MinimumLength = 3, ErrorMessage = "The country must be an ISO 3166-1 alpha-3 code.")]
    public string? CountryIso3 { get; set; }

    /// <summary>Our side (user ids); the current user when left out.</summary>
    public List<string>? ParticipantIds { get; set; }

    /// <summary>An optional follow-up task created in the same save.</summary>
    public FollowUpTaskInput? Task { get; set; }

    /// <summary>The version the user loaded; required for updates so a stale save is refused.</summary>
    public int? Version { get; set; }

    public static TouchpointInput From(Touchpoint t, string? countryIso3, IEnumerable<int> personIds, IEnumerable<int> organizationIds, IEnumerable<string> participantIds) => new()
    {
        On = t.On,
        Channel = t.Channel,
        Medium = t.Medium,
        Subject = t.Subject,
        Summary = t.Summary,
        FollowUp = t.FollowUp,
        Classification = t.Classification,
        PersonIds = personIds.ToList(),
        OrganizationIds = organizationIds.ToList(),
        CountryIso3 = countryIso3,
        ParticipantIds = participantIds.ToList(),
        Version = t.Version,
    };
}

/// <summary>A task to follow a touchpoint up: owned by the current user unless another owner is named.</summary>
public sealed class FollowUpTaskInput
{
    /// <summary>The task's title; the first line of the touchpoint's follow-up text when left out.</summary>
    [StringLength(300, ErrorMessage = "The task title must be at most {1} characters.")]
    public string? Title { get; set; }

    /// <summary>Due date; a week from today when left out.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>The user who owns the task; the current user when left out.</summary>
    [StringLength(450, ErrorMessage = "The owner must be at most {1} characters.")]
    public string? OwnerId { get; set; }
}
