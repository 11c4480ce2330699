using System.Globalization;
using System.Text;

namespace Liaison.Features.Search;

/// <summary>Folds case, accents, tone marks and width so that "Ché", "che" and "ＣＨＥ" meet in the index.</summary>
public static partial class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        // ASCII text is already in every normalization form; ICU need not see it.
        var decomposed = System.Text.Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Format or UnicodeCategory.Control)
            {
                continue;
            }

            if (char.IsWhiteSpace(ch) || char.IsPunctuation(ch) || char.IsSymbol(ch))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            sb.Append(char.ToLowerInvariant(ch));
            lastWasSpace = false;
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>Drops pinyin tone numbers typed after a syllable ("xi2 jin4ping2" → "xi jinping"); other digits stay.</summary>
    public static string WithoutToneNumbers(string normalized) =>
        ToneNumber().Replace(normalized, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[a-z])[1-5](?=[a-z ]|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ToneNumber();

    /// <summary>The normalized text without spaces, so "xi jinping" and "xijinping" compare equal.</summary>
    public static string Compact(string normalized) => normalized.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>Characters as the databases' length() counts them: a pair of UTF-16 surrogates is one.</summary>
    public static int CodePoints(string text)
    {
        var count = text.Length;
        foreach (var ch in text)
        {
            if (char.IsLowSurrogate(ch))
            {
                count--;
            }
        }

        return count;
    }

    public static IEnumerable<string> Trigrams(string text)
    {
        for (var i = 0; i + 3 <= text.Length; i++)
        {
            yield return text.Substring(i, 3);
        }
    }
}
