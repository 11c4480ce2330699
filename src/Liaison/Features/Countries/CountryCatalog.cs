using System.Reflection;
using System.Text.Json;

namespace Liaison.Features.Countries;

/// <summary>
/// ISO 3166-1 countries and territories from the npm packages <c>world-countries</c> (codes, names, region,
/// subregion, capital, Chinese names) and <c>i18n-iso-countries</c> (Chinese short names), embedded at build time.
/// </summary>
public static class CountryCatalog
{
    public sealed record Entry(
        string Iso2, string Iso3, string? NumericCode, string NameEn, string? NameZh, string? OfficialNameEn,
        string? OfficialNameZh, string? Region, string? Subregion, string? Capital, bool Independent);

    public static IReadOnlyList<Entry> Load()
    {
        using var countries = JsonDocument.Parse(Resource("Liaison.Reference.world-countries.json"));
        using var zh = JsonDocument.Parse(Resource("Liaison.Reference.iso-countries-zh.json"));
        var zhNames = zh.RootElement.GetProperty("countries");
        var list = new List<Entry>();
        foreach (var c in countries.RootElement.EnumerateArray())
        {
            var iso2 = c.GetProperty("cca2").GetString()!;
            var name = c.GetProperty("name");
            var zho = c.GetProperty("translations").TryGetProperty("zho", out var t) ? t : default;
            var zhShort = zhNames.TryGetProperty(iso2, out var z) ? (z.ValueKind == JsonValueKind.Array ? z[0].GetString() : z.GetString()) : null;
            var capital = c.TryGetProperty("capital", out var cap) && cap.ValueKind == JsonValueKind.Array && cap.GetArrayLength() > 0
                ? cap[0].GetString()
                : null;
            list.Add(new Entry(
                iso2,
                c.GetProperty("cca3").GetString()!,
                c.TryGetProperty("ccn3", out var n) && n.GetString() is { Length: > 0 } num ? num : null,
                name.GetProperty("common").GetString()!,
                zhShort ?? (zho.ValueKind == JsonValueKind.Object ? zho.GetProperty("common").GetString() : null),
                name.GetProperty("official").GetString(),
                zho.ValueKind == JsonValueKind.Object ? zho.GetProperty("official").GetString() : null,
                Blank(c.GetProperty("region").GetString()),
                c.TryGetProperty("subregion", out var s) ? Blank(s.GetString()) : null,
                capital,
                c.TryGetProperty("independent", out var ind) && ind.ValueKind == JsonValueKind.True));
        }

        return list.OrderBy(e => e.NameEn, StringComparer.Ordinal).ToList();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static Stream Resource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"Embedded resource {name} is missing; the build restores it from npm.");
}
