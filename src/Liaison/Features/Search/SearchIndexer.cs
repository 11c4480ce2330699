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
}
