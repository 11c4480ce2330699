using System.ComponentModel.DataAnnotations;
using Liaison.Security;

namespace Liaison.Features.Engagements;

/// <summary>What a user submits to propose or change an engagement (API body and page form).</summary>
public sealed class EngagementInput
{
    public EngagementKind Kind { get; set; } = EngagementKind.InboundVisit;

    [Required(ErrorMessage = "The title is required.")]
    [StringLength(300, ErrorMessage = "The title must be at most {1} characters.")]
    public string Title { get; set; } = "";

    [StringLength(300, ErrorMessage = "The Chinese title must be at most {1} characters.")]
    public string? TitleZh { get; set; }

    /// <summary>The first day.</summary>
    public DateOnly? StartsOn { get; set; }

    /// <summary>The last day (the first day when left out).</summary>
    public DateOnly? EndsOn { get; set; }

    [StringLength(300, ErrorMessage = "The location must be at most {1} characters.")]
    public string? Location { get; set; }

    /// <summary>Counterpart organizations; the first one's country leads when no country is named.</summary>
    public List<int>? OrganizationIds { get; set; }

    /// <summary>Counterpart countries by ISO 3166-1 alpha-3 code; the first named country leads (its desk owns the engagement).</summary>
    public List<string>? CountryIso3s { get; set; }

    /// <summary>Counterpart countries by record id (as the page's picker posts them), after <see cref="CountryIso3s"/>.</summary>
    public List<int>? CountryIds { get; set; }

    public Classification Classification { get; set; } = Classification.Internal;

    /// <summary>Purpose and background, Markdown.</summary>
    [StringLength(20000, ErrorMessage = "The purpose must be at most {1} characters.")]
    public string? Purpose { get; set; }

    public DateOnly? InvitationOn { get; set; }

    [StringLength(2000, ErrorMessage = "The invitation note must be at most {1} characters.")]
    public string? InvitationNote { get; set; }

    /// <summary>The officer responsible (a user id); the current user when left out.</summary>
    [StringLength(450, ErrorMessage = "The owner must be at most {1} characters.")]
    public string? OwnerId { get; set; }

    /// <summary>The version the user loaded; required for updates so a stale save is refused.</summary>
    public int? Version { get; set; }
}

/// <summary>A step of the lifecycle the user asks for.</summary>
public sealed class TransitionInput
{
    public EngagementStatus To { get; set; }

    [StringLength(2000, ErrorMessage = "The note must be at most {1} characters.")]
    public string? Note { get; set; }

    /// <summary>The version of the engagement the user saw.</summary>
    public int? Version { get; set; }
}

/// <summary>A delegation member or one of our hosts.</summary>
public sealed class MemberInput
{
    [Range(1, int.MaxValue, ErrorMessage = "Choose a person.")]
    public int PersonId { get; set; }

    public EngagementSide Side { get; set; } = EngagementSide.Delegation;

    public DelegationRole Role { get; set; } = DelegationRole.Member;

    /// <summary>Order of precedence within the side, 1 first; after the last when left out.</summary>
    [Range(1, 10000, ErrorMessage = "The rank must be between {1} and {2}.")]
    public int? Rank { get; set; }

    [StringLength(300, ErrorMessage = "The title must be at most {1} characters.")]
    public string? Title { get; set; }

    [StringLength(200, ErrorMessage = "The languages must be at most {1} characters.")]
    public string? Languages { get; set; }

    [StringLength(2000, ErrorMessage = "The notes must be at most {1} characters.")]
    public string? Notes { get; set; }

    /// <summary>For changes: the member's version the user saw.</summary>
    public int? Version { get; set; }
}
