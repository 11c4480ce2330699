using Liaison.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Liaison.Security;

public static class SecurityServiceExtensions
{
    /// <summary>
    /// Served over TLS (an https URL, or <c>Liaison:Security:Https=true</c> behind a TLS proxy), cookies are
    /// <c>__Host-</c> prefixed and Secure; on the plain-http loopback default they cannot be, so they are not.
    /// </summary>
    public static bool ServedOverTls(IConfiguration configuration) =>
        configuration.GetValue<bool?>("Liaison:Security:Https")
        ?? (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "").Contains("https://", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddLiaisonSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var tls = ServedOverTls(configuration);
        var cookiePrefix = tls ? "__Host-" : "";
        var securePolicy = tls ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();

        services.AddDataProtection().SetApplicationName("Liaison");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(sp)));

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<LiaisonDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<LiaisonClaimsPrincipalFactory>();

        // Role, desk or clearance changes rotate the security stamp; cookies pick that up within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = cookiePrefix + "liaison";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.Path = "/";
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
        });

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);

        // Bearer tokens on /api, the sign-in cookie everywhere else.
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = "LiaisonSelector";
            o.DefaultAuthenticateScheme = "LiaisonSelector";
            o.DefaultChallengeScheme = "LiaisonSelector";
            o.DefaultForbidScheme = "LiaisonSelector";
        });
        services.AddAuthentication().AddPolicyScheme("LiaisonSelector", "Cookie or token", o =>
        {
            // Tokens open the API only: a leaked token cannot reach the pages that mint tokens or turn off two-factor.
            o.ForwardDefaultSelector = ctx =>
                ctx.Request.Path.StartsWithSegments("/api")
                && ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme;
        });

        services.AddAuthorizationBuilder().AddLiaisonPolicies();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = cookiePrefix + "liaison-csrf";
            o.Cookie.SecurePolicy = securePolicy;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        return services;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
