using Liaison.Features.Search;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.People.Duplicates;

/// <summary>
/// Similar names: the entries of the search index whose names score at least <see cref="SimilarityThreshold"/> against a
/// name, found by trigrams (SQLite's full-text index, PostgreSQL's pg_trgm) and scored here.
/// </summary>
public sealed partial class DuplicateFinder
{
    private const int CandidateLimit = 200;

    /// <summary>Person ids (not yet visibility-checked) whose indexed names score at least the threshold against one of the names.</summary>
    private async Task<Dictionary<int, double>> SimilarToAsync(IEnumerable<string?> names, CancellationToken ct)
    {
        var best = new Dictionary<int, double>();
        var queries = names.Select(TextNormalizer.Normalize).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)
            .Select(n => n.Length > SearchService.MaxQueryLength ? n[..SearchService.MaxQueryLength] : n)
            .Select(q => (Query: q, Compact: TextNormalizer.Compact(q)))
            .Where(q => q.Compact.Length >= (q.Compact.Any(c => c > 0x2E80) ? 2 : 5))
            .ToList();

        // How many entries hold each trigram of the names, for all of them in one statement (SQLite; see CandidatesAsync).
        var docs = db.IsPostgres
            ? []
            : await TrigramDocsAsync([.. queries.Where(q => q.Compact.Length >= 3).SelectMany(q => InWordTrigrams(q.Query)).Distinct(StringComparer.Ordinal).Take(MaxCountedTrigrams)], ct);
        foreach (var (query, compact) in queries)
        {
            foreach (var candidate in await CandidatesAsync(query, compact, docs, ct))
            {
                // The candidates come with a matching length (MatchingLengths): the databases drop the others.
                var score = TextNormalizer.Similarity(query, candidate.Text);
                if (score >= SimilarityThreshold && (!best.TryGetValue(candidate.RecordId, out var known) || known < score))
                {
                    best[candidate.RecordId] = score;
                }
            }
        }

