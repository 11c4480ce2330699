using System.Globalization;
using Liaison.Features.People;

namespace Liaison.Features.Demo;

// A generated name in all its forms.
internal sealed record GeneratedName(
    string En, string? Native, string? Romanized, string? Zh, string? Family, string Given, NameOrder Order, Gender Gender,
    NameCulture Culture, List<PersonName> Others)
{
    /// <summary>A person of that country carrying this name in all its forms (other names not attached).</summary>
    public Person ToPerson(int countryId) => new()
    {
        CountryId = countryId,
        NameEn = En,
        NameNative = Native,
        NameRomanized = Romanized,
        NameZh = Zh,
        FamilyName = Family,
        GivenName = Given,
        NameOrder = Order,
        Gender = Gender,
    };
}

// Builds names in the right script and order for a culture, from DemoPeopleNames.
internal sealed class DemoPeopleNaming(Random random)
{
    private sealed record Parsed(NamePart[] FamiliesMale, NamePart[] FamiliesFemale, NamePart[] Male, NamePart[] Female);

    private readonly Dictionary<string, Parsed> _parsed = [];
    private static readonly Dictionary<string, NameCulture> ByCode = DemoPeopleNames.Cultures.ToDictionary(c => c.Code, StringComparer.Ordinal);

    // Countries whose people are not named after the language of their party names.
    private static readonly Dictionary<string, string> CountryCultures = new()
    {
        ["CHN"] = "zh",
        ["SGP"] = "zh-SG",
        ["VNM"] = "vi",
        ["LAO"] = "lo",
        ["PRK"] = "ko-KP",
        ["KOR"] = "ko",
        ["JPN"] = "ja",
        ["THA"] = "th",
        ["ETH"] = "am",
        ["IRL"] = "en-IE",
        ["LKA"] = "lk",
        ["CUB"] = "es",
        ["AZE"] = "az",
        ["KAZ"] = "kk",
        ["TJK"] = "tg",
        ["AGO"] = "pt-AF",
        ["MOZ"] = "pt-AF",
        ["CPV"] = "pt-AF",
        ["BEL"] = "fr",
        ["AUT"] = "de",
        ["CHE"] = "de",
    };

    public static NameCulture CultureFor(string iso3, string language)
    {
        if (CountryCultures.TryGetValue(iso3, out var code))
        {
            return ByCode[code];
        }

        if (DemoPeopleNames.AfricanFamilies.ContainsKey(iso3))
        {
            return ByCode[language == "fr" ? "fr-AF" : "en-AF"];
        }

        return ByCode.TryGetValue(language, out var culture) ? culture : ByCode["en"];
    }

    public static NameCulture Culture(string code) => ByCode[code];

    public GeneratedName Make(NameCulture culture, string? iso3, Gender gender)
    {
        var p = Parse(culture, iso3);
        var female = gender == Gender.Female;
        var given = Pick(female ? p.Female : p.Male);
        NamePart? family = culture.FatherAsFamily ? Pick(p.Male) : Pick(female ? p.FamiliesFemale : p.FamiliesMale);
        if (culture.TwoFamilies)
        {
            var second = Pick(p.FamiliesMale);
            while (second == family)
            {
                second = Pick(p.FamiliesMale);
            }

            family = Join(family, second, " ");
        }

        string? patronymic = null;
        if (culture.Patronymic)
        {
            patronymic = DemoTransliteration.Patronymic(Pick(p.Male).Native, female);
        }

        if (culture.BinBinti)
        {
            var link = new NamePart(female ? "binti" : "bin", female ? "binti" : "bin", female ? "binti" : "bin");
            var full = Join(Join(given, link, " "), family, " ");
            return new GeneratedName(full.En, full.Native, null, null, family.Native, given.Native, NameOrder.GivenFirst, gender, culture, []);
        }

        var sep = culture.Joined ? "" : " ";
        var givenFull = patronymic is null ? given : Join(given, Part(patronymic, culture), " ");
        var native = culture.Order == NameOrder.FamilyFirst ? family.Native + sep + given.Native : givenFull.Native + " " + family.Native;
        var romanFamilyFirst = culture.Order == NameOrder.FamilyFirst;
        string? roman = culture.Latin ? null
            : romanFamilyFirst ? family.Roman + " " + Capitalize(given.Roman!) : givenFull.Roman + " " + family.Roman;
        var plainLatin = culture.Code is "vi" or "az";
        var en = culture.EnglishFamilyFirst ? family.En + " " + Capitalize(given.En) : given.En + " " + family.En;
        if (culture.Latin && !plainLatin)
        {
            en = culture.Order == NameOrder.FamilyFirst ? given.Native + " " + family.Native : given.Native + " " + family.Native;
        }

        var others = new List<PersonName>();
        if (culture.Code == "zh" && random.NextDouble() < 0.3)
        {
            // Entered without tone marks: the plain pinyin is the romanization.
            roman = en;
        }

        if (culture.Code == "ru" && random.NextDouble() < 0.3)
        {
            others.Add(new PersonName { Name = German(given.Roman!) + " " + German(family.Roman!), Kind = PersonNameKind.Transliteration, Language = "de" });
        }

        if (culture.Code == "ko-KP" || culture.Code == "ko")
        {
            others.Add(new PersonName { Name = en.Replace("-", "", StringComparison.Ordinal), Kind = PersonNameKind.Romanization, Language = "ko-Latn" });
        }

        if (culture.Code == "hu")
        {
            others.Add(new PersonName { Name = family.Native + " " + given.Native, Kind = PersonNameKind.Alias, Language = "hu" });
        }

        var zh = culture.Code is "zh" or "zh-SG" or "ja" ? native : null;
        return new GeneratedName(en, native, roman, zh, family.Native, givenFull.Native, culture.Order, gender, culture, others);
    }

