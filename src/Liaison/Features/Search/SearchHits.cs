using System.Globalization;
using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Search;

/// <summary>
/// One search result. <see cref="Title"/> and <see cref="TitleZh"/> are the English and Chinese names (with the
/// abbreviation); <see cref="Subtitle"/> is in the request's UI language; the country and kind are there raw for clients
/// that localize themselves.
/// </summary>
public sealed record SearchHit(
    string Kind, int Id, string Url, string Title, string? TitleZh, string? Subtitle,
    string? CountryIso3, string? CountryName, string? CountryNameZh, OrganizationKind? OrganizationKind,
    string Matched, double Score);

/// <summary>A record a search found, with the name that matched and its score.</summary>
public sealed record ScoredRecord(string Kind, int RecordId, string Text, double Score);

/// <summary>
/// Turns scored records into the hits the viewer may see: the records load through the DbContext's visibility filters,
/// so invisible ones simply do not come back, and never push visible ones off the list.
/// </summary>
public sealed class SearchHits(LiaisonDbContext db)
{
    private sealed record PersonRecord(int Id, string NameEn, string? NameZh, string? NameNative, string? Iso3, string? Country, string? CountryZh);

    /// <param name="best">Best first.</param>
    public async Task<IReadOnlyList<SearchHit>> VisibleAsync(IReadOnlyList<ScoredRecord> best, int limit, CancellationToken ct)
    {
        var hits = new List<SearchHit>();
        var orgIds = best.Where(b => b.Kind == SearchKinds.Organization).Select(b => b.RecordId).ToList();
        var countryIds = best.Where(b => b.Kind == SearchKinds.Country).Select(b => b.RecordId).ToList();
        var personIds = best.Where(b => b.Kind == SearchKinds.Person).Select(b => b.RecordId).ToList();

        // The keys go as one array parameter each: one parameter per key made EF write the SQL anew for every search.
        var orgs = orgIds.Count == 0
            ? []
            : await db.Organizations.AsNoTracking().Where(o => EF.Parameter(orgIds).Contains(o.Id))
                .Select(o => new { o.Id, o.NameEn, o.NameZh, o.Abbreviation, o.Kind, Iso3 = (string?)o.Country!.Iso3, Country = o.Country.NameEn, CountryZh = o.Country.NameZh })
                .ToDictionaryAsync(o => o.Id, ct);
        var countries = countryIds.Count == 0
            ? []
            : await db.Countries.AsNoTracking().Where(c => EF.Parameter(countryIds).Contains(c.Id))
                .Select(c => new { c.Id, c.NameEn, c.NameZh, c.Iso3, c.Region, c.Subregion })
                .ToDictionaryAsync(c => c.Id, ct);

        // People are most of a common name's hundreds of candidates. The best three pages' worth load first; only when the
        // viewer may see fewer than a page of them do the rest load (a desk officer's search for a name of another region).
        var firstPeople = best.Take(limit * 3).Where(b => b.Kind == SearchKinds.Person).Select(b => b.RecordId).ToList();
        var people = await PeopleAsync(firstPeople, ct);
        var visibleFirst = best.Take(limit * 3).Count(b => b.Kind switch
        {
            SearchKinds.Person => people.ContainsKey(b.RecordId),
            SearchKinds.Organization => orgs.ContainsKey(b.RecordId),
            _ => countries.ContainsKey(b.RecordId),
        });
        if (visibleFirst < limit && personIds.Count > firstPeople.Count)
        {
            foreach (var (id, person) in await PeopleAsync([.. personIds.Except(firstPeople)], ct))
            {
                people[id] = person;
            }
        }

        foreach (var b in best)
        {
            if (b.Kind == SearchKinds.Organization && orgs.TryGetValue(b.RecordId, out var o))
            {
                var subtitle = o.Iso3 is null ? EnumText.Name(o.Kind) : EnumText.Pick(o.Country!, o.CountryZh);
                hits.Add(new(b.Kind, o.Id, "/organizations/" + o.Id.ToString(CultureInfo.InvariantCulture), WithAbbreviation(o.NameEn, o.Abbreviation),
                    o.NameZh is { Length: > 0 } zh ? WithAbbreviation(zh, o.Abbreviation) : null, subtitle,
                    o.Iso3, o.Country, o.CountryZh, o.Kind, b.Text, b.Score + 0.001));
            }
            else if (b.Kind == SearchKinds.Person && people.TryGetValue(b.RecordId, out var p))
            {
                var title = p.NameNative is { Length: > 0 } native && native != p.NameEn && native != p.NameZh ? $"{p.NameEn} ({native})" : p.NameEn;
                hits.Add(new(b.Kind, p.Id, "/people/" + p.Id.ToString(CultureInfo.InvariantCulture), title, p.NameZh,
                    null, p.Iso3, p.Country, p.CountryZh, null, b.Text, b.Score + 0.0015));
            }
            else if (b.Kind == SearchKinds.Country && countries.TryGetValue(b.RecordId, out var c))
            {
                hits.Add(new(b.Kind, c.Id, "/countries/" + c.Iso3, c.NameEn, c.NameZh, RegionText.Path(c.Region, c.Subregion),
                    c.Iso3, c.NameEn, c.NameZh, null, b.Text, b.Score + 0.002));
            }
        }

        var shown = hits.OrderByDescending(h => h.Score).ThenBy(h => h.Title, StringComparer.Ordinal).Take(limit).ToList();
        return await WithPostsAsync(shown, ct);
    }

    private async Task<Dictionary<int, PersonRecord>> PeopleAsync(List<int> ids, CancellationToken ct) =>
        ids.Count == 0
            ? []
            : await db.People.AsNoTracking().Where(p => EF.Parameter(ids).Contains(p.Id))
                .Select(p => new PersonRecord(p.Id, p.NameEn, p.NameZh, p.NameNative, p.Country!.Iso3, p.Country.NameEn, p.Country.NameZh))
                .ToDictionaryAsync(p => p.Id, ct);

    /// <summary>The people shown get their current highest position and their country as a subtitle.</summary>
    private async Task<IReadOnlyList<SearchHit>> WithPostsAsync(List<SearchHit> shown, CancellationToken ct)
    {
        var personIds = shown.Where(h => h.Kind == SearchKinds.Person).Select(h => h.Id).ToList();
        if (personIds.Count == 0)
        {
            return shown;
        }

        var today = Clock.Today;
        var posts = (await db.Positions.AsNoTracking()
                .Where(p => EF.Parameter(personIds).Contains(p.PersonId) && (p.From == null || p.From <= today) && (p.To == null || p.To > today))
                .Select(p => new { p.PersonId, p.Title, p.TitleZh, p.Rank, Organization = p.Organization!.Abbreviation ?? p.Organization.NameEn })
                .ToListAsync(ct))
            .GroupBy(p => p.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Rank).First());
        return [.. shown.Select(h =>
        {
            if (h.Kind != SearchKinds.Person)
            {
                return h;
            }

            var post = posts.GetValueOrDefault(h.Id);
            var subtitle = string.Join(" · ", new[]
            {
                post is null ? null : EnumText.Pick(post.Title, post.TitleZh) + ", " + post.Organization,
                h.CountryName is null ? null : EnumText.Pick(h.CountryName, h.CountryNameZh),
            }.Where(x => x is not null));
            return h with { Subtitle = subtitle.Length == 0 ? null : subtitle };
        })];
    }

    private static string WithAbbreviation(string name, string? abbreviation) =>
        abbreviation is { Length: > 0 } && abbreviation != name ? $"{name} ({abbreviation})" : name;
}
