using Liaison.Data;
using Liaison.Features.Organizations;
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
                .Select(o => new
                {
                    Names = new Organization { Id = o.Id, NameEn = o.NameEn, NameNative = o.NameNative, NameRomanized = o.NameRomanized, NameZh = o.NameZh, Abbreviation = o.Abbreviation },
                    Others = o.OtherNames.Select(n => n.Name).ToList(),
                })
                .ToListAsync(ct);
            foreach (var o in orgs)
            {
                db.SearchEntries.AddRange(OrganizationEntries(o.Names, o.Others));
            }
        }
    }

    /// <summary>An organization's searchable names: its names in every script, its abbreviation and its other names.</summary>
    public static IEnumerable<SearchEntry> OrganizationEntries(Organization o, IEnumerable<string> otherNames) =>
        EntriesFor(SearchKinds.Organization, o.Id, new[] { o.NameEn, o.NameNative, o.NameRomanized, o.NameZh, o.Abbreviation }.Concat(otherNames));

    public static IEnumerable<SearchEntry> EntriesFor(string kind, int recordId, IEnumerable<string?> names) =>
        names.Select(TextNormalizer.Normalize)
            .Where(n => n.Length > 0)
            .Select(n => n.Length > 400 ? n[..400] : n)
            .Distinct(StringComparer.Ordinal)
            .Select(n => new SearchEntry { Kind = kind, RecordId = recordId, Text = n });
}
