using System.ComponentModel.DataAnnotations;
using Liaison.Features.Relationships;

namespace Liaison.Features.Engagements.Outcomes;

/// <summary>
/// An outcome as submitted: the kind and its fields. Agreement: <see cref="OrganizationId"/> (one of the engagement's
/// counterpart organizations), <see cref="AgreementKind"/>, <see cref="SignedOn"/> (the engagement's last day when left out),
/// <see cref="ExpiresOn"/>; the text is the agreement's notes. Commitment: <see cref="DueOn"/>, <see cref="OwnerId"/> (you when
/// left out), optional <see cref="PersonId"/> and <see cref="OrganizationId"/>; it becomes a task. Joint statement and other:
/// title and Markdown text.
/// </summary>
public sealed class OutcomeInput
{
    public OutcomeKind Kind { get; set; } = OutcomeKind.JointStatement;

    [Required(ErrorMessage = "The title is required.")]
    [StringLength(300, ErrorMessage = "The title must be at most {1} characters.")]
    public string Title { get; set; } = "";

    /// <summary>Markdown: the statement's text, the agreement's notes, the commitment's details.</summary>
    [StringLength(20000, ErrorMessage = "This field must be at most {1} characters.")]
    public string? Text { get; set; }

    public int? OrganizationId { get; set; }

    public AgreementKind? AgreementKind { get; set; }

    public DateOnly? SignedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    /// <summary>The user who owns the commitment's task: an active user who can see the engagement.</summary>
    public string? OwnerId { get; set; }

    public DateOnly? DueOn { get; set; }

    public int? PersonId { get; set; }

    /// <summary>The version you loaded; required to change an outcome.</summary>
    public int? Version { get; set; }
}
