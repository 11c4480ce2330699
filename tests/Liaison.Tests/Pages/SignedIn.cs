using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Pages;

/// <summary>Page-test helpers: a signed-in browser-like client, and checks on rendered HTML.</summary>
internal static class SignedIn
{
    public static async Task<PageClient> AsAsync(TestApp app, string role, string[]? desks = null, Classification clearance = Classification.Internal)
    {
        var user = await app.CreateUserAsync(role, desks, clearance);
        var client = new PageClient(app);
        await client.SignInAsync(user.Email, user.Password);
        return client;
    }

    /// <summary>What a user's text could inject: scripts other than the layout's own files, event-handler attributes, javascript: links.</summary>
    public static IReadOnlyList<string> InjectedMarkup(IHtmlDocument page)
    {
        var found = new List<string>();
        foreach (var script in page.Scripts)
        {
            var src = script.GetAttribute("src");
            if (src is null || !(src.StartsWith("/lib/", StringComparison.Ordinal) || src.StartsWith("/js/", StringComparison.Ordinal)))
            {
                found.Add("script: " + script.OuterHtml);
            }
        }

        foreach (var element in page.All)
        {
            found.AddRange(element.Attributes
                .Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || (a.Name is "href" or "src" or "action" or "formaction" && a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)))
                .Select(a => $"<{element.LocalName} {a.Name}=\"{a.Value}\">"));
        }

        return found;
    }

    /// <summary>The text a user reads: HTML turns CR and CRLF into LF.</summary>
    public static string AsParsed(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    public static string Text(IElement? element) => element?.TextContent ?? "";
}
