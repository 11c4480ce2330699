using Liaison.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

// The assembly is named "liaison" but its resources are "Liaison.Resources.*"; without this the localizer finds none.

namespace Liaison.Web;

/// <summary>The language switcher: sets the culture cookie and remembers the choice for signed-in users.</summary>
public static class CultureEndpoints
{
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapPost("/culture", SwitchAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static void WriteCultureCookie(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/" });

    private static string? Supported(string? culture) =>
        LiaisonApp.Cultures.Select(c => c.Name).FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));

    private static async Task<IResult> SwitchAsync(
        [FromForm] string? culture, [FromForm] string? returnUrl, HttpContext context, UserManager<AppUser> users, SignInManager<AppUser> signIn)
    {
        var target = IsLocal(returnUrl) ? returnUrl! : "/";
        if (Supported(culture) is not { } chosen)
        {
            return TypedResults.LocalRedirect(target);
        }

        WriteCultureCookie(context.Response, chosen);
        if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user && user.PreferredCulture != chosen)
        {
            user.PreferredCulture = chosen;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
        }

        return TypedResults.LocalRedirect(target);
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
