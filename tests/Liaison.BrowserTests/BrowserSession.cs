using Liaison.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Liaison.BrowserTests;

/// <summary>Liaison on Kestrel (loopback, free port) and Debian's Chromium driven by Playwright; never downloads a browser.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private BrowserSession(TestApp app, IPlaywright playwright, IBrowser browser, string baseUrl)
    {
        App = app;
        Playwright = playwright;
        Browser = browser;
        BaseUrl = baseUrl;
    }

    public TestApp App { get; }
    public IPlaywright Playwright { get; }
    public IBrowser Browser { get; }
    public string BaseUrl { get; }

    public static async Task<BrowserSession> StartAsync(Db db = Db.Sqlite)
    {
        if (!File.Exists(ChromiumPath))
        {
            if (PostgresServer.IsCi)
            {
                throw new InvalidOperationException($"Browser tests must run under CI, but {ChromiumPath} is missing (apt-get install chromium).");
            }

            Skip.If(true, $"{ChromiumPath} not installed");
        }

        var app = await TestApp.StartAsync(db, kestrel: true);
        var address = app.App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return new BrowserSession(app, playwright, browser, address.TrimEnd('/'));
    }

    public async Task<IPage> NewPageAsync(string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = locale, ViewportSize = new() { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login page, as a person would.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        // Leaving the login page is what counts; waiting for the next page's load event too only adds time (and flakes
        // on a loaded machine while the first request of a page compiles).
        try
        {
            await WaitForUrlAsync(page, url => !url.Contains("/account/login", StringComparison.Ordinal));
        }
        catch (TimeoutException)
        {
            await ScreenshotAsync(page, "sign-in-failed");
            throw new InvalidOperationException("Sign-in did not leave the login page:\n" + await page.Locator("main").InnerTextAsync());
        }
    }

    /// <summary>
    /// Waits until the page's URL matches, watching the URL itself. Playwright's WaitForURLAsync, when the navigation
    /// has already happened by the time it is called, waits for a load event instead (microsoft/playwright-dotnet#3365)
    /// and timed out in CI on pages that had long loaded. What follows waits for its own elements.
    /// </summary>
    public static async Task WaitForUrlAsync(IPage page, Func<string, bool> matches)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!matches(page.Url))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The page stayed at {page.Url}.");
            }

            await Task.Delay(25);
        }
    }

    public static Task WaitForUrlAsync(IPage page, System.Text.RegularExpressions.Regex matches) => WaitForUrlAsync(page, matches.IsMatch);

    /// <summary>Saves a screenshot under <c>screenshots/</c> at the repository root (ignored by git) for a person to look at.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await App.DisposeAsync();
    }
}
