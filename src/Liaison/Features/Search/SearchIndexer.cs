using Liaison.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Search;

/// <summary>Keeps <see cref="SearchEntry"/> rows in step with the names of organizations and countries.</summary>
public static class SearchIndexer
{
    public static async Task ReindexOrganizationsAsync(LiaisonDbContext db, IReadOnlyCollection<int> organizationIds, CancellationToken ct = default)
    {
        if (organizationIds.Count == 0)
        {
            return;
        }

        foreach (var chunk in organizationIds.Chunk(500))
        {
            await db.SearchEntries.Where(e => e.Kind == SearchKinds.Organization && chunk.Contains(e.RecordId)).ExecuteDeleteAsync(ct);
            var orgs = await db.Organizations.IgnoreQueryFilters().AsNoTracking()
                .Where(o => chunk.Contains(o.Id))
                .Select(o => new { o.Id, o.NameEn, o.NameNative, o.NameRomanized, o.NameZh, o.Abbreviation, Others = o.OtherNames.Select(n => n.Name).ToList() })
                .ToListAsync(ct);
            foreach (var o in orgs)
            {
                var names = new[] { o.NameEn, o.NameNative, o.NameRomanized, o.NameZh, o.Abbreviation }.Concat(o.Others);
                db.SearchEntries.AddRange(EntriesFor(SearchKinds.Organization, o.Id, names));
            }
        }
    }

    public static IEnumerable<SearchEntry> EntriesFor(string kind, int recordId, IEnumerable<string?> names) =>
        names.Select(TextNormalizer.Normalize)
            .Where(n => n.Length > 0)
            .Select(n => n.Length > 400 ? n[..400] : n)
            .Distinct(StringComparer.Ordinal)
            .Select(n => new SearchEntry { Kind = kind, RecordId = recordId, Text = n });

    /// <summary>Rebuilds the whole index, e.g. after a bulk load that bypassed the change tracker.</summary>
    public static async Task RebuildAsync(LiaisonDbContext db, CancellationToken ct = default)
    {
        await db.SearchEntries.ExecuteDeleteAsync(ct);
        var countries = await db.Countries.AsNoTracking()
            .Select(c => new { c.Id, c.NameEn, c.NameZh, c.OfficialNameEn, c.OfficialNameZh, c.Iso3 })
            .ToListAsync(ct);
        foreach (var c in countries)
        {
            db.SearchEntries.AddRange(EntriesFor(SearchKinds.Country, c.Id, [c.NameEn, c.NameZh, c.OfficialNameEn, c.OfficialNameZh, c.Iso3]));
        }

        var ids = await db.Organizations.IgnoreQueryFilters().Select(o => o.Id).ToListAsync(ct);
        await ReindexOrganizationsAsync(db, ids, ct);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }
}
