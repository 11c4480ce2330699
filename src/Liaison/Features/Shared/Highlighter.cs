using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Liaison.Features.Shared;

public static class Highlighter
{
    /// <summary>HTML-encodes <paramref name="text"/> and wraps the first case-insensitive occurrence of <paramref name="query"/> in &lt;mark&gt;.</summary>
    public static IHtmlContent Mark(string text, string? query)
    {
        var at = string.IsNullOrWhiteSpace(query)
            ? -1
            : CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, query.Trim(), CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
        if (at < 0)
        {
            return new HtmlString(HtmlEncoder.Default.Encode(text));
        }

        var length = Math.Min(query!.Trim().Length, text.Length - at);
        return new HtmlString(
            HtmlEncoder.Default.Encode(text[..at])
            + "<mark>" + HtmlEncoder.Default.Encode(text.Substring(at, length)) + "</mark>"
            + HtmlEncoder.Default.Encode(text[(at + length)..]));
    }

    public static bool Contains(string text, string? query) =>
        !string.IsNullOrWhiteSpace(query)
        && CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, query.Trim(), CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;
}
