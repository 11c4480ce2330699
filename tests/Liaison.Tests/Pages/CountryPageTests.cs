using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Pages;

public sealed class CountryPageTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_country_page_speaks_Chinese_when_asked(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        using var officer = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        var (response, page) = await officer.GetAsync("/countries/DEU?culture=zh-Hans");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.DocumentElement.GetAttribute("lang").ShouldBe("zh-Hans");
        SignedIn.Text(page.QuerySelector("#orgs-heading")).ShouldBe("政党和组织");
        SignedIn.Text(page.QuerySelector("#upcoming-heading")).ShouldBe("即将举行的选举");
        SignedIn.Text(page.QuerySelector("#gov-heading")).ShouldContain("的执政情况");
        page.QuerySelectorAll("dd").Select(d => d.TextContent.Trim()).ShouldContain("欧洲 / 西欧");
        SignedIn.Text(page.QuerySelector("#election-form")).ShouldContain("添加选举");

        var (_, list) = await officer.GetAsync("/countries?culture=zh-Hans&region=Western%20Europe");
        list.QuerySelectorAll("#region option").Select(o => o.TextContent).ShouldContain("东南亚");
        list.QuerySelector("#region option[selected]")!.TextContent.ShouldBe("西欧");
        list.QuerySelectorAll("table tbody td").Select(t => t.TextContent).ShouldContain("西欧");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Desk_officers_add_and_delete_elections_of_their_countries(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        using var officer = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var (_, page) = await officer.GetAsync("/countries/DEU");

        var refused = await officer.SubmitAsync(page, "#election-form", new Dictionary<string, string> { ["NewElection.Date"] = "", ["NewElection.SeatsTotal"] = "0" });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusedText = await refused.Content.ReadAsStringAsync();
        refusedText.ShouldContain("The election date is required.");
        refusedText.ShouldContain("Seats must be between 1 and 10000.");

        var added = await officer.SubmitAsync(page, "#election-form", new Dictionary<string, string>
        {
            ["NewElection.Kind"] = "Parliamentary",
            ["NewElection.Date"] = "2099-09-28",
            ["NewElection.DateIsTentative"] = "true",
            ["NewElection.SeatsTotal"] = "630",
            ["NewElection.Notes"] = "Snap election possible",
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, page) = await officer.GetAsync("/countries/DEU");
        var upcoming = SignedIn.Text(page.QuerySelector("#elections"));
        upcoming.ShouldContain("2099-09-28");
        upcoming.ShouldContain("Snap election possible");

        (await officer.SubmitAsync(page, "form[action*='handler=DeleteElection']", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(d => d.Elections.CountAsync())).ShouldBe(0);

        // Another desk's officer gets neither the form nor the handler.
        using var asia = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var (_, foreign) = await asia.GetAsync("/countries/DEU");
        foreign.QuerySelector("#election-form").ShouldBeNull();
        var token = foreign.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await asia.SubmitAsync(page, "#election-form", new Dictionary<string, string> { ["NewElection.Date"] = "2099-09-28", ["__RequestVerificationToken"] = token }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_form_post_without_the_antiforgery_token_is_rejected(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        using var officer = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var (_, page) = await officer.GetAsync("/countries/DEU");
        page.QuerySelector("#election-form input[name=__RequestVerificationToken]").ShouldNotBeNull();
        page.QuerySelector("#election-form input[name=__RequestVerificationToken]")!.Remove();

        var response = await officer.SubmitAsync(page, "#election-form", new Dictionary<string, string> { ["NewElection.Date"] = "2099-09-28" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.WithDbAsync(d => d.Elections.CountAsync())).ShouldBe(0);
    }
}
