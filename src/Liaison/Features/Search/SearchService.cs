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

/// <summary>
/// The global search: finds candidates by name through the provider's index, then keeps only what the
/// viewer may see by loading the records through the DbContext's visibility filters.
/// </summary>
public sealed class SearchService(LiaisonDbContext db)
{
    public const int MaxQueryLength = 200;
    private const int CandidateLimit = 400;
    private const int MatchesRead = 2000;
    private const double Threshold = 0.45;

    private sealed record Candidate(string Kind, int RecordId, string Text);

    /// <param name="kind">Only this kind of record (<see cref="SearchKinds"/>), or every kind when null.</param>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string? query, int limit = 20, string? kind = null, CancellationToken ct = default)
    {
        var normalized = TextNormalizer.WithoutToneNumbers(TextNormalizer.Normalize(query));
        if (normalized.Length == 0)
        {
            return [];
        }

        if (normalized.Length > MaxQueryLength)
        {
            normalized = normalized[..MaxQueryLength];
        }

        var candidates = await FindCandidatesAsync(normalized, kind, limit, ct);
        var best = candidates
            .Select(c => (c.Kind, c.RecordId, c.Text, Score: TextNormalizer.Similarity(normalized, c.Text)))
            .Where(c => c.Score >= Threshold)
            .GroupBy(c => (c.Kind, c.RecordId))
            .Select(g => g.MaxBy(c => c.Score))
            .OrderByDescending(c => c.Score)
            .ToList();

        var orgIds = best.Where(b => b.Kind == SearchKinds.Organization).Select(b => b.RecordId).ToList();
        var countryIds = best.Where(b => b.Kind == SearchKinds.Country).Select(b => b.RecordId).ToList();
        var personIds = best.Where(b => b.Kind == SearchKinds.Person).Select(b => b.RecordId).ToList();

        // The visibility filter applies here: invisible organizations simply do not come back. Every scored candidate is
        // checked (not only the best few), so records the user may not see never push visible ones off the list.
        // The hundreds of keys go as one array parameter each: one parameter per key made EF write the SQL anew for every
        // search (a search for "brown" took 44–52 ms of server CPU with them, 25–31 ms without).
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

        var people = personIds.Count == 0
            ? []
            : await db.People.AsNoTracking().Where(p => EF.Parameter(personIds).Contains(p.Id))
                .Select(p => new { p.Id, p.NameEn, p.NameZh, p.NameNative, Iso3 = (string?)p.Country!.Iso3, Country = (string?)p.Country.NameEn, CountryZh = p.Country.NameZh })
                .ToDictionaryAsync(p => p.Id, ct);
        var today = Clock.Today;
        var visibleIds = people.Keys.ToList();
        var posts = people.Count == 0
            ? []
            : (await db.Positions.AsNoTracking()
                .Where(p => EF.Parameter(visibleIds).Contains(p.PersonId) && (p.From == null || p.From <= today) && (p.To == null || p.To > today))
                .Select(p => new { p.PersonId, p.Title, p.TitleZh, p.Rank, Organization = p.Organization!.Abbreviation ?? p.Organization.NameEn })
                .ToListAsync(ct))
                .GroupBy(p => p.PersonId)
                .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Rank).First());

        var hits = new List<SearchHit>();
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
                var post = posts.GetValueOrDefault(p.Id);
                var subtitle = string.Join(" · ", new[]
                {
                    post is null ? null : EnumText.Pick(post.Title, post.TitleZh) + ", " + post.Organization,
                    p.Country is null ? null : EnumText.Pick(p.Country, p.CountryZh),
                }.Where(x => x is not null));
                var title = p.NameNative is { Length: > 0 } native && native != p.NameEn && native != p.NameZh ? $"{p.NameEn} ({native})" : p.NameEn;
                hits.Add(new(b.Kind, p.Id, "/people/" + p.Id.ToString(CultureInfo.InvariantCulture), title, p.NameZh,
                    subtitle.Length == 0 ? null : subtitle, p.Iso3, p.Country, p.CountryZh, null, b.Text, b.Score + 0.0015));
            }
            else if (b.Kind == SearchKinds.Country && countries.TryGetValue(b.RecordId, out var c))
            {
                hits.Add(new(b.Kind, c.Id, "/countries/" + c.Iso3, c.NameEn, c.NameZh, RegionText.Path(c.Region, c.Subregion),
                    c.Iso3, c.NameEn, c.NameZh, null, b.Text, b.Score + 0.002));
            }
        }

        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.Title, StringComparer.Ordinal).Take(limit).ToList();
    }

    private static string WithAbbreviation(string name, string? abbreviation) =>
        abbreviation is { Length: > 0 } && abbreviation != name ? $"{name} ({abbreviation})" : name;

    private async Task<List<Candidate>> FindCandidatesAsync(string normalized, string? kind, int limit, CancellationToken ct)
    {
        var compact = TextNormalizer.Compact(normalized);
        var like = "%" + TextPatterns.EscapeLike(normalized) + "%";
        var anyKind = kind is null;
        var onlyKind = kind ?? "";
        if (db.IsPostgres)
        {
            // Every condition of the first form is answered by a trigram index (the text, and the text without spaces:
            // migration 0010). A pattern under three characters has no trigram to look up: its substring match reads the
            // entries on its own (a plain LIKE, tens of milliseconds at full size) instead of pulling the similarity
            // operators into a scan that computes trigrams for every entry (seconds). Every entry holding the query as a word
            // scores 1: among those the shortest come first, as the scores below will rank them.
            if (compact.Length >= 3)
            {
                return await db.Database.SqlQuery<Candidate>($"""
                    SELECT "Kind", "RecordId", "Text" FROM "SearchEntries"
                    WHERE ("Text" LIKE {like} ESCAPE '\' OR {normalized} <% "Text" OR {compact} <% replace("Text", ' ', ''))
                      AND ({anyKind} OR "Kind" = {onlyKind})
                    ORDER BY word_similarity({normalized}, "Text") DESC, length("Text")
                    LIMIT {CandidateLimit}
                    """).ToListAsync(ct);
            }

            return await db.Database.SqlQuery<Candidate>($"""
                SELECT "Kind", "RecordId", "Text" FROM (
                    (SELECT "Kind", "RecordId", "Text" FROM "SearchEntries"
                     WHERE "Text" LIKE {like} ESCAPE '\' AND ({anyKind} OR "Kind" = {onlyKind}) LIMIT {CandidateLimit})
                    UNION
                    (SELECT "Kind", "RecordId", "Text" FROM "SearchEntries"
                     WHERE ({normalized} <% "Text" OR {compact} <% replace("Text", ' ', '')) AND ({anyKind} OR "Kind" = {onlyKind}))
                ) AS c
                ORDER BY word_similarity({normalized}, "Text") DESC, length("Text")
                LIMIT {CandidateLimit}
                """).ToListAsync(ct);
        }

        if (compact.Length < 3)
        {
            return await db.Database.SqlQuery<Candidate>($"""
                SELECT "Kind", "RecordId", "Text" FROM "SearchEntries"
                WHERE instr("Text", {normalized}) > 0 AND ({anyKind} OR "Kind" = {onlyKind})
                LIMIT {CandidateLimit}
                """).ToListAsync(ct);
        }

        // The names that contain the query (a phrase of trigrams: a few index lookups) answer most searches; only when
        // they are fewer than the page asks for does the typo-tolerant form run (any of the query's trigrams, ranked:
        // it reads every entry sharing a common trigram such as "ski" or "ang", tens of thousands at full size).
        var phrase = Phrase(normalized) + " OR " + Phrase(compact);
        var exact = anyKind ? await ContainingAsync(normalized, compact, phrase, ct) : await FtsCandidatesAsync(phrase, anyKind, onlyKind, ct);
        if (exact.Count >= limit)
        {
            return exact;
        }

        var grams = TextNormalizer.Trigrams(compact).Concat(TextNormalizer.Trigrams(normalized)).Distinct().Take(64);
        var fuzzy = await FtsCandidatesAsync(string.Join(" OR ", grams.Select(Phrase)), anyKind, onlyKind, ct);
        return [.. exact.Concat(fuzzy).Distinct()];
    }

    /// <summary>
    /// SQLite, every kind: the entries that contain the query, best first as the scores will rank them (the text itself,
    /// then names that start with it, then the shortest that contain it). Ranking every full-text match costs as much as
    /// there are matches (18,000 entries hold "mitchell" at full size: 70–120 ms), so the entries that start with the query
    /// come from the text index, and of those that merely contain it the shortest of the first <see cref="MatchesRead"/>.
    /// The normalized query holds no GLOB wildcard: normalizing turns punctuation and symbols into spaces.
    /// </summary>
    private async Task<List<Candidate>> ContainingAsync(string normalized, string compact, string phrase, CancellationToken ct)
    {
        var starting = await db.Database.SqlQuery<Candidate>($"""
            SELECT "Kind", "RecordId", "Text" FROM (
                SELECT "Kind", "RecordId", "Text" FROM "SearchEntries"
                WHERE "Text" GLOB {normalized + "*"} OR "Text" GLOB {compact + "*"}
                LIMIT {MatchesRead}) AS s
            ORDER BY length("Text")
            LIMIT {CandidateLimit}
            """).ToListAsync(ct);
        var containing = await db.Database.SqlQuery<Candidate>($"""
            SELECT e."Kind" AS "Kind", e."RecordId" AS "RecordId", e."Text" AS "Text"
            FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH {phrase} LIMIT {MatchesRead}) AS m
            JOIN "SearchEntries" e ON e."Id" = m.rowid
            ORDER BY length(e."Text")
            LIMIT {CandidateLimit}
            """).ToListAsync(ct);
        return [.. starting.Concat(containing).Distinct()];
    }

    private static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private Task<List<Candidate>> FtsCandidatesAsync(string match, bool anyKind, string onlyKind, CancellationToken ct) =>
        db.Database.SqlQuery<Candidate>($"""
            SELECT e."Kind" AS "Kind", e."RecordId" AS "RecordId", e."Text" AS "Text"
            FROM search_fts JOIN "SearchEntries" e ON e."Id" = search_fts.rowid
            WHERE search_fts MATCH {match} AND ({anyKind} OR e."Kind" = {onlyKind})
            ORDER BY search_fts.rank
            LIMIT {CandidateLimit}
            """).ToListAsync(ct);
}