        return best;
    }

    private sealed record Candidate(int RecordId, string Text);

    /// <summary>
    /// The lengths a similar name may have beside a name of <paramref name="length"/> characters (without spaces, as the
    /// databases' length() counts them). Containment scores high, but a short name inside a much longer one ("li wei" in
    /// "li weidong") is not a match: the shorter of two names is at least 70 % of the longer.
    /// </summary>
    private static (int Shortest, int Longest) MatchingLengths(int length) => (((7 * length) + 9) / 10, 10 * length / 7);

    private async Task<List<Candidate>> CandidatesAsync(string normalized, string compact, Dictionary<string, long> docs, CancellationToken ct)
    {
        if (compact.Length < 3)
        {
            // Two characters ("郑婷"): only a name of the same two scores (one inside a longer name fails the length ratio,
            // and two characters have no trigram to be similar by), so the text index finds them, with or without a space.
            var spaced = compact[..1] + " " + compact[1..];
            return await db.Database.SqlQuery<Candidate>($"""
                SELECT "RecordId", "Text" FROM "SearchEntries"
                WHERE "Kind" = 'person' AND ("Text" = {compact} OR "Text" = {spaced})
                LIMIT {CandidateLimit}
                """).ToListAsync(ct);
        }

        // Names too short or too long to match are left to the database to drop, so they take no place in a ranked limit.
        var (shortest, longest) = MatchingLengths(TextNormalizer.CodePoints(compact));
        if (db.IsPostgres)
        {
            // People's lengths have their own index (0020): for a short name it finds the few entries of a matching length
            // ("smith": 26,000 of 700,000, against 19,000 holding its trigrams). Names are found by their trigrams
            // without spaces, as they are scored; the spaced name's word similarity also matched everyone sharing one
            // word ("mark bennett": 12,943 entries, against 1,082), none of whom scored.
            var like = "%" + TextPatterns.EscapeLike(normalized) + "%";
            return await db.Database.SqlQuery<Candidate>($"""
                SELECT "RecordId", "Text" FROM "SearchEntries"
                WHERE "Kind" = 'person' AND length(replace("Text", ' ', '')) BETWEEN {shortest} AND {longest}
                    AND ("Text" LIKE {like} ESCAPE '\' OR {compact} <% replace("Text", ' ', ''))
                ORDER BY word_similarity({normalized}, "Text") DESC
                LIMIT {CandidateLimit}
                """).ToListAsync(ct);
        }

        var grams = TextNormalizer.Trigrams(compact).Concat(TextNormalizer.Trigrams(normalized)).Distinct().Take(64);
        var match = string.Join(" OR ", grams.Select(SearchService.Phrase));

        // A name scores 0.8 only with three quarters of the query's trigrams, so it holds one of each quarter-plus-one of
        // them at once. A group per word keeps only names like every word (1,026 for "david campbell" at full size, not
        // 19,000 Campbells); when few enough, each is scored, so none is left out, and no ranking is needed.
        var needed = ((compact.Length - 2) / 4) + 1;
        var wordGroups = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => InWordTrigrams(w).OrderBy(t => docs.GetValueOrDefault(t)).ThenBy(t => t, StringComparer.Ordinal).Take(needed).ToList())
            .Where(g => g.Count == needed).Select(g => "(" + string.Join(" OR ", g.Select(SearchService.Phrase)) + ")")
            .Distinct(StringComparer.Ordinal).Take(MaxTrigramGroups).ToList();

        // Without two such groups, the query's rarest trigrams of that number serve as one ("smith": "smi").
        var inWords = InWordTrigrams(normalized).ToList();
        var rarest = inWords.Count >= needed
            ? "(" + string.Join(" OR ", inWords.OrderBy(t => docs.GetValueOrDefault(t)).ThenBy(t => t, StringComparer.Ordinal).Take(needed).Select(SearchService.Phrase)) + ")"
            : null;
        var narrow = wordGroups.Count > 1 ? string.Join(" AND ", wordGroups) : rarest;
        if (narrow is not null)
        {
            // Counted from the index alone first. Reading the names costs about a microsecond each, most of them
            // dropped for their length ("smith": 20,267 hold "smi", 51 of them have 4 to 7 characters).
            var meeting = await db.Database.SqlQuery<int>($"""
                SELECT count(*) AS "Value" FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH {narrow} LIMIT {ScannedCandidateLimit + 1})
                """).SingleAsync(ct);
            if (meeting <= ScannedCandidateLimit)
            {
                var found = await db.Database.SqlQuery<Candidate>($"""
                    SELECT e."RecordId" AS "RecordId", e."Text" AS "Text"
                    FROM search_fts JOIN "SearchEntries" e ON e."Id" = search_fts.rowid
                    WHERE search_fts MATCH {narrow} AND e."Kind" = 'person' AND length(replace(e."Text", ' ', '')) BETWEEN {shortest} AND {longest}
                    LIMIT {UnrankedCandidateLimit + 1}
                    """).ToListAsync(ct);
                if (found.Count <= UnrankedCandidateLimit)
                {
                    return found;
                }
            }
        }

        // Otherwise the ranked matches, narrowed by the rarest trigrams ("mark thompson": 195-305 → 70 ms).
        if (rarest is not null)
        {
            match = rarest + " AND (" + match + ")";
        }

        return await db.Database.SqlQuery<Candidate>($"""
            SELECT e."RecordId" AS "RecordId", e."Text" AS "Text"
            FROM search_fts JOIN "SearchEntries" e ON e."Id" = search_fts.rowid
            WHERE search_fts MATCH {match} AND e."Kind" = 'person' AND length(replace(e."Text", ' ', '')) BETWEEN {shortest} AND {longest}
            ORDER BY search_fts.rank
            LIMIT {CandidateLimit}
            """).ToListAsync(ct);
    }

    private sealed record Term(string Value, long Doc);

    /// <summary>Words whose trigram groups a similar name must meet at once; names meeting them all are scored up to a limit.</summary>
    private const int MaxTrigramGroups = 4, UnrankedCandidateLimit = 2_000;

    /// <summary>Names meeting the trigram groups read from the index to find those of a matching length (about 20 ms).</summary>
    private const int ScannedCandidateLimit = 25_000;

    /// <summary>
    /// SQLite allows 500 parts in a compound SELECT. A trigram left uncounted counts as rare, which only makes the match
    /// wider: any quarter-plus-one of the query's trigrams keeps every name that could score.
    /// </summary>
    private const int MaxCountedTrigrams = 400;

    /// <summary>The trigrams within the words of a normalized name, as the full-text index holds them (no surrogates).</summary>
    private static IEnumerable<string> InWordTrigrams(string normalized) =>
        TextNormalizer.Trigrams(normalized).Where(g => !g.Contains(' ', StringComparison.Ordinal) && !g.Any(char.IsSurrogate))
            .Distinct(StringComparer.Ordinal).Take(64);

    /// <summary>How many entries hold each trigram (none: absent from the result, so zero).</summary>
    private async Task<Dictionary<string, long>> TrigramDocsAsync(List<string> trigrams, CancellationToken ct)
    {
        if (trigrams.Count == 0)
        {
            return [];
        }

        // One lookup per term: the vocabulary table answers "term =" from its index, but reads every term for "term IN".
        var sql = string.Join(" UNION ALL ", trigrams.Select((_, i) => $"SELECT term AS \"Value\", doc AS \"Doc\" FROM search_fts_vocab WHERE term = {{{i}}}"));
        return (await db.Database.SqlQueryRaw<Term>(sql, [.. trigrams]).ToListAsync(ct)).ToDictionary(t => t.Value, t => t.Doc, StringComparer.Ordinal);
    }
}
