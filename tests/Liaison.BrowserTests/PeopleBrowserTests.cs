using System.Text.RegularExpressions;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Liaison.BrowserTests;

/// <summary>Issue 3's "done when", walked through in Chromium by a desk officer, and checked from another desk.</summary>
public sealed partial class PeopleBrowserTests
{
    [SkippableFact]
    public async Task A_desk_officer_cultivates_a_politician_and_another_desk_sees_none_of_it()
    {
        await using var session = await BrowserSession.StartAsync();
        await TestDirectory.SeedAsync(session.App);
        var duplicateId = await session.App.WithDbAsync(async db =>
        {
            var vietnam = await db.Countries.SingleAsync(c => c.Iso3 == "VNM");
            db.Organizations.Add(new Organization
            {
                Kind = OrganizationKind.GovernmentBody,
                CountryId = vietnam.Id,
                NameEn = "Ministry of Foreign Affairs of Viet Nam",
                NameNative = "Bộ Ngoại giao Việt Nam",
                NameZh = "越南外交部",
                Classification = Classification.Public,
            });
            var duplicate = new Person { NameEn = "Trần Thị Mai", CountryId = vietnam.Id, Classification = Classification.Internal };
            db.People.Add(duplicate);
            await db.SaveChangesAsync();
            return duplicate.Id;
        });
        var officer = await session.App.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk], email: "lan@example.org");
        var outsider = await session.App.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk], email: "max@example.org");

        var page = await session.NewPageAsync();
        await BrowserSession.SignInAsync(page, officer.Email, officer.Password);

        // A politician with a Chinese and a Latin name.
        await page.GotoAsync("/people/new");
        await page.Locator("#Input_NameEn").FillAsync("Tran Thi Mai");
        await page.Locator("#Input_NameNative").FillAsync("Trần Thị Mai");
        await page.Locator("#Input_NameZh").FillAsync("陈氏梅");
        await page.Locator("#Input_CountryIso3").SelectOptionAsync("VNM");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create person" }).ClickAsync();
        await BrowserSession.WaitForUrlAsync(page, PersonUrl());
        var personUrl = new Uri(page.Url).AbsolutePath;
        page.Url.ShouldNotContain("#");

        // A party post and a government post, organizations chosen by typing their names.
        await AddPositionAsync(page, "Mekong", "Secretary for International Affairs", "PartyPost");
        await AddPositionAsync(page, "Foreign Affairs", "Vice Minister of Foreign Affairs", "GovernmentPost");
        var career = await page.Locator("main").InnerTextAsync();
        career.ShouldContain("Secretary for International Affairs");
        career.ShouldContain("Vice Minister of Foreign Affairs");

        // A WeChat conversation with a follow-up.
        await page.Locator("[data-log-touchpoint]").First.ClickAsync();
        await BrowserSession.WaitForUrlAsync(page, url => url.Contains("/touchpoints/new", StringComparison.Ordinal));
        await page.Locator("#Input_Channel").SelectOptionAsync("Message");
        await page.Locator("#Input_Medium").FillAsync("WeChat");
        await page.Locator("#Input_Subject").FillAsync("WeChat chat about the autumn theory seminar");
        await page.Locator("#Input_FollowUp").FillAsync("Send the seminar invitation");
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.Locator("#Input_Task_DueOn").FillAsync(due);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log touchpoint" }).ClickAsync();
        await BrowserSession.WaitForUrlAsync(page, url => !url.Contains("/new", StringComparison.Ordinal));
        (await page.Locator("main").InnerTextAsync()).ShouldContain("WeChat chat about the autumn theory seminar");

        // The follow-up is on "My work" and in the calendar feed.
        await page.GotoAsync("/my-work");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Send the seminar invitation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create calendar feed" }).ClickAsync();
        var feedUrl = await page.Locator("#feed-url").InputValueAsync();
        await BrowserSession.ScreenshotAsync(page, "my-work");
        using (var http = new HttpClient())
        {
            var ics = await http.GetStringAsync(new Uri(new Uri(session.BaseUrl), new Uri(feedUrl).PathAndQuery));
            ics.ShouldContain("BEGIN:VCALENDAR");
            ics.ShouldContain("Send the seminar invitation");
            ics.ShouldContain("DTSTART;VALUE=DATE:" + due.Replace("-", "", StringComparison.Ordinal));
        }

        // Found by a typo'd romanization, as you type.
        await page.GotoAsync("/");
        await page.Locator("#site-search-input").PressSequentiallyAsync("tran thii mai", new() { Delay = 20 });
        var suggestion = page.Locator("#site-search-list [role=option]").First;
        await suggestion.WaitForAsync();
        (await suggestion.InnerTextAsync()).ShouldContain("Tran Thi Mai");

        // The duplicate entered earlier is flagged in the queue, and merged after a side-by-side review.
        await page.GotoAsync("/people/duplicates");
        await page.Locator("table[data-duplicates] tr[data-pair]").First.WaitForAsync();
        var queue = await page.Locator("main").InnerTextAsync();
        queue.ShouldContain("Tran Thi Mai");
        queue.ShouldContain("1 pair\n");
        await BrowserSession.ScreenshotAsync(page, "duplicates-queue");
        await page.GotoAsync(personUrl);
        await page.Locator("[data-compare]").First.ClickAsync();
        await BrowserSession.WaitForUrlAsync(page, url => url.Contains("/people/merge", StringComparison.Ordinal));
        await BrowserSession.ScreenshotAsync(page, "merge-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();
        await BrowserSession.WaitForUrlAsync(page, PersonUrl());
        var survivorUrl = new Uri(page.Url).AbsolutePath;
        var merged = await session.App.WithDbAsync(db => db.People.IgnoreQueryFilters().Where(p => p.MergedIntoId != null).Select(p => p.Id).ToListAsync());
        merged.Count.ShouldBe(1);
        var survivorId = int.Parse(survivorUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        (merged[0] == duplicateId || survivorId == duplicateId).ShouldBeTrue();
        var main = await page.Locator("main").InnerTextAsync();
        main.ShouldContain("Vice Minister of Foreign Affairs");
        main.ShouldContain("WeChat chat about the autumn theory seminar");
        await BrowserSession.ScreenshotAsync(page, "person");

        // An officer of another desk sees none of it.
        var other = await session.NewPageAsync();
        await BrowserSession.SignInAsync(other, outsider.Email, outsider.Password);
        var response = await other.GotoAsync(survivorUrl);
        response!.Status.ShouldBe(404);
        await other.GotoAsync("/people");
        (await other.Locator("main").InnerTextAsync()).ShouldNotContain("Tran Thi Mai");
        await other.GotoAsync("/touchpoints");
        (await other.Locator("main").InnerTextAsync()).ShouldNotContain("autumn theory seminar");
        await other.GotoAsync("/search?q=tran%20thi%20mai");
        (await other.Locator("main").InnerTextAsync()).ShouldContain("Nothing found for “tran thi mai”");
        await other.GotoAsync("/my-work");
        (await other.Locator("main").InnerTextAsync()).ShouldNotContain("Send the seminar invitation");
    }

    private static async Task AddPositionAsync(IPage page, string organization, string title, string kind)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a position" }).ClickAsync();
        await BrowserSession.WaitForUrlAsync(page, url => url.Contains("/positions", StringComparison.Ordinal));
        var picker = page.Locator("[data-picker] input[type=search]").First;
        await picker.PressSequentiallyAsync(organization, new() { Delay = 20 });
        var option = page.Locator("[data-picker] [role=option]").First;
        await option.WaitForAsync();
        await option.ClickAsync();
        await page.Locator("#Input_Kind").SelectOptionAsync(kind);
        await page.Locator("#Input_Title").FillAsync(title);
        await page.Locator("#Input_From").FillAsync("2021-04-01");
        await page.Locator("#position-form").GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await BrowserSession.WaitForUrlAsync(page, PersonUrl());
    }

    [GeneratedRegex(@"/people/\d+(#[a-z-]*)?$")]
    private static partial Regex PersonUrl();
}
