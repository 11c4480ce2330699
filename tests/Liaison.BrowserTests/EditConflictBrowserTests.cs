using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Liaison.BrowserTests;

public sealed class EditConflictBrowserTests
{
    [SkippableFact]
    public async Task Two_officers_edit_the_same_party_and_the_second_sees_what_changed()
    {
        await using var session = await BrowserSession.StartAsync();
        await TestDirectory.SeedAsync(session.App);
        var anna = await session.App.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk], email: "anna@example.org");
        var ben = await session.App.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk], email: "ben@example.org");

        // Anna signs in and finds the party through the search box, as you type.
        var first = await session.NewPageAsync();
        await BrowserSession.SignInAsync(first, anna.Email, anna.Password);
        await first.Locator("#site-search-input").PressSequentiallyAsync("Sozialdemokratische", new() { Delay = 20 });
        var suggestion = first.Locator("#site-search-list [role=option]").First;
        await suggestion.WaitForAsync();
        (await suggestion.InnerTextAsync()).ShouldContain("Social Democratic Party of Germany");
        await suggestion.ClickAsync();
        await BrowserSession.WaitForUrlAsync(first, url => url.Contains("/organizations/", StringComparison.Ordinal));
        await first.GetByRole(AriaRole.Link, new() { Name = "Edit" }).First.ClickAsync();
        await BrowserSession.WaitForUrlAsync(first, url => url.EndsWith("/edit", StringComparison.Ordinal));

        // Ben opens the same form before Anna saves.
        var second = await session.NewPageAsync();
        await BrowserSession.SignInAsync(second, ben.Email, ben.Password);
        await second.GotoAsync(first.Url);

        await first.Locator("#Input_NameZh").FillAsync("德国社会民主党（社民党）");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await BrowserSession.WaitForUrlAsync(first, url => !url.EndsWith("/edit", StringComparison.Ordinal));
        (await first.Locator("main").InnerTextAsync()).ShouldContain("德国社会民主党（社民党）");

        await second.Locator("#Input_NameEn").FillAsync("SPD");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        var conflict = second.Locator(".alert-warning");
        await conflict.WaitForAsync();
        var text = await conflict.InnerTextAsync();
        text.ShouldContain("Someone else changed this organization after you opened it");
        text.ShouldContain("德国社会民主党（社民党）");
        text.ShouldContain("SPD");
        (await second.Locator("#Input_NameEn").InputValueAsync()).ShouldBe("SPD");
        await BrowserSession.ScreenshotAsync(second, "edit-conflict");

        // Saving again deliberately keeps Ben's version; nothing was lost silently.
        await second.GetByRole(AriaRole.Button, new() { Name = "Save my version anyway" }).ClickAsync();
        await BrowserSession.WaitForUrlAsync(second, url => !url.EndsWith("/edit", StringComparison.Ordinal));
        var audit = await session.App.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count(a => a.EntityType == "Organization" && a.Action == "update")));
        audit.ShouldBe(2);
    }

    [SkippableFact]
    public async Task The_interface_switches_to_Chinese_and_remembers_it()
    {
        await using var session = await BrowserSession.StartAsync();
        await TestDirectory.SeedAsync(session.App);
        var user = await session.App.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var page = await session.NewPageAsync();
        await BrowserSession.SignInAsync(page, user.Email, user.Password);

        await page.GotoAsync("/countries/DEU?date=2003-06-01");
        await page.Locator("form[action='/culture'] button", new() { HasText = "中文" }).First.ClickAsync();
        await page.WaitForLoadStateAsync();
        var main = await page.Locator("main").InnerTextAsync();
        main.ShouldContain("德国");
        main.ShouldContain("德国社会民主党");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("zh-Hans");
        await BrowserSession.ScreenshotAsync(page, "country-zh");

        await page.GotoAsync("/organizations");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("zh-Hans");
    }
}
