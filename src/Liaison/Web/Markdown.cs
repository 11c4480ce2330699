using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.MediaLinks;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Liaison.Web;

/// <summary>
/// User-written Markdown (notes, descriptions) to HTML that is safe to embed: raw HTML is escaped, attribute
/// syntax and embedded media are off, and only http, https and mailto links survive (others become plain text).
/// </summary>
public static class Markdown
{
    private static readonly string[] AllowedSchemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    public static HtmlString ToSafeHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        // Collect before changing the tree: unwrapping a link disturbs a traversal still in progress.
        var links = document.Descendants<LinkInline>().ToList();
        var autolinks = document.Descendants<AutolinkInline>().ToList();
        foreach (var link in links)
        {
            if (IsAllowed(link.Url, link.IsImage))
            {
                if (!link.IsImage)
                {
                    link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer nofollow");
                }
            }
            else
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in autolinks)
        {
            if (!IsAllowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, image: false))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
            else
            {
                autolink.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer nofollow");
            }
        }

        return new HtmlString(document.ToHtml(Pipeline));
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml().UseAdvancedExtensions().UseBootstrap();
        // {onclick=...} attributes and <iframe> media embeds would reopen what DisableHtml closes.
        builder.Extensions.RemoveAll(e => e is GenericAttributesExtension or MediaLinkExtension);
        return builder.Build();
    }

    private static bool IsAllowed(string? url, bool image) =>
        !string.IsNullOrWhiteSpace(url)
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (image ? uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp : AllowedSchemes.Contains(uri.Scheme));

    // Keeps the link text (or an image's alt text) and drops the link itself.
    private static void Unwrap(LinkInline link)
    {
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
