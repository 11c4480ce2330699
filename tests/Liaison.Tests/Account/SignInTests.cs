using System.Net;
using System.Security.Cryptography;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Tests.Account;

public sealed class SignInTests
{
    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var user = await app.CreateUserAsync(Roles.Viewer);
        using var browser = new PageClient(app);

        for (var i = 0; i < 5; i++)
        {
            var (_, login) = await browser.GetAsync("/account/login");
            var failed = await browser.SubmitAsync(login, "main form", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = "wrong-password-" + i }, "/account/login");
            failed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var (_, again) = await browser.GetAsync("/account/login");
        var locked = await browser.SubmitAsync(again, "main form", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password }, "/account/login");
        locked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await locked.Content.ReadAsStringAsync()).ShouldContain("locked");
        (await browser.GetAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var failures = await app.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count(a => a.Action == "sign-in-failed")));
        failures.ShouldBeGreaterThanOrEqualTo(5);
    }

    [Fact]
    public async Task An_authenticator_code_is_required_once_two_factor_is_on()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var user = await app.CreateUserAsync(Roles.Researcher);
        string key;
        using (var scope = app.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var appUser = (await users.FindByIdAsync(user.Id))!;
            await users.ResetAuthenticatorKeyAsync(appUser);
            key = (await users.GetAuthenticatorKeyAsync(appUser))!;
            await users.SetTwoFactorEnabledAsync(appUser, true);
        }

        using var browser = new PageClient(app);
        var (_, login) = await browser.GetAsync("/account/login");
        var step1 = await browser.SubmitAsync(login, "main form", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password }, "/account/login");
        step1.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var secondStep = step1.Headers.Location!.ToString();
        secondStep.ShouldContain("/account/login/two-factor");
        (await browser.GetAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "not signed in before the code");

        var (_, codePage) = await browser.GetAsync(secondStep);
        var wrong = await browser.SubmitAsync(codePage, "main form", new Dictionary<string, string> { ["Code"] = "000000" }, secondStep);
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);

        var (_, codePage2) = await browser.GetAsync(secondStep);
        var right = await browser.SubmitAsync(codePage2, "main form", new Dictionary<string, string> { ["Code"] = Totp(key) }, secondStep);
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_and_the_OpenAPI_document_are_public_and_everything_else_needs_sign_in()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var anonymous = app.Anonymous();
        var health = await anonymous.GetAsync("/healthz");
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await health.Content.ReadAsStringAsync()).ShouldBe("Healthy");
        var openApi = await anonymous.GetAsync("/openapi/v1.json");
        openApi.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await openApi.Content.ReadAsStringAsync();
        document.ShouldContain("/api/v1/countries/{iso3}/government");
        document.ShouldContain("/api/v1/organizations/{id}");

        var page = await anonymous.GetAsync("/countries");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/login");
        page.Headers.TryGetValues("Content-Security-Policy", out _).ShouldBeTrue();
        page.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
    }

    /// <summary>RFC 6238 time-based one-time password (SHA-1, 6 digits, 30 s), as an authenticator app computes it.</summary>
    private static string Totp(string base32Key)
    {
        var key = Base32Decode(base32Key);
        var counter = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

#pragma warning disable CA5350 // RFC 6238 authenticators use HMAC-SHA1.
        var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string input)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var output = new List<byte>();
        foreach (var c in input.TrimEnd('=').ToUpperInvariant())
        {
            value = (value << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)((value >> (bits - 8)) & 0xFF));
                bits -= 8;
            }
        }

        return [.. output];
    }
}
