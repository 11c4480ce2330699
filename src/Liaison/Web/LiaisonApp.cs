using System.Globalization;
using Liaison.Data;
using Liaison.Features;
using Liaison.Security;
using Liaison.Web.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;

namespace Liaison.Web;

/// <summary>Builds and starts the web application; shared by <c>liaison serve</c> and the tests.</summary>
public static class LiaisonApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";
    public static readonly CultureInfo[] Cultures = [new("en"), new("zh-Hans")];

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,

            // Pages are found in the application's assembly, even when a test runner is the entry assembly.
            ApplicationName = typeof(LiaisonApp).Assembly.GetName().Name,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddLiaisonData(builder.Configuration);
        builder.Services.AddLiaisonSecurity(builder.Configuration);
        builder.Services.AddLiaisonWeb();
        builder.Services.AddLiaisonFeatures();
        configure?.Invoke(builder);

        var app = builder.Build();
        _ = ModelWarmup.Start(app.Services);
        app.UseStartupGate();
        if (ServerTiming.Enabled(app.Configuration))
        {
            app.UseServerTiming();
        }

        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        // People get a page in their language; the API keeps its ProblemDetails.
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePages());
        app.UseLiaisonSecurityHeaders();
        app.UseResponseCompression();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseApiCsrfProtection();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapRazorPages();
        app.MapCultureSwitch();
        app.MapLiaisonFeatures();
        return app;
    }

    public static IServiceCollection AddLiaisonWeb(this IServiceCollection services)
    {
        services.AddSingleton<StartupGate>();
        services.AddLiaisonRateLimits();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = BadRequestDetails.Describe);
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddOpenApi();
        services.AddHealthChecks().AddDbContextCheck<LiaisonDbContext>("database");
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>().Configure<Microsoft.Extensions.Localization.IStringLocalizerFactory>(BindingMessages.Localize);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new UserPreferenceCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/", Policies.Reader);
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Account/LoginWith2fa");
                o.Conventions.AllowAnonymousToPage("/Account/Logout");
                o.Conventions.AllowAnonymousToPage("/Account/Denied");
                o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        return services;
    }
}

/// <summary>The signed-in user's saved language, when no cookie or query string chose one.</summary>
internal sealed class UserPreferenceCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = httpContext.User.FindFirst(LiaisonClaims.Culture)?.Value;
        return Task.FromResult(string.IsNullOrEmpty(culture) ? null : new ProviderCultureResult(culture));
    }
}
