using Microsoft.AspNetCore.Antiforgery;

namespace Liaison.Security;

/// <summary>
/// API calls that change state with the sign-in cookie (rather than a bearer token) must carry the antiforgery
/// token in the <c>X-CSRF-TOKEN</c> header, as the pages' own scripts would; otherwise 400.
/// </summary>
public static class ApiCsrfProtection
{
    public static IApplicationBuilder UseApiCsrfProtection(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var unsafeMethod = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        var cookieAuthenticated = context.User.Identity is { IsAuthenticated: true, AuthenticationType: not ApiTokenAuthenticationHandler.SchemeName };
        if (unsafeMethod && cookieAuthenticated && request.Path.StartsWithSegments("/api"))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                await Results.Problem(
                    title: "Missing or invalid antiforgery token.",
                    detail: "Send the X-CSRF-TOKEN header, or use a personal API token (Authorization: Bearer).",
                    statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    });
}
