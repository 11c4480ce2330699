using System.ComponentModel.DataAnnotations;
using Liaison.Security;

namespace Liaison.Features.Relationships;

public sealed record LevelDto(int Id, string Code, string NameEn, string? NameZh, int Rank);
public sealed record LevelChangeDto(DateOnly ChangedOn, string? FromLevel, string ToLevel, string? Note, string? FromLevelZh = null, string? ToLevelZh = null);
public sealed record AgreementDto(
    int Id, AgreementKind Kind, string Title, DateOnly? SignedOn, DateOnly? RenewedOn, DateOnly? ExpiresOn, Classification Classification, string? Notes, int Version);

public sealed record RelationshipDto(
    int OrganizationId, LevelDto Level, DateOnly? Since, string? Channels, string? DeskOfficerId, string? DeskOfficerName, string? Notes, int Version,
    IReadOnlyList<LevelChangeDto> History, IReadOnlyList<AgreementDto> Agreements);

public sealed class RelationshipInput
{
    [Required(ErrorMessage = "The level is required.")]
    [StringLength(40, ErrorMessage = "This field must be at most {1} characters.")]
    public string Level { get; set; } = "";

    public DateOnly? Since { get; set; }

    [StringLength(1000, ErrorMessage = "Channels must be at most {1} characters.")]
    public string? Channels { get; set; }

    public string? DeskOfficerId { get; set; }

    [StringLength(20000, ErrorMessage = "Notes must be at most {1} characters.")]
    public string? Notes { get; set; }

    [StringLength(2000, ErrorMessage = "This field must be at most {1} characters.")]
    public string? ChangeNote { get; set; }

    /// <summary>The version loaded; null when creating the first relationship record.</summary>
    public int? Version { get; set; }
}

public sealed class AgreementInput
{
    public AgreementKind Kind { get; set; }

    [Required(ErrorMessage = "The title is required.")]
    [StringLength(500, ErrorMessage = "The title must be at most {1} characters.")]
    public string Title { get; set; } = "";

    public DateOnly? SignedOn { get; set; }
    public DateOnly? RenewedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public Classification Classification { get; set; } = Classification.Internal;

    [StringLength(20000, ErrorMessage = "This field must be at most {1} characters.")]
    public string? Notes { get; set; }

    public int? Version { get; set; }
}
