using System.ComponentModel.DataAnnotations;
using Liaison.Data;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Relationships;

public sealed class RelationshipLevelInput
{
    [Required(ErrorMessage = "The code is required.")]
    [RegularExpression("^[a-z][a-z0-9-]{0,39}$", ErrorMessage = "The code is lower-case letters, digits and hyphens, starting with a letter.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "The English name is required.")]
    [StringLength(100, ErrorMessage = "The English name must be at most {1} characters.")]
    public string NameEn { get; set; } = "";

    [StringLength(100, ErrorMessage = "The Chinese name must be at most {1} characters.")]
    public string? NameZh { get; set; }

    [Range(0, 100, ErrorMessage = "The rank must be between {1} and {2}.")]
    public int Rank { get; set; }
}

/// <summary>The configurable ladder of relationship levels (administrators).</summary>
public static class RelationshipLevelEditor
{
    public static async Task<EditResult> SaveAsync(LiaisonDbContext db, int? id, RelationshipLevelInput input, CancellationToken ct = default)
    {
        var level = id is null ? new RelationshipLevel() : await db.RelationshipLevels.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (level is null)
        {
            return new EditResult.NotFound();
        }

        var errors = RequestValidation.Validate(input);
        if (!errors.ContainsKey(nameof(input.Code)) && await db.RelationshipLevels.AnyAsync(l => l.Code == input.Code && l.Id != level.Id, ct))
        {
            errors.Add(nameof(input.Code), "Another level already has this code.");
        }

        if (level.Code == "none" && input.Code != "none")
        {
            errors.Add(nameof(input.Code), "The 'none' level marks organizations without ties; its code cannot change.");
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        level.Code = input.Code;
        level.NameEn = input.NameEn.Trim();
        level.NameZh = string.IsNullOrWhiteSpace(input.NameZh) ? null : input.NameZh.Trim();
        level.Rank = input.Rank;
        if (id is null)
        {
            db.RelationshipLevels.Add(level);
        }

        await db.SaveChangesAsync(ct);
        RelationshipEditor.ForgetLevels();
        return new EditResult.Saved(level.Id, 0);
    }
}
