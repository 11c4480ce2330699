using Liaison.Features.Countries;
using Liaison.Features.People;
using Liaison.Features.Relationships;
using Liaison.Features.Search;
using Liaison.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data;

/// <summary>Reference data every database needs: roles, countries, relationship levels. Idempotent.</summary>
public static class ReferenceData
{
    public static readonly IReadOnlyList<RelationshipLevel> DefaultLevels =
    [
        new() { Code = "none", NameEn = "No ties", NameZh = "无联系", Rank = 0 },
        new() { Code = "contact", NameEn = "Contact", NameZh = "有接触", Rank = 1 },
        new() { Code = "working", NameEn = "Working relations", NameZh = "工作关系", Rank = 2 },
        new() { Code = "established", NameEn = "Established relations", NameZh = "正式关系", Rank = 3 },
        new() { Code = "strategic", NameEn = "Strategic partnership", NameZh = "战略伙伴", Rank = 4 },
    ];

    public static readonly IReadOnlyList<CultivationTier> DefaultTiers =
    [
        new() { Code = "senior", NameEn = "Senior leader", NameZh = "高层领导", CadenceDays = 60, SortOrder = 1 },
        new() { Code = "veteran", NameEn = "Veteran", NameZh = "资深人士", CadenceDays = 90, SortOrder = 2 },
        new() { Code = "rising", NameEn = "Rising politician", NameZh = "新生代", CadenceDays = 90, SortOrder = 3 },
        new() { Code = "working", NameEn = "Working contact", NameZh = "工作联系人", CadenceDays = 180, SortOrder = 4 },
    ];

    public static async Task EnsureAsync(LiaisonDbContext db, CancellationToken ct = default)
    {
        var existingRoles = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in Roles.All.Where(r => !existingRoles.Contains(r)))
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
        }

        if (!await db.RelationshipLevels.AnyAsync(ct))
        {
            db.RelationshipLevels.AddRange(DefaultLevels.Select(l => new RelationshipLevel { Code = l.Code, NameEn = l.NameEn, NameZh = l.NameZh, Rank = l.Rank }));
        }

        if (!await db.CultivationTiers.AnyAsync(ct))
        {
            db.CultivationTiers.AddRange(DefaultTiers.Select(t => new CultivationTier
            {
                Code = t.Code,
                NameEn = t.NameEn,
                NameZh = t.NameZh,
                CadenceDays = t.CadenceDays,
                SortOrder = t.SortOrder,
            }));
        }

        var known = (await db.Countries.Select(c => c.Iso2).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var added = new List<Country>();
        foreach (var e in CountryCatalog.Load().Where(e => !known.Contains(e.Iso2)))
        {
            added.Add(new Country
            {
                Iso2 = e.Iso2,
                Iso3 = e.Iso3,
                NumericCode = e.NumericCode,
                NameEn = e.NameEn,
                NameZh = e.NameZh,
                OfficialNameEn = e.OfficialNameEn,
                OfficialNameZh = e.OfficialNameZh,
                Region = e.Region,
                Subregion = e.Subregion,
                Capital = e.Capital,
                IsIndependent = e.Independent,
            });
        }

        db.Countries.AddRange(added);
        await db.SaveChangesAsync(ct);
        foreach (var c in added)
        {
            db.SearchEntries.AddRange(SearchIndexer.EntriesFor(SearchKinds.Country, c.Id, [c.NameEn, c.NameZh, c.OfficialNameEn, c.OfficialNameZh, c.Iso3]));
        }

        await db.SaveChangesAsync(ct);
    }
}
