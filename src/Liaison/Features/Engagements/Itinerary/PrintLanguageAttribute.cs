using System.Globalization;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Liaison.Features.Engagements.Itinerary;

/// <summary>
/// <c>?lang=en</c> or <c>?lang=zh-Hans</c>: the page is rendered in that language whatever the user's interface language,
/// for this request only (the culture cookie and the user's preference are left alone). Wraps handler and view rendering.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PrintLanguageAttribute : Attribute, IAsyncResourceFilter
{
    public const string Parameter = "lang";

    public static CultureInfo? Requested(HttpRequest request) =>
        LiaisonApp.Cultures.FirstOrDefault(c => string.Equals(c.Name, request.Query[Parameter], StringComparison.OrdinalIgnoreCase));

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        if (Requested(context.HttpContext.Request) is not { } culture)
        {
            await next();
            return;
        }

        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            await next();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
