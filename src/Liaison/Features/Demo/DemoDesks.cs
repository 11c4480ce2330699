using Liaison.Features.Countries;
using Liaison.Features.Desks;

namespace Liaison.Features.Demo;

// The department's regional desks, and which desk covers each country.
internal static class DemoDesks
{
    private static readonly (string Name, string Zh, string Description)[] Desks =
    [
        ("East Asia", "东亚", "Japan, the Korean Peninsula and Mongolia; China, Hong Kong, Macao and Taiwan for reference."),
        ("Southeast Asia", "东南亚", "ASEAN member states and Timor-Leste."),
        ("South Asia", "南亚", "The SAARC countries."),
        ("Central Asia & Russia", "中亚和俄罗斯", "Russia, the five Central Asian states and the South Caucasus."),
        ("West Asia & North Africa", "西亚北非", "The Arab states, Iran, Türkiye and Israel."),
        ("Sub-Saharan Africa", "撒哈拉以南非洲", "Africa south of the Sahara and the Indian Ocean islands."),
        ("Western Europe", "西欧", "Western, Northern and Southern Europe."),
        ("Central & Eastern Europe", "中东欧", "Central Europe, the Baltic states, the Balkans, Belarus, Ukraine and Moldova."),
        ("North America & Oceania", "北美和大洋洲", "The United States, Canada, the Pacific and the Antarctic territories."),
        ("Latin America & Caribbean", "拉丁美洲和加勒比", "Mexico, Central and South America and the Caribbean."),
    ];

    private static readonly HashSet<string> CaucasusAndRussia = ["RUS", "ARM", "AZE", "GEO"];
    private static readonly HashSet<string> EasternEurope = ["EST", "LVA", "LTU", "BLR", "UKR", "MDA"];
    private static readonly HashSet<string> CentralEuropeWest = ["AUT", "CHE", "LIE", "DEU"];

    public static List<Desk> Create() =>
        Desks.Select(d => new Desk { Name = d.Name, NameZh = d.Zh, Description = d.Description }).ToList();

    // Every country goes to exactly one desk, by its region and subregion.
    public static void Assign(IEnumerable<Country> countries, IReadOnlyList<Desk> desks)
    {
        var byName = desks.ToDictionary(d => d.Name);
        foreach (var c in countries)
        {
            c.Desk = byName[DeskFor(c)];
        }
    }

    private static string DeskFor(Country c)
    {
        if (CaucasusAndRussia.Contains(c.Iso3) || c.Subregion == "Central Asia")
        {
            return "Central Asia & Russia";
        }

        if (EasternEurope.Contains(c.Iso3))
        {
            return "Central & Eastern Europe";
        }

        if (CentralEuropeWest.Contains(c.Iso3))
        {
            return "Western Europe";
        }

        return (c.Region, c.Subregion) switch
        {
            ("Asia", "Eastern Asia") => "East Asia",
            ("Asia", "South-Eastern Asia") => "Southeast Asia",
            ("Asia", "Southern Asia") => c.Iso3 == "IRN" ? "West Asia & North Africa" : "South Asia",
            ("Asia", _) => "West Asia & North Africa",
            ("Africa", "Northern Africa") => "West Asia & North Africa",
            ("Africa", _) => "Sub-Saharan Africa",
            ("Europe", "Central Europe" or "Southeast Europe" or "Eastern Europe") => "Central & Eastern Europe",
            ("Europe", _) => "Western Europe",
            ("Americas", "North America") => c.Iso3 == "MEX" ? "Latin America & Caribbean" : "North America & Oceania",
            ("Americas", _) => "Latin America & Caribbean",
            _ => "North America & Oceania",
        };
    }
}
