using Liaison.Features.Imports;
using Liaison.Features.Search;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Search;

/// <summary>
/// The scorer behind search and the duplicate finder gives the same scores, to the last bit, as the plain formula it
/// replaced (kept below as the reference): the real Party Facts names in several scripts and the hostile strings, each
/// query against every text.
/// </summary>
public sealed class SimilarityScorerTests
{
    [Fact]
    public void Scores_real_names_and_hostile_strings_exactly_as_the_plain_formula()
    {
        var texts = PartyFactsNames().Concat(SharedData.HostileStrings().Select(TextNormalizer.Normalize))
            .Concat(["richard mitchell", "richardmitchell", "mitchell richard", "richard mitchel", "宋涛", "宋 涛", "涛 宋", "a", "ab", "abc"])
            .Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var queries = texts.Where((_, i) => i % 17 == 0).Concat(["richard mitchell", "宋涛", "ab", "commun party"]).ToList();

        var branches = new HashSet<string>();
        foreach (var query in queries)
        {
            var scorer = new SimilarityScorer(query);
            foreach (var text in texts)
            {
                var expected = Reference(query, text);
                var actual = scorer.Score(text);
                BitConverter.DoubleToInt64Bits(actual).ShouldBe(BitConverter.DoubleToInt64Bits(expected), $"'{query}' against '{text}'");
                branches.Add(expected switch { 1.0 => "same", >= 0.9 => "contains", >= 0.8 => "similar", > 0 => "apart", _ => "zero" });
            }
        }

        // The comparison went through every branch of the formula.
        branches.ShouldBe(["same", "contains", "similar", "apart", "zero"], ignoreOrder: true);
    }

    [Fact]
    public void A_name_scores_one_against_itself_without_spaces_and_high_against_a_typo()
    {
        var scorer = new SimilarityScorer("richard mitchell");

        scorer.Score("richardmitchell").ShouldBe(1.0);
        scorer.Score("richard mitchel").ShouldBeGreaterThanOrEqualTo(0.8);
        scorer.Score("richard smith").ShouldBeLessThan(0.8);
        new SimilarityScorer(TextNormalizer.Normalize("宋涛")).Score(TextNormalizer.Normalize("宋 涛")).ShouldBe(1.0);
    }

    private static IEnumerable<string> PartyFactsNames()
    {
        var table = CsvTable.Read(Path.Combine(SharedData.Root, "partyfacts", "partyfacts-core-parties.csv"), "name", "name_english", "name_short", "name_other");
        var columns = new[] { "name", "name_english", "name_short", "name_other" }.Select(table.Column).ToList();
        return table.Rows.Take(1_500).SelectMany(row => columns.Select(c => TextNormalizer.Normalize(CsvTable.Text(row, c))));
    }

    /// <summary>The formula as it was written before the scorer, allocating as it goes.</summary>
    private static double Reference(string query, string text)
    {
        if (query.Length == 0 || text.Length == 0)
        {
            return 0;
        }

        var compactText = TextNormalizer.Compact(text);
        var compactQuery = TextNormalizer.Compact(query);
        if (text == query || compactText == compactQuery)
        {
            return 1.0;
        }

        if (text.Contains(query, StringComparison.Ordinal) || compactText.Contains(compactQuery, StringComparison.Ordinal))
        {
            var start = text.StartsWith(query, StringComparison.Ordinal) || compactText.StartsWith(compactQuery, StringComparison.Ordinal) ? 0.97 : 0.93;
            return start - (0.02 * (1 - ((double)compactQuery.Length / Math.Max(compactText.Length, 1))));
        }

        if (compactQuery.Length < 3)
        {
            return 0;
        }

        var textGrams = TextNormalizer.Trigrams(compactText).ToHashSet();
        var queryGrams = TextNormalizer.Trigrams(compactQuery).ToList();
        var hits = queryGrams.Count(textGrams.Contains);
        var recall = (double)hits / queryGrams.Count;
        var precision = textGrams.Count == 0 ? 0 : (double)hits / textGrams.Count;
        return (0.8 * recall) + (0.2 * precision);
    }
}
