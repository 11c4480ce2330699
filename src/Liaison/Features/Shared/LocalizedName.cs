using System.Globalization;

namespace Liaison.Features.Shared;

public static class LocalizedName
{
    /// <summary>The Chinese name when the page is in Chinese and one is on file, else the English name.</summary>
    public static string Pick(string english, string? chinese) =>
        CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(chinese) ? chinese : english;

    public static string? Pick(string? english, string? chinese, string? fallback) =>
        english is null ? fallback : Pick(english, chinese);
}
