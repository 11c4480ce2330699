using System.Globalization;
using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Search;

/// <summary>
/// The global search: finds candidates by name through the provider's index, then keeps only what the
/// viewer may see by loading the records through the DbContext's visibility filters.
/// </summary>
public sealed class SearchService(LiaisonDbContext db)
{
    public const int MaxQueryLength = 200;
    private const int CandidateLimit = 400;
    private const int MatchesRead = 1000;
    private const int MaxPairTrigrams = 256;

    /// <summary>U+10FFFF: a text followed by it sorts after every text that starts with it, byte by byte.</summary>
    private const string LastCodePoint = "\U0010FFFF";
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
        var scorer = new SimilarityScorer(normalized);
        var best = candidates
            .Select(c => new ScoredRecord(c.Kind, c.RecordId, c.Text, scorer.Score(c.Text)))
            .Where(c => c.Score >= Threshold)
            .GroupBy(c => (c.Kind, c.RecordId))
            .Select(g => g.MaxBy(c => c.Score)!)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Text, StringComparer.Ordinal)
            .ToList();

        return await new SearchHits(db).VisibleAsync(best, limit, ct);
    }

    private async Task<List<Candidate>> FindCandidatesAsync(string normalized, string? kind, int limit, CancellationToken ct)
    {
        var compact = TextNormalizer.Compact(normalized);
        var like = "%" + TextPatterns.EscapeLike(normalized) + "%";
        var anyKind = kind is null;
        var onlyKind = kind ?? "";
        if (db.IsPostgres)
        {
            // As on SQLite: the names that start with or contain the query, a bounded number of each, answer most searches;
            // the typo-tolerant form (trigram indexes over the text and the text without spaces: migration 0010) ranks
            // every match, so it runs only when those are too few. A pattern under three characters has no trigram to
            // look up: its substring match reads the entries on its own (a plain LIKE) instead of pulling the similarity
            // operators into a scan that computes trigrams for every entry (seconds).
            if (compact.Length >= 3)
            {
                var bounded = await PostgresContainingAsync(normalized, compact, like, anyKind, onlyKind, ct);
                if (bounded.Count >= limit)
                {
                    return bounded;
                }

                var ranked = await db.Database.SqlQuery<Candidate>($"""
                    SELECT "Kind", "RecordId", "Text" FROM "SearchEntries"
                    WHERE ({normalized} <% "Text" OR {compact} <% replace("Text", ' ', ''))
                      AND ({anyKind} OR "Kind" = {onlyKind})
                    ORDER BY word_similarity({normalized}, "Text") DESC, length("Text")
                    LIMIT {CandidateLimit}
                    """).ToListAsync(ct);
                return [.. bounded.Concat(ranked).Distinct()];
            }

            // Two Chinese, Japanese or Korean characters: every entry holding them is in the index of pairs (migration 0015).
            if (normalized.Length == 2 && normalized.All(IsCjk))
            {
                return await db.Database.SqlQuery<Candidate>($"""
                    SELECT "Kind", "RecordId", "Text" FROM (
                        SELECT "Kind", "RecordId", "Text" FROM "SearchEntries"
                        WHERE liaison_cjk_pairs("Text") @> ARRAY[{normalized}]::text[] AND ({anyKind} OR "Kind" = {onlyKind})
                        LIMIT {MatchesRead}) AS p
                    ORDER BY length("Text")
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
            // Two characters ("曹平") have no trigram of their own, but every entry holding them holds a trigram that starts
            // with them (migration 0014 indexes each entry with a space after it): the index's own list of trigrams names
            // them. Only when the pair is common (many trigrams, and soon found) or the query is one character does the
            // search read the entries themselves until it has enough.
            var pairs = normalized.Length == 2 ? await TrigramsStartingWithAsync(normalized, ct) : null;
            if (pairs is { Count: 0 })
            {
                return [];
            }

            if (pairs is { Count: <= MaxPairTrigrams })
            {
                var match = string.Join(" OR ", pairs.Select(Phrase));
                return anyKind ? await ContainingAsync(normalized, compact, match, ct) : await FtsCandidatesAsync(match, anyKind, onlyKind, ct);
            }

            return await db.Database.SqlQuery<Candidate>($"""
                SELECT "Kind", "RecordId", "Text" FROM "SearchEntries"
                WHERE instr("Text", {normalized}) > 0 AND ({anyKind} OR "Kind" = {onlyKind})
                LIMIT {CandidateLimit}
                """).ToListAsync(ct);
        }

        // The names that contain the query (a phrase of trigrams: a few index lookups) answer most searches; only when
        // they are fewer than the page asks for does the typo-tolerant form run (any of the query's trigrams, ranked:
        // it reads every entry sharing a common trigram such as "ski" or "ang", tens of thousands at full size).
        // A one-word query is its own compact form: FTS5 would read the same phrase twice (2.5 ms instead of 1.1 for "wright").
        var phrase = compact == normalized ? Phrase(normalized) : Phrase(normalized) + " OR " + Phrase(compact);
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

    /// <summary>
    /// PostgreSQL: the entries that start with the query (from the byte-ordered index of migration 0014), then the shortest
    /// of the first <see cref="MatchesRead"/> that contain it (from the trigram indexes). The upper bound of the prefix
    /// range is the query followed by the last code point, which sorts after every text that starts with the query.
    /// </summary>
    private async Task<List<Candidate>> PostgresContainingAsync(string normalized, string compact, string like, bool anyKind, string onlyKind, CancellationToken ct)
    {
        var (upper, compactUpper) = (normalized + LastCodePoint, compact + LastCodePoint);
        var compactLike = "%" + TextPatterns.EscapeLike(compact) + "%";
        var starting = await db.Database.SqlQuery<Candidate>($"""
            SELECT "Kind", "RecordId", "Text" FROM (
                SELECT "Kind", "RecordId", "Text" FROM "SearchEntries"
                WHERE (("Text" ~>=~ {normalized} AND "Text" ~<~ {upper}) OR ("Text" ~>=~ {compact} AND "Text" ~<~ {compactUpper}))
                  AND ({anyKind} OR "Kind" = {onlyKind})
                LIMIT {MatchesRead}) AS s
            ORDER BY length("Text")
            LIMIT {CandidateLimit}
            """).ToListAsync(ct);
        var containing = await db.Database.SqlQuery<Candidate>($"""
            SELECT "Kind", "RecordId", "Text" FROM (
                SELECT "Kind", "RecordId", "Text" FROM "SearchEntries"
                WHERE ("Text" LIKE {like} ESCAPE '\' OR replace("Text", ' ', '') LIKE {compactLike} ESCAPE '\')
                  AND ({anyKind} OR "Kind" = {onlyKind})
                LIMIT {MatchesRead}) AS c
            ORDER BY length("Text")
            LIMIT {CandidateLimit}
            """).ToListAsync(ct);
        return [.. starting.Concat(containing).Distinct()];
    }

    /// <summary>The indexed trigrams that start with <paramref name="pair"/>, up to one more than <see cref="MaxPairTrigrams"/>.</summary>
    private Task<List<string>> TrigramsStartingWithAsync(string pair, CancellationToken ct)
    {
        var upper = pair + LastCodePoint;
        return db.Database.SqlQuery<string>($"""
            SELECT term AS "Value" FROM search_fts_vocab WHERE term >= {pair} AND term < {upper} LIMIT {MaxPairTrigrams + 1}
            """).ToListAsync(ct);
    }

    /// <summary>Kana, CJK ideographs (with extension A and the compatibility block) and Hangul syllables, as migration 0015 pairs them.</summary>
    private static bool IsCjk(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>A text as one FTS5 phrase (quoted, inner quotes doubled), for a <c>MATCH</c> expression.</summary>
    internal static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private Task<List<Candidate>> FtsCandidatesAsync(string match, bool anyKind, string onlyKind, CancellationToken ct) =>
        db.Database.SqlQuery<Candidate>($"""
            SELECT e."Kind" AS "Kind", e."RecordId" AS "RecordId", e."Text" AS "Text"
            FROM search_fts JOIN "SearchEntries" e ON e."Id" = search_fts.rowid
            WHERE search_fts MATCH {match} AND ({anyKind} OR e."Kind" = {onlyKind})
            ORDER BY search_fts.rank
            LIMIT {CandidateLimit}
            """).ToListAsync(ct);
}
