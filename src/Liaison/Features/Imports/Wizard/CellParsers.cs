using System.Globalization;
using Liaison.Features.Countries;
using Liaison.Web;

namespace Liaison.Features.Imports.Wizard;

/// <summary>Reads the text of spreadsheet cells as field values; a value it cannot read gives an English message to show the user.</summary>
public static class CellParsers
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>A value of an enum by its name or its English or Chinese display name, ignoring case and punctuation.</summary>
    public static bool TryEnum<TEnum>(string text, out TEnum value) where TEnum : struct, Enum =>
        Spellings<TEnum>.ByText.TryGetValue(ColumnMapping.Normalize(text), out value);

    // Every spelling of every value, normalized once per enum (the first value with a spelling keeps it).
    private static class Spellings<TEnum> where TEnum : struct, Enum
    {
        public static readonly Dictionary<string, TEnum> ByText = Build();

        private static Dictionary<string, TEnum> Build()
        {
            var byText = new Dictionary<string, TEnum>(StringComparer.Ordinal);
            foreach (var candidate in Enum.GetValues<TEnum>())
            {
                foreach (var spelling in EnumText.Spellings(candidate))
                {
                    byText.TryAdd(ColumnMapping.Normalize(spelling), candidate);
                }
            }

            return byText;
        }
    }

    /// <summary>The enum's values as the user may write them, for messages.</summary>
    public static string Choices<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(v => EnumText.English(v).ToLowerInvariant()));

    public static bool TryGender(string text, out People.Gender gender)
    {
        switch (ColumnMapping.Normalize(text))
        {
            case "f" or "w" or "woman" or "女性":
                gender = People.Gender.Female;
                return true;
            case "m" or "man" or "男性":
                gender = People.Gender.Male;
                return true;
            default:
                return TryEnum(text, out gender);
        }
    }

    /// <summary>ISO dates (and 2024/5/3, 2024年5月3日); a bare year is the first of January when <paramref name="yearAllowed"/>.</summary>
    public static bool TryDate(string text, bool yearAllowed, out DateOnly date)
    {
        var trimmed = text.Trim();
        if (yearAllowed && trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1000)
        {
            date = new DateOnly(year, 1, 1);
            return true;
        }

        if (DateTime.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            date = DateOnly.FromDateTime(at);
            return true;
        }

        date = default;
        return false;
    }

    public static bool TryYear(string text, out int year) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 9999;
}

/// <summary>Countries by every name a spreadsheet may use: ISO 3166 alpha-3 and alpha-2 codes, English and Chinese names.</summary>
public sealed class CountryLookup
{
    private readonly Dictionary<string, Country> _byKey = new(StringComparer.Ordinal);

    public CountryLookup(IEnumerable<Country> countries)
    {
        var list = countries.ToList();
        // Codes first so a name never shadows a code; later spellings never replace earlier ones.
        foreach (var c in list)
        {
            _byKey.TryAdd(ColumnMapping.Normalize(c.Iso3), c);
        }

        foreach (var c in list)
        {
            _byKey.TryAdd(ColumnMapping.Normalize(c.Iso2), c);
        }

        foreach (var c in list)
        {
            foreach (var name in new[] { c.NameEn, c.NameZh, c.OfficialNameEn, c.OfficialNameZh }.Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                _byKey.TryAdd(ColumnMapping.Normalize(name!), c);
            }
        }
    }

    public Country? Find(string text) => _byKey.GetValueOrDefault(ColumnMapping.Normalize(text));
}
