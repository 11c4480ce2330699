using System.Text;
using Liaison.Features.Countries;
using Liaison.Features.Organizations;

namespace Liaison.Features.Demo;

// A party name in one language. "{C}" in Native, Romanized and En stands for the country (a native phrase such as
// "de Chile" or "России"; the English country name); Zh gets the Chinese country name in front unless it already has it.
internal sealed record PartyName(IdeologyFamily Family, string En, string Zh, string Native, string? Romanized = null)
{
    public string? Abbreviation { get; init; }
    public DateOnly? Founded { get; init; }

    // From this date the party is banned (it stays banned).
    public DateOnly? BannedFrom { get; init; }
}

// Common party types with their English and Chinese renderings.
internal static class PartyTypes
{
    public static PartyName Com(string native, string? roman = null) => Make(IdeologyFamily.CommunistWorkers, "Communist Party", "共产党", native, roman);
    public static PartyName Wrk(string native, string? roman = null) => Make(IdeologyFamily.CommunistWorkers, "Workers' Party", "劳动党", native, roman);
    public static PartyName Soc(string native, string? roman = null) => Make(IdeologyFamily.SocialistSocialDemocratic, "Socialist Party", "社会党", native, roman);
    public static PartyName Sd(string native, string? roman = null) => Make(IdeologyFamily.SocialistSocialDemocratic, "Social Democratic Party", "社会民主党", native, roman);
    public static PartyName Lab(string native, string? roman = null) => Make(IdeologyFamily.Labour, "Labour Party", "工党", native, roman);
    public static PartyName Grn(string native, string? roman = null) => Make(IdeologyFamily.Green, "Green Party", "绿党", native, roman);
    public static PartyName Lib(string native, string? roman = null) => Make(IdeologyFamily.Liberal, "Liberal Party", "自由党", native, roman);
    public static PartyName Cd(string native, string? roman = null) => Make(IdeologyFamily.ChristianDemocratic, "Christian Democratic Party", "基督教民主党", native, roman);
    public static PartyName Con(string native, string? roman = null) => Make(IdeologyFamily.Conservative, "Conservative Party", "保守党", native, roman);
    public static PartyName Ppl(string native, string? roman = null) => Make(IdeologyFamily.Conservative, "People's Party", "人民党", native, roman);
    public static PartyName Dem(string native, string? roman = null) => Make(IdeologyFamily.Other, "Democratic Party", "民主党", native, roman);
    public static PartyName Nf(string native, string? roman = null) => Make(IdeologyFamily.Nationalist, "National Front", "民族阵线", native, roman);
    public static PartyName Fu(string native, string? roman = null) => Make(IdeologyFamily.Agrarian, "Farmers' Union", "农民联盟", native, roman);
    public static PartyName Agr(string native, string? roman = null) => Make(IdeologyFamily.Agrarian, "Agrarian Party", "农业党", native, roman);
    public static PartyName Cit(string native, string? roman = null) => Make(IdeologyFamily.Populist, "Citizens' Movement", "公民运动", native, roman);
    public static PartyName Fed(string native, string? roman = null) => Make(IdeologyFamily.Regionalist, "Federalist Movement", "联邦主义运动", native, roman);

    public static PartyName X(IdeologyFamily family, string en, string zh, string native, string? roman = null) => new(family, en, zh, native, roman);

    // A real party with its own abbreviation and founding date.
    public static PartyName R(IdeologyFamily family, string en, string zh, string native, string? roman, string abbreviation, string founded) =>
        new(family, en, zh, native, roman) { Abbreviation = abbreviation, Founded = DemoDates.D(founded) };

    // An English-language party: the native name is the English one.
    public static PartyName E(IdeologyFamily family, string zh, string en) => new(family, en, zh, en);

    private static PartyName Make(IdeologyFamily family, string en, string zh, string native, string? roman) =>
        new(family, native.Contains("{C}", StringComparison.Ordinal) ? en + " of {C}" : en, zh, native, roman);
}

// Renders a PartyName for a country, and derives abbreviations.
internal static class PartyNaming
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "for", "de", "la", "le", "les", "du", "des", "del", "los", "las", "y", "e", "et", "da", "do",
        "dos", "das", "di", "der", "die", "und", "van", "för", "i", "ng", "na", "и", "на", "за", "ve", "pentru", "din", "a",
        "al", "wa", "l", "ki", "kī", "shel", "ha",
    };

    private static readonly HashSet<string> WithArticle = ["NLD", "PHL", "DOM", "CZE", "GMB", "BHS", "MDV", "COM", "CAF", "ARE", "USA", "GBR", "COD", "COG"];

    public static Organization Party(PartyName name, Country country, CountrySpec spec)
    {
        var native = name.Native.Replace("{C}", spec.Phrase, StringComparison.Ordinal);
        var roman = name.Romanized?.Replace("{C}", spec.PhraseRomanized ?? spec.Phrase, StringComparison.Ordinal);
        var en = name.En.Replace("{C}", (WithArticle.Contains(country.Iso3) ? "the " : "") + country.NameEn, StringComparison.Ordinal);
        var countryZh = country.NameZh ?? "";
        var zh = name.Zh.Contains(countryZh, StringComparison.Ordinal) ? name.Zh : countryZh + name.Zh;
        return new Organization
        {
            Kind = OrganizationKind.PoliticalParty,
            CountryId = country.Id,
            Country = country,
            Family = name.Family,
            NameNative = native,
            NameRomanized = roman,
            NameEn = en,
            NameZh = zh,
            Abbreviation = name.Abbreviation ?? Abbreviate(roman ?? native, en),
        };
    }

    // Initials of the significant words of a Latin, Cyrillic or Greek name; otherwise of the English name.
    public static string? Abbreviate(string native, string en)
    {
        var source = IsAlphabetic(native) ? native : en;
        var letters = new StringBuilder();
        foreach (var word in source.Split([' ', '-', '–', '(', ')', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!SmallWords.Contains(word) && char.IsLetter(word[0]))
            {
                letters.Append(char.ToUpperInvariant(word[0]));
            }
        }

        return letters.Length is >= 2 and <= 6 ? letters.ToString() : null;
    }

    private static bool IsAlphabetic(string text) =>
        text.All(c => !char.IsLetter(c) || c < '\u0530');
}
