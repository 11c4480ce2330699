using System.Net;
using System.Net.Http.Headers;
using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Account;

public sealed class TokenPageTests
{
    [Fact]
    public async Task A_token_created_on_the_page_is_shown_once_works_on_the_api_and_reloading_creates_no_other()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var user = await app.CreateUserAsync(Roles.Researcher);
        using var browser = new PageClient(app);
        await browser.SignInAsync(user.Email, user.Password);

        var (_, page) = await browser.GetAsync("/account/tokens");
        var created = await browser.SubmitAsync(page, "main form[action*='handler=Create']", new Dictionary<string, string> { ["Name"] = "reporting script" });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (_, shown) = await browser.GetAsync("/account/tokens");
        var token = shown.QuerySelector(".secret")!.TextContent.Trim();
        token.ShouldStartWith(ApiTokens.Prefix);
        var (_, reloaded) = await browser.GetAsync("/account/tokens");
        reloaded.QuerySelector(".secret").ShouldBeNull();
        (await app.WithDbAsync(db => Task.FromResult(db.ApiTokens.Count(t => t.UserId == user.Id)))).ShouldBe(2, "the test user's own token plus the one created on the page");

        using var api = app.Anonymous();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await api.GetAsync("/api/v1/countries/FRA")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
