using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using static Liaison.Tests.Engagements.LogisticsFixture;

namespace Liaison.Tests.Engagements;

public sealed class LogisticsPageTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Organizers_add_logistics_gifts_and_outcomes_through_the_pages_and_readers_only_read_them(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var id = await EngagementAsync(app, organizationIds: [dir.Spd]);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        using var browser = new PageClient(app);
        await browser.SignInAsync(officer.Email, officer.Password);

        var (response, page) = await browser.GetAsync($"/engagements/{id}/logistics?kind=Arrival");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.SubmitAsync(page, "#logistics-form form", new Dictionary<string, string>
        {
            ["Input.Reference"] = "CA 931 <b>x</b>",
            ["Input.Place"] = "BER",
            ["Input.StartsAt"] = "2025-05-12T14:35",
        }, $"/engagements/{id}/logistics")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, page) = await browser.GetAsync($"/engagements/{id}/logistics");
        SignedIn.Text(page.QuerySelector("[data-logistics-kind='Arrival']")).ShouldContain("CA 931 <b>x</b>");
        SignedIn.Text(page.QuerySelector("[data-logistics-kind='Arrival']")).ShouldContain("2025-05-12 14:35");
        SignedIn.InjectedMarkup(page).ShouldBeEmpty();

        // A stale edit shows the conflict table and keeps the user's input.
        var itemId = page.QuerySelector("[data-logistics-item]")!.GetAttribute("data-logistics-item");
        var (_, edit) = await browser.GetAsync($"/engagements/{id}/logistics?item={itemId}");
        (await browser.SubmitAsync(edit, "#logistics-form form", new Dictionary<string, string> { ["Input.Reference"] = "CA 961" }, $"/engagements/{id}/logistics"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await browser.SubmitAsync(edit, "#logistics-form form", new Dictionary<string, string> { ["Input.Reference"] = "LH 721" }, $"/engagements/{id}/logistics");
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        var staleHtml = await stale.Content.ReadAsStringAsync();
        staleHtml.ShouldContain("data-conflict");
        staleHtml.ShouldContain("LH 721");

        (response, page) = await browser.GetAsync($"/engagements/{id}/gifts?direction=Received");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.SubmitAsync(page, "#gift-form form", new Dictionary<string, string>
        {
            ["Input.Item"] = "Calligraphy scroll",
            ["Input.Value"] = "250.00",
            ["Input.Currency"] = "CNY",
        }, $"/engagements/{id}/gifts")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, page) = await browser.GetAsync($"/engagements/{id}/gifts");
        SignedIn.Text(page.QuerySelector("[data-total='Received-CNY']")).ShouldContain("250.00");

        (response, page) = await browser.GetAsync($"/engagements/{id}/outcomes?kind=Commitment");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.SubmitAsync(page, "#outcome-form form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Send the *minutes*",
            ["Input.DueOn"] = "2025-06-01",
        }, $"/engagements/{id}/outcomes")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, page) = await browser.GetAsync($"/engagements/{id}/outcomes");
        SignedIn.Text(page.QuerySelector("[data-outcome-kind='Commitment']")).ShouldContain("Send the *minutes*");
        page.QuerySelector("[data-outcome-kind='Commitment'] [data-task-status='Open']").ShouldNotBeNull();

        var viewer = await SignedIn.AsAsync(app, Roles.Viewer, [TestDirectory.WesternEuropeDesk]);
        (response, page) = await viewer.GetAsync($"/engagements/{id}/logistics");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#logistics-form").ShouldBeNull();
        SignedIn.Text(page.QuerySelector("[data-logistics-kind='Arrival']")).ShouldContain("CA 961");
        (response, page) = await viewer.GetAsync($"/engagements/{id}/documents");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#upload").ShouldBeNull();
        viewer.Dispose();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_engagement_page_shows_the_logistics_outcomes_and_documents_cards(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var id = await EngagementAsync(app, organizationIds: [dir.Spd]);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        await (await officer.Client.PostJsonAsync($"/api/v1/engagements/{id}/logistics", new { kind = "Arrival", reference = "CA 931", place = "BER", startsAt = "2025-05-12T14:35" })).IdAsync();
        await (await officer.Client.PostJsonAsync($"/api/v1/engagements/{id}/gifts", new { direction = "Given", item = "Vase", value = 120m, currency = "EUR" })).IdAsync();
        await (await officer.Client.PostJsonAsync($"/api/v1/engagements/{id}/outcomes", new { kind = "Commitment", title = "Send the minutes", dueOn = "2025-06-01" })).IdAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 report"u8.ToArray()), "file", "report.pdf" }, { new StringContent("Visit report"), "title" } };
        await (await officer.Client.PostAsync($"/api/v1/engagements/{id}/documents", form)).IdAsync();

        using var browser = new PageClient(app);
        await browser.SignInAsync(officer.Email, officer.Password);
        var (response, page) = await browser.GetAsync($"/engagements/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        SignedIn.Text(page.QuerySelector("[data-section='logistics']")).ShouldContain("CA 931");
        page.QuerySelector("[data-section='logistics'] [data-gift-count='1']").ShouldNotBeNull();
        page.QuerySelector($"[data-section='logistics'] a[href='/engagements/{id}/logistics']").ShouldNotBeNull();
        SignedIn.Text(page.QuerySelector("[data-section='outcomes']")).ShouldContain("Send the minutes");
        SignedIn.Text(page.QuerySelector("[data-section='documents']")).ShouldContain("Visit report");
    }
}
