using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Liaison.BrowserTests;

/// <summary>Issue 4's "done when": an inbound visit walked from proposal to completion in Chromium.</summary>
public sealed class EngagementBrowserTests
{
    private const string Title = "Delegation of the Communist Party of Vietnam";
    private const string TitleZh = "越南共产党代表团";

    [SkippableFact]
    public async Task A_protocol_officer_runs_an_inbound_visit_from_proposal_to_completion()
    {
        await using var session = await BrowserSession.StartAsync();
        await TestDirectory.SeedAsync(session.App);
        var seed = await session.App.WithDbAsync(async db =>
        {
            var vietnam = await db.Countries.SingleAsync(c => c.Iso3 == "VNM");
            var china = await db.Countries.SingleAsync(c => c.Iso3 == "CHN");
            var party = new Organization
            {
                Kind = OrganizationKind.PoliticalParty,
                CountryId = vietnam.Id,
                NameEn = "Communist Party of Vietnam",
                NameNative = "Đảng Cộng sản Việt Nam",
                NameZh = "越南共产党",
                Abbreviation = "CPV",
                Classification = Classification.Public,
            };
            db.Organizations.Add(party);
            Person P(string en, string zh, int country) =>
                new() { NameEn = en, NameZh = zh, CountryId = country, Classification = Classification.Public };
            var head = P("Nguyen Van Thanh", "阮文清", vietnam.Id);
            var member = P("Le Thi Hoa", "黎氏花", vietnam.Id);
            var host = P("Wang Dongming", "王东明", china.Id);
            db.People.AddRange(head, member, host);
            await db.SaveChangesAsync();
            return (PartyId: party.Id, HeadId: head.Id);
        });
        var officer = await session.App.CreateUserAsync(Roles.ProtocolOfficer, [TestDirectory.SoutheastAsiaDesk], email: "hua@example.org");
        var leader = await session.App.CreateUserAsync(Roles.Leader, [], email: "leader@example.org");
        var viewer = await session.App.CreateUserAsync(Roles.Viewer, [TestDirectory.SoutheastAsiaDesk], Classification.Internal, email: "viewer@example.org");

        var today = DateOnly.FromDateTime(DateTime.Today);
        var page = await session.NewPageAsync();
        await BrowserSession.SignInAsync(page, officer.Email, officer.Password);

        // The proposal: an inbound visit of the party's delegation, three days from today.
        await page.GotoAsync("/engagements/new");
        await page.Locator("#Input_Kind").SelectOptionAsync("InboundVisit");
        await page.Locator("#Input_Title").FillAsync(Title);
        await page.Locator("#Input_TitleZh").FillAsync(TitleZh);
        await page.Locator("#Input_StartsOn").FillAsync(Iso(today));
        await page.Locator("#Input_EndsOn").FillAsync(Iso(today.AddDays(2)));
        await page.Locator("#Input_Location").FillAsync("Beijing and Shanghai");
        await PickAsync(page, 1, "Communist Party of Vietnam");
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();
        await BrowserSession.WaitForUrlAsync(page, url => System.Text.RegularExpressions.Regex.IsMatch(url, "/engagements/[0-9]+$"));
        var engagementUrl = new Uri(page.Url).AbsolutePath;
        var id = int.Parse(engagementUrl.Split('/')[^1], CultureInfo.InvariantCulture);

        // Its members: the head and a member of the delegation, and our host.
        await AddMemberAsync(page, id, "Nguyen Van Thanh", "Delegation", "Head", "Member of the Politburo");
        await AddMemberAsync(page, id, "Le Thi Hoa", "Delegation", "Member", "Deputy Head of the Commission for External Relations");
        await AddMemberAsync(page, id, "Wang Dongming", "Host", "Host", "Vice-Minister");
        await page.GotoAsync(engagementUrl);
        var detail = await page.Locator("main").InnerTextAsync();
        detail.ShouldContain("Nguyen Van Thanh");
        detail.ShouldContain("Wang Dongming");

        // A three-day itinerary in two cities.
        await AddSlotAsync(page, id, today, "09:00", "11:00", "Talks", "Talks between the two parties", "两党会谈", "Beijing", "北京");
        await AddSlotAsync(page, id, today.AddDays(1), "10:00", "12:00", "SiteVisit", "Visit to a science park", "参观科技园", "Beijing", "北京");
        await AddSlotAsync(page, id, today.AddDays(1), "15:00", "17:30", "Travel", "High-speed train to Shanghai", "乘高铁赴上海", "Shanghai", "上海");
        await AddSlotAsync(page, id, today.AddDays(2), "09:30", "11:30", "Meeting", "Meeting with the city's party committee", "会见市委负责人", "Shanghai", "上海");

        // A viewer of the same desk sees the visit but cannot approve it, on the page or through the API.
        var viewerPage = await session.NewPageAsync();
        await BrowserSession.SignInAsync(viewerPage, viewer.Email, viewer.Password);
        await viewerPage.GotoAsync(engagementUrl);
        (await viewerPage.Locator("main").InnerTextAsync()).ShouldContain(Title);
        (await viewerPage.Locator("[data-step=Approved]").CountAsync()).ShouldBe(0);
        var version = await VersionAsync(viewer.Client, id);
        var refused = await viewer.Client.PostAsJsonAsync($"/api/v1/engagements/{id}/transitions", new { to = "Approved", version });
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await page.Locator("[data-step=Approved]").CountAsync()).ShouldBe(0);

        // A leader approves it.
        var leaderPage = await session.NewPageAsync();
        await BrowserSession.SignInAsync(leaderPage, leader.Email, leader.Password);
        await leaderPage.GotoAsync(engagementUrl);
        await leaderPage.Locator("#move-note").FillAsync("Approved at the department meeting");
        await leaderPage.Locator("[data-step=Approved]").ClickAsync();
        await BrowserSession.WaitForUrlAsync(leaderPage, url => url.Contains(engagementUrl, StringComparison.Ordinal));
        (await leaderPage.Locator("main").InnerTextAsync()).ShouldContain("Approved at the department meeting");

