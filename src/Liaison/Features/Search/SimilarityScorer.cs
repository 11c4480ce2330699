namespace Liaison.Features.Search;

/// <summary>
/// How similar names are, one query against many texts, as search and the duplicate finder score their candidates (up
/// to thousands per request). The query's compact form and trigrams are worked out once, and a text is scored without
/// allocating: its compact form on the stack, each trigram as its three UTF-16 units in a long (the formula allocated
/// strings and sets for every text, about 10 µs each). One scorer serves one thread.
/// </summary>
public sealed class SimilarityScorer
{
    private const int StackLimit = 256;

    private readonly string _query;
    private readonly string _compactQuery;

    /// <summary>Each of the query's trigrams and how many times the query holds it.</summary>
    private readonly Dictionary<long, int> _queryGrams = [];
    private readonly int _queryGramCount;

    /// <summary>The distinct trigrams of the text being scored; kept between calls to be reused.</summary>
    private readonly HashSet<long> _textGrams = [];

    /// <param name="query">A normalized query (<see cref="TextNormalizer.Normalize"/>).</param>
    public SimilarityScorer(string query)
    {
        _query = query;
        _compactQuery = TextNormalizer.Compact(query);
        for (var i = 0; i + 3 <= _compactQuery.Length; i++)
        {
            var gram = Gram(_compactQuery, i);
            _queryGrams[gram] = _queryGrams.GetValueOrDefault(gram) + 1;
            _queryGramCount++;
        }
    }

    /// <summary>Similarity in [0, 1] of a normalized text to the query: 1 for the same name, high for containment, else shared trigrams.</summary>
    public double Score(string text)
    {
        if (_query.Length == 0 || text.Length == 0)
        {
            return 0;
        }

        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var ch in text)
        {
            if (ch != ' ')
            {
                buffer[length++] = ch;
            }
        }

        ReadOnlySpan<char> compact = buffer[..length];
        ReadOnlySpan<char> compactQuery = _compactQuery;
        if (text == _query || compact.SequenceEqual(compactQuery))
        {
            return 1.0;
        }

        if (text.Contains(_query, StringComparison.Ordinal) || compact.IndexOf(compactQuery, StringComparison.Ordinal) >= 0)
        {
            // Prefer names that start with the query, then shorter names (closer to the whole query).
            var start = text.StartsWith(_query, StringComparison.Ordinal) || compact.StartsWith(compactQuery, StringComparison.Ordinal) ? 0.97 : 0.93;
            return start - (0.02 * (1 - ((double)compactQuery.Length / Math.Max(compact.Length, 1))));
        }

        if (compactQuery.Length < 3)
        {
            return 0;
        }

        _textGrams.Clear();
        var hits = 0;
        for (var i = 0; i + 3 <= compact.Length; i++)
        {
            var gram = Gram(compact, i);
            if (_textGrams.Add(gram) && _queryGrams.TryGetValue(gram, out var times))
            {
                hits += times;
            }
        }

        var recall = (double)hits / _queryGramCount;
        var precision = _textGrams.Count == 0 ? 0 : (double)hits / _textGrams.Count;
        return (0.8 * recall) + (0.2 * precision);
    }

    private static long Gram(ReadOnlySpan<char> text, int start) =>
        ((long)text[start] << 32) | ((long)text[start + 1] << 16) | text[start + 2];
}
