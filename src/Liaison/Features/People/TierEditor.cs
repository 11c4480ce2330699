using System.ComponentModel.DataAnnotations;
using Liaison.Data;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.People;

public sealed record TierDto(int Id, string Code, string NameEn, string? NameZh, int CadenceDays, int SortOrder, int Version);

/// <summary>A tier on the administration page: whether any person holds it decides whether it may be deleted.</summary>
public sealed record TierRow(TierDto Tier, bool InUse);

public sealed class TierInput
{
    [Required(ErrorMessage = "The code is required.")]
    [RegularExpression("^[a-z][a-z0-9-]{0,39}$", ErrorMessage = "The code is lower-case letters, digits and hyphens, starting with a letter.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "The English name is required.")]
    [StringLength(100, ErrorMessage = "The English name must be at most {1} characters.")]
    public string NameEn { get; set; } = "";

    [StringLength(100, ErrorMessage = "The Chinese name must be at most {1} characters.")]
    public string? NameZh { get; set; }

    [Range(1, 3650, ErrorMessage = "The cadence must be between {1} and {2} days.")]
    public int CadenceDays { get; set; } = 90;

    [Range(0, 1000, ErrorMessage = "The order must be between {1} and {2}.")]
    public int SortOrder { get; set; }
}

/// <summary>The configurable cultivation tiers (administrators).</summary>
public static class TierEditor
{
    public const string InUse = "This tier is given to people; move them to another tier before deleting it.";

    public static Task<List<TierDto>> ListAsync(LiaisonDbContext db, CancellationToken ct = default) =>
        db.CultivationTiers.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.NameEn)
            .Select(t => new TierDto(t.Id, t.Code, t.NameEn, t.NameZh, t.CadenceDays, t.SortOrder, t.Version)).ToListAsync(ct);

    /// <summary>For administrators: every tier and whether it is in use (by any person, seen or not: it only decides whether a tier may go).</summary>
    public static async Task<List<TierRow>> RowsAsync(LiaisonDbContext db, CancellationToken ct = default)
    {
        var used = (await db.People.IgnoreQueryFilters().Where(p => p.TierId != null).Select(p => p.TierId!.Value).Distinct().ToListAsync(ct)).ToHashSet();
        return (await ListAsync(db, ct)).Select(t => new TierRow(t, used.Contains(t.Id))).ToList();
    }

    public static async Task<EditResult> SaveAsync(LiaisonDbContext db, int? id, TierInput input, CancellationToken ct = default)
    {
        var tier = id is null ? new CultivationTier() : await db.CultivationTiers.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tier is null)
        {
            return new EditResult.NotFound();
        }

        var errors = RequestValidation.Validate(input);
        if (string.IsNullOrWhiteSpace(input.NameEn) && !errors.ContainsKey(nameof(input.NameEn)))
        {
            errors.Add(nameof(input.NameEn), "The English name is required.");
        }

        if (!errors.ContainsKey(nameof(input.Code)) && await db.CultivationTiers.AnyAsync(t => t.Code == input.Code && t.Id != tier.Id, ct))
        {
            errors.Add(nameof(input.Code), "Another tier already has this code.");
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        tier.Code = input.Code;
        tier.NameEn = input.NameEn.Trim();
        tier.NameZh = string.IsNullOrWhiteSpace(input.NameZh) ? null : input.NameZh.Trim();
        tier.CadenceDays = input.CadenceDays;
        tier.SortOrder = input.SortOrder;
        if (id is null)
        {
            db.CultivationTiers.Add(tier);
        }

        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(tier.Id, tier.Version);
    }

    public static async Task<EditResult> DeleteAsync(LiaisonDbContext db, int id, CancellationToken ct = default)
    {
        var tier = await db.CultivationTiers.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tier is null)
        {
            return new EditResult.NotFound();
        }

        // System check over every person, visible or not: a tier in use anywhere stays.
        if (await db.People.IgnoreQueryFilters().AnyAsync(p => p.TierId == id, ct))
        {
            return EditResult.Error("", InUse);
        }

        db.CultivationTiers.Remove(tier);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(tier.Id, tier.Version);
    }
}
