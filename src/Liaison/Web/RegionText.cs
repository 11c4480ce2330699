using System.Globalization;
using System.Resources;

namespace Liaison.Web;

/// <summary>World regions and subregions as named in the country catalogue, translated by <c>Resources/RegionResource.zh-Hans.resx</c>.</summary>
public static class RegionText
{
    private static readonly ResourceManager Resources = new("Liaison.Resources.RegionResource", typeof(RegionText).Assembly);

    /// <summary>The region's name in the current UI culture; the catalogue's English name when no translation exists.</summary>
    public static string Name(string? region) =>
        string.IsNullOrEmpty(region) ? "" : EnumText.Translate(Resources, region, CultureInfo.CurrentUICulture) ?? region;

    /// <summary>"Region / Subregion", each translated; empty when neither is known.</summary>
    public static string Path(string? region, string? subregion) =>
        string.Join(" / ", new[] { region, subregion }.Where(r => !string.IsNullOrEmpty(r)).Select(Name));
}
