using System.Globalization;
using System.Resources;
using Liaison.Web;

namespace Liaison.Features.Engagements.Statistics;

/// <summary>
/// Labels the statistics produce outside a view (bucket names, CSV column titles), translated by
/// <c>Resources/Features/Engagements/Statistics/StatisticsText.zh-Hans.resx</c>; English is the key.
/// </summary>
public static class StatisticsText
{
    private static readonly ResourceManager Resources = new("Liaison.Resources.Features.Engagements.Statistics.StatisticsText", typeof(StatisticsText).Assembly);

    public static string Name(string english) => EnumText.Translate(Resources, english, CultureInfo.CurrentUICulture) ?? english;
}