        // The itinerary printed in Chinese.
        await page.GotoAsync($"/engagements/{id}/itinerary/print?lang=zh-Hans");
        var printed = await page.Locator("body").InnerTextAsync();
        printed.ShouldContain(TitleZh);
        printed.ShouldContain("两党会谈");
        printed.ShouldContain("上海");
        printed.ShouldContain("阮文清");
        await BrowserSession.ScreenshotAsync(page, "engagement-itinerary-print-zh");

        // Confirmed, under way; a signed MoU and two commitments; completed.
        await StepAsync(page, engagementUrl, "Confirmed");
        await StepAsync(page, engagementUrl, "UnderWay");
        await page.GotoAsync($"/engagements/{id}/outcomes?kind=Agreement");
        await page.Locator("#Input_OrganizationId").SelectOptionAsync(seed.PartyId.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Input_Title").FillAsync("MoU on cadre exchanges 2027–2029");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await AddCommitmentAsync(page, id, "Send a study group on rural governance", today.AddDays(60));
        await AddCommitmentAsync(page, id, "Host the next theory seminar in Hanoi", today.AddDays(200));
        await StepAsync(page, engagementUrl, "Completed");
        await page.GotoAsync(engagementUrl);
        var completed = await page.Locator("main").InnerTextAsync();
        completed.ShouldContain("MoU on cadre exchanges 2027–2029");
        completed.ShouldContain("Send a study group on rural governance");
        await BrowserSession.ScreenshotAsync(page, "engagement-completed");

        // The party's ledger, the head's timeline, the statistics and the calendar all show it.
        await page.GotoAsync($"/organizations/{seed.PartyId}");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("MoU on cadre exchanges 2027–2029");
        await page.GotoAsync($"/people/{seed.HeadId}");
        (await page.Locator("main").InnerTextAsync()).ShouldContain(Title);
        await page.GotoAsync($"/statistics?from={today.Year}&to={today.Year}");
        var statistics = await page.Locator("main").InnerTextAsync();
        statistics.ShouldContain("1 delegation");
        await BrowserSession.ScreenshotAsync(page, "engagement-statistics");
        await page.GotoAsync($"/engagements/calendar?view=month&date={Iso(today)}");
        (await page.Locator("main").InnerTextAsync()).ShouldContain(Title);
        var tasks = await officer.Client.GetStringAsync("/api/v1/tasks?view=mine");
        tasks.ShouldContain("Host the next theory seminar in Hanoi");
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task PickAsync(IPage page, int index, string text)
    {
        var picker = page.Locator("[data-picker] input[type=search]").Nth(index);
        await picker.PressSequentiallyAsync(text, new() { Delay = 20 });
        var option = page.Locator("[data-picker]").Nth(index).Locator("[role=option]").First;
        await option.WaitForAsync();
        await option.ClickAsync();
    }

    private static async Task AddMemberAsync(IPage page, int id, string name, string side, string role, string title)
    {
        await page.GotoAsync($"/engagements/{id}/members");
        await PickAsync(page, 0, name);
        await page.Locator("#Input_Side").SelectOptionAsync(side);
        await page.Locator("#Input_Role").SelectOptionAsync(role);
        await page.Locator("#Input_Title").FillAsync(title);
        // Waiting for the load state after the click raced the post's navigation (a CI run timed out on it): wait for the
        // post's answer, set up before the click, then for the list (retried until it shows the member).
        var posted = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.Contains("/members", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await posted;
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(name, new() { Timeout = 30_000 });
    }

    private static async Task AddSlotAsync(
        IPage page, int id, DateOnly day, string start, string end, string activity, string title, string titleZh, string city, string cityZh)
    {
        await page.GotoAsync($"/engagements/{id}/itinerary");
        if (await page.Locator("#add-slot[open]").CountAsync() == 0)
        {
            await page.Locator("#add-slot summary").ClickAsync();
        }

        await page.Locator("#slot-new-day").SelectOptionAsync(Iso(day));
        await page.Locator("#slot-new-start").FillAsync(start);
        await page.Locator("#slot-new-end").FillAsync(end);
        await page.Locator("#slot-new-activity").SelectOptionAsync(activity);
        await page.Locator("#slot-new-title").FillAsync(title);
        await page.Locator("#slot-new-title-zh").FillAsync(titleZh);
        await page.Locator("#slot-new-city").FillAsync(city);
        await page.Locator("#slot-new-city-zh").FillAsync(cityZh);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add slot" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        (await page.Locator("main").InnerTextAsync()).ShouldContain(title);
    }

    private static async Task AddCommitmentAsync(IPage page, int id, string title, DateOnly due)
    {
        await page.GotoAsync($"/engagements/{id}/outcomes?kind=Commitment");
        await page.Locator("#Input_Title").FillAsync(title);
        await page.Locator("#Input_DueOn").FillAsync(Iso(due));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        (await page.Locator("main").InnerTextAsync()).ShouldContain(title);
    }

    private static async Task StepAsync(IPage page, string engagementUrl, string step)
    {
        await page.GotoAsync(engagementUrl);
        await page.Locator($"[data-step={step}]").ClickAsync();
        await page.WaitForLoadStateAsync();
        (await page.Locator($"[data-step={step}]").CountAsync()).ShouldBe(0);
    }

    private static async Task<int> VersionAsync(HttpClient client, int id)
    {
        var engagement = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/engagements/{id}");
        return engagement.GetProperty("version").GetInt32();
    }
}