    private static string German(string roman) =>
        roman.Replace("zh", "sch", StringComparison.Ordinal).Replace("shch", "schtsch", StringComparison.Ordinal).Replace("sh", "sch", StringComparison.Ordinal)
            .Replace("ch", "tsch", StringComparison.Ordinal).Replace("v", "w", StringComparison.Ordinal).Replace("ya", "ja", StringComparison.Ordinal)
            .Replace("yu", "ju", StringComparison.Ordinal).Replace("ey", "ej", StringComparison.Ordinal).Replace("iy", "ij", StringComparison.Ordinal)
            .Replace("kh", "ch", StringComparison.Ordinal);

    private NamePart Pick(NamePart[] parts) => parts[random.Next(parts.Length)];

    private static NamePart Join(NamePart a, NamePart b, string sep) =>
        new(a.Native + sep + b.Native, a.Roman is null || b.Roman is null ? null : a.Roman + sep + b.Roman, a.En + sep + b.En);

    private static string Capitalize(string s) =>
        s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];

    private Parsed Parse(NameCulture culture, string? iso3)
    {
        var key = culture.Code + "/" + (culture.Families.Length == 0 ? iso3 : "");
        if (_parsed.TryGetValue(key, out var parsed))
        {
            return parsed;
        }

        var families = culture.Families.Length > 0 ? culture.Families
            : iso3 is not null && DemoPeopleNames.AfricanFamilies.TryGetValue(iso3, out var african) ? african : culture.Male;
        var male = new List<NamePart>();
        var fem = new List<NamePart>();
        foreach (var entry in Split(families))
        {
            var forms = entry.Split('/');
            male.Add(Part(forms[0], culture));
            fem.Add(Part(forms.Length > 1 ? forms[1] : forms[0], culture));
        }

        parsed = new Parsed([.. male], [.. fem], [.. Split(culture.Male).Select(e => Part(e, culture))], [.. Split(culture.Female).Select(e => Part(e, culture))]);
        _parsed[key] = parsed;
        return parsed;
    }

    private static IEnumerable<string> Split(string list) =>
        list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(e => e.Replace('_', ' '));

    private static NamePart Part(string entry, NameCulture culture)
    {
        var parts = entry.Split('|');
        if (parts.Length > 1)
        {
            return new NamePart(parts[0], parts[1], parts.Length > 2 ? parts[2] : DemoTransliteration.Plain(parts[1]));
        }

        if (culture.Script is "Cyrl" or "Grek")
        {
            var roman = DemoTransliteration.Romanize(entry, culture.Language);
            return new NamePart(entry, roman, DemoTransliteration.Plain(roman));
        }

        return new NamePart(entry, null, culture.Code is "vi" or "az" ? DemoTransliteration.Plain(entry) : entry);
    }
}
