using Liaison.Data;
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
        if (queries.Count == 0)
        {
            return best;
        }

        // Every name of a person at once: one statement for the candidates of all of them (on SQLite one more before it,
        // counting the narrow groups of all of them), however many names and scripts the person has.
        var plans = queries.Select(q => Plan(q.Query, q.Compact)).ToList();
        var scanned = await FewEnoughToScanAsync(plans, ct);
        var branches = plans.Select((plan, i) => (i, plan.Candidates(scanned.Contains(i))));
        var candidates = await db.Database.SqlQuery<Candidate>(SqlUnion.Of(branches)).ToListAsync(ct);
        var scorers = queries.Select(q => new SimilarityScorer(q.Query)).ToList();
        foreach (var candidate in candidates)
        {
            // The candidates come with a matching length (MatchingLengths): the databases drop the others.
            var score = scorers[candidate.Query].Score(candidate.Text);
            if (score >= SimilarityThreshold && (!best.TryGetValue(candidate.RecordId, out var known) || known < score))
            {
                best[candidate.RecordId] = score;
            }
        }

        return best;
    }

    private sealed record Candidate(int Query, int RecordId, string Text);

    private sealed record Counted(int Query, int Count);

    /// <summary>
    /// How the candidates of one name are read: <see cref="Narrow"/> is the full-text match of SQLite's trigram groups
    /// when the name has them (its entries are all read when few enough hold it); <see cref="Candidates"/> gives the
    /// statement's branch for this name.
    /// </summary>
    private sealed record NamePlan(string? Narrow, Func<bool, FormattableString> Candidates);

    /// <summary>
    /// The lengths a similar name may have beside a name of <paramref name="length"/> characters (without spaces, as the
    /// databases' length() counts them). Containment scores high, but a short name inside a much longer one ("li wei" in
    /// "li weidong") is not a match: the shorter of two names is at least 70 % of the longer.
    /// </summary>
    private static (int Shortest, int Longest) MatchingLengths(int length) => (((7 * length) + 9) / 10, 10 * length / 7);

    /// <summary>The names (by their place in <paramref name="plans"/>) whose narrow groups few enough entries hold to read them all.</summary>
    private async Task<HashSet<int>> FewEnoughToScanAsync(List<NamePlan> plans, CancellationToken ct)
    {
        // Counted from the index alone. When few enough hold a group, every one of a matching length is read and scored:
        // about 3 µs each ("mark thompson": 19,314 of 19,341, 60 ms, as long as ranking them took, and none left out),
        // most of them dropped for their length ("smith": 20,267 hold "smi", 51 of them have 4 to 7 characters).
        var counts = plans.Select((plan, i) => (i, plan.Narrow)).Where(p => p.Narrow is not null)
            .Select(p => (p.i, Sql: (FormattableString)$"""
                SELECT count(*) AS "Count" FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH {p.Narrow} LIMIT {ScannedCandidateLimit + 1})
                """))
            .ToList();
        if (counts.Count == 0)
        {
            return [];
        }

        var counted = await db.Database.SqlQuery<Counted>(SqlUnion.Of(counts)).ToListAsync(ct);
        return [.. counted.Where(c => c.Count <= ScannedCandidateLimit).Select(c => c.Query)];
    }

    private NamePlan Plan(string normalized, string compact)
    {
        if (compact.Length < 3)
        {
            // Two characters ("郑婷"): only a name of the same two scores (one inside a longer name fails the length ratio,
            // and two characters have no trigram to be similar by), so the text index finds them, with or without a space.
            var spaced = compact[..1] + " " + compact[1..];
            return new(null, _ => $"""
                SELECT "RecordId", "Text" FROM "SearchEntries"
                WHERE "Kind" = 'person' AND ("Text" = {compact} OR "Text" = {spaced})
                LIMIT {CandidateLimit}
                """);
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
            return new(null, _ => $"""
                SELECT "RecordId", "Text" FROM "SearchEntries"
                WHERE "Kind" = 'person' AND length(replace("Text", ' ', '')) BETWEEN {shortest} AND {longest}
                    AND ("Text" LIKE {like} ESCAPE '\' OR {compact} <% replace("Text", ' ', ''))
                ORDER BY word_similarity({normalized}, "Text") DESC
                LIMIT {CandidateLimit}
                """);
        }

        // A name scores 0.8 only with three quarters of the query's trigrams: it misses at most a quarter of them. Dealt in
        // turn into one group more than that, the trigrams within the query's words leave at least one group that such a
        // name holds whole. Neighbours fall in different groups, so a group spans the name's words: "richard mitchell"
        // meets 2,013 entries of a matching length, against 5,000 holding a trigram of each word.
        var needed = ((compact.Length - 2) / 4) + 1;
        var inWords = InWordTrigrams(normalized).ToList();
        var narrow = inWords.Count >= needed
            ? string.Join(" OR ", Enumerable.Range(0, needed).Select(g => "(" + string.Join(" AND ", inWords.Where((_, i) => i % needed == g).Select(SearchService.Phrase)) + ")"))
            : null;

        // Otherwise the best ranked among them, by all of the query's trigrams.
        var grams = TextNormalizer.Trigrams(compact).Concat(TextNormalizer.Trigrams(normalized)).Distinct().Take(64);
        var match = string.Join(" OR ", grams.Select(SearchService.Phrase));
        if (narrow is not null)
        {
            match = "(" + narrow + ") AND (" + match + ")";
        }

        return new(narrow, scanAll => scanAll
            ? (FormattableString)$"""
                SELECT e."RecordId" AS "RecordId", e."Text" AS "Text"
                FROM search_fts JOIN "SearchEntries" e ON e."Id" = search_fts.rowid
                WHERE search_fts MATCH {narrow} AND e."Kind" = 'person' AND length(replace(e."Text", ' ', '')) BETWEEN {shortest} AND {longest}
                """
            : $"""
                SELECT e."RecordId" AS "RecordId", e."Text" AS "Text"
                FROM search_fts JOIN "SearchEntries" e ON e."Id" = search_fts.rowid
                WHERE search_fts MATCH {match} AND e."Kind" = 'person' AND length(replace(e."Text", ' ', '')) BETWEEN {shortest} AND {longest}
                ORDER BY search_fts.rank
                LIMIT {CandidateLimit}
                """);
    }

    /// <summary>Entries holding a group of the query's trigrams are all read and scored up to this many; past it, the best ranked are.</summary>
    private const int ScannedCandidateLimit = 25_000;

    /// <summary>The trigrams within the words of a normalized name, as the full-text index holds them (no surrogates).</summary>
    private static IEnumerable<string> InWordTrigrams(string normalized) =>
        TextNormalizer.Trigrams(normalized).Where(g => !g.Contains(' ', StringComparison.Ordinal) && !g.Any(char.IsSurrogate))
            .Distinct(StringComparer.Ordinal).Take(64);
}
