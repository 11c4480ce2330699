using System.Net;
using Liaison.Data;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using Liaison.Tests.Touchpoints;
using Microsoft.EntityFrameworkCore;
using static Liaison.Tests.Engagements.EngagementCoreFixture;

namespace Liaison.Tests.Engagements;

public sealed class EngagementPageTests
{
    private static async Task<(TestUser User, PageClient Pages)> SignInAsync(TestApp app, string role, string desk = TestDirectory.WesternEuropeDesk)
    {
        var user = await app.CreateUserAsync(role, [desk]);
        var pages = new PageClient(app);
        await pages.SignInAsync(user.Email, user.Password);
        return (user, pages);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_visit_is_proposed_staffed_and_approved_through_the_pages(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var (officer, pages) = await SignInAsync(app, Roles.ProtocolOfficer);
        using var disposePages = pages;

        var (response, form) = await pages.GetAsync("/engagements/new");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var posted = await pages.SubmitAsync(form, "form[data-engagement-form]", new Dictionary<string, string>
        {
            ["Input.Kind"] = "InboundVisit",
            ["Input.Title"] = "Greens study visit",
            ["Input.TitleZh"] = "绿党考察访问",
            ["Input.StartsOn"] = Iso(Clock.Today.AddDays(-1)),
            ["Input.EndsOn"] = Iso(Clock.Today),
            ["Input.OrganizationIds"] = data.Dir.Greens.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Purpose"] = "Learn about **climate policy**.",
        }, "/engagements/new");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        var url = posted.Headers.Location!.OriginalString;
        var id = int.Parse(url.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        var (_, detail) = await pages.GetAsync(url);
        SignedIn.Text(detail.QuerySelector("h1")).ShouldBe("Greens study visit");
        SignedIn.Text(detail.QuerySelector("[data-title-zh]")).ShouldBe("绿党考察访问");
        detail.QuerySelector("[data-purpose] strong")!.TextContent.ShouldBe("climate policy");
        detail.QuerySelector($"a[href='/organizations/{data.Dir.Greens}']").ShouldNotBeNull();
        detail.QuerySelector("a[href='/countries/DEU']").ShouldNotBeNull();
        // A protocol officer organizes but cannot approve.
        detail.QuerySelectorAll("[data-move-form] button[data-step]").Select(b => b.GetAttribute("data-step")).ShouldBe(["Cancelled", "Postponed"]);

        // Members: add the head, refuse the same person twice with a clear message.
        var (_, membersPage) = await pages.GetAsync($"/engagements/{id}/members");
        var add = await pages.SubmitAsync(membersPage, "form[data-member-form]", new Dictionary<string, string>
        {
            ["Input.PersonId"] = data.German.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Side"] = "Delegation",
            ["Input.Role"] = "Head",
            ["Input.Title"] = "Head of delegation",
        }, $"/engagements/{id}/members");
        add.StatusCode.ShouldBe(HttpStatusCode.Redirect, await add.Content.ReadAsStringAsync());
        var again = await pages.SubmitAsync(membersPage, "form[data-member-form]", new Dictionary<string, string>
        {
            ["Input.PersonId"] = data.German.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Side"] = "Host",
            ["Input.Role"] = "Host",
        }, $"/engagements/{id}/members");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("This person is already taking part in this engagement.");

        (_, detail) = await pages.GetAsync(url);
        detail.QuerySelector("table[data-members=Delegation]")!.TextContent.ShouldContain("Anna Schmidt");
        SignedIn.Text(detail.QuerySelector("[data-count=Delegation]")).ShouldBe("1");

        // The leader sees Approve and approves with a note; the history says who and when.
        var (_, leaderPages) = await SignInAsync(app, Roles.Leader);
        using var disposeLeader = leaderPages;
        var (_, leaderView) = await leaderPages.GetAsync(url);
        leaderView.QuerySelector("button[data-step=Approved]").ShouldNotBeNull();
        var approve = await leaderPages.SubmitAsync(leaderView, "form[data-move-form]", new Dictionary<string, string> { ["to"] = "Approved", ["note"] = "Go ahead" }, url);
        approve.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, detail) = await pages.GetAsync(url);
        var history = SignedIn.Text(detail.QuerySelector("[data-transitions]"));
        history.ShouldContain("Proposed → Approved");
        history.ShouldContain("Leader user");
        history.ShouldContain("Go ahead");
        detail.QuerySelector("[data-approved]").ShouldNotBeNull();

        // A stale step (the version the page showed before approval) changes nothing.
        var oldVersion = leaderView.QuerySelector("[data-move-form] input[name=version]")!.GetAttribute("value")!;
        (_, leaderView) = await leaderPages.GetAsync(url);
        var stale = await leaderPages.SubmitAsync(leaderView, "form[data-move-form]", new Dictionary<string, string> { ["to"] = "Cancelled", ["version"] = oldVersion }, url);
        stale.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(d => d.Engagements.AsNoTracking().Where(e => e.Id == id).Select(e => e.Status).SingleAsync()))
            .ShouldBe(Liaison.Features.Engagements.EngagementStatus.Approved);

        // The list shows it with its counts; a viewer sees no lifecycle buttons and no "New engagement".
        var (_, list) = await pages.GetAsync($"/engagements?organizationId={data.Dir.Greens}");
        SignedIn.Text(list.QuerySelector($"tr[data-engagement='{id}'] [data-counts]")).ShouldBe("1 / 0");
        list.QuerySelector("a[href='/engagements/new']").ShouldNotBeNull();
        var (_, viewerPages) = await SignInAsync(app, Roles.Viewer);
        using var disposeViewer = viewerPages;
        var (_, viewerView) = await viewerPages.GetAsync(url);
        viewerView.QuerySelector("[data-move-form]").ShouldBeNull();
        viewerView.QuerySelector($"a[href='/engagements/{id}/edit']").ShouldBeNull();
        (await viewerPages.GetAsync($"/engagements/{id}/edit")).Response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var (_, viewerList) = await viewerPages.GetAsync("/engagements");
        viewerList.QuerySelector("a[href='/engagements/new']").ShouldBeNull();

        // Another desk: not found.
        var (_, asianPages) = await SignInAsync(app, Roles.ProtocolOfficer, TestDirectory.SoutheastAsiaDesk);
        using var disposeAsian = asianPages;
        (await asianPages.GetAsync(url)).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await asianPages.GetAsync($"/engagements/{id}/members")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_Chinese_pages_show_translated_labels_and_Chinese_titles(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var (officer, pages) = await SignInAsync(app, Roles.Leader);
        using var disposePages = pages;
        var id = await SpdVisitAsync(officer.Client, data);

        var (_, list) = await pages.GetAsync("/engagements?culture=zh-Hans");
        SignedIn.Text(list.QuerySelector("h1")).ShouldBe("外事活动");
        list.QuerySelector($"a[href='/engagements/{id}']")!.TextContent.ShouldBe("德国社民党代表团访华");
        list.Body!.TextContent.ShouldContain("新建外事活动");

        var (_, detail) = await pages.GetAsync($"/engagements/{id}?culture=zh-Hans");
        SignedIn.Text(detail.QuerySelector("button[data-step=Approved]")).ShouldBe("批准");
        detail.Body!.TextContent.ShouldContain("主要国家");
        detail.Body.TextContent.ShouldContain("已提议");
        var (_, form) = await pages.GetAsync($"/engagements/{id}/edit?culture=zh-Hans");
        form.Body!.TextContent.ShouldContain("中文标题");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Hostile_titles_round_trip_and_render_as_text(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var (officer, pages) = await SignInAsync(app, Roles.DeskOfficer);
        using var disposePages = pages;
        var hostile = SharedData.HostileStrings()
            .Where(s => !s.Contains('\0', StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(s) && s.Length <= 200)
            .Where(s => s.Contains('<', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) || s.Contains("script", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal).Take(20).ToList();
        hostile.Add("<script>alert('engagement')</script>");
        hostile.Add("[click](javascript:alert(1)) <img src=x onerror=alert(1)>");

        var failures = new List<string>();
        foreach (var text in hostile)
        {
            var id = await SpdVisitAsync(officer.Client, data, title: text);
            var stored = await GetAsync(officer.Client, id);
            if (stored.GetProperty("title").GetString() != text)
            {
                failures.Add($"API changed {text}");
            }

            var (response, page) = await pages.GetAsync($"/engagements/{id}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            failures.AddRange(SignedIn.InjectedMarkup(page).Select(m => $"detail ({text}): {m}"));
            if (SignedIn.Text(page.QuerySelector("h1")) != SignedIn.AsParsed(text))
            {
                failures.Add($"heading lacks {text}");
            }
        }

        var (_, list) = await pages.GetAsync("/engagements");
        failures.AddRange(SignedIn.InjectedMarkup(list).Select(m => $"list: {m}"));
        failures.ShouldBeEmpty();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_completed_engagements_touchpoint_links_back_and_is_read_only(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var (officer, pages) = await SignInAsync(app, Roles.DeskOfficer);
        using var disposePages = pages;
        var leader = await app.CreateUserAsync(Roles.Leader, [TestDirectory.WesternEuropeDesk]);
        var id = await SpdVisitAsync(officer.Client, data);
        await AddMemberAsync(officer.Client, id, data.German);
        await CompleteAsync(officer.Client, leader.Client, id);
        var touchpointId = await app.WithDbAsync(d => d.Touchpoints.AsNoTracking().Where(t => t.EngagementId == id).Select(t => t.Id).SingleAsync());

        var (_, touchpoint) = await pages.GetAsync($"/touchpoints/{touchpointId}");
        touchpoint.QuerySelector($"[data-engagement-link] a[href='/engagements/{id}']").ShouldNotBeNull();
        touchpoint.QuerySelector($"a[href='/touchpoints/{touchpointId}/edit']").ShouldBeNull();
        var (response, edit) = await pages.GetAsync($"/touchpoints/{touchpointId}/edit");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        edit.QuerySelector("[data-kept-by-engagement]").ShouldNotBeNull();
        edit.QuerySelector("form[data-touchpoint-form]").ShouldBeNull();

        var (_, detail) = await pages.GetAsync($"/engagements/{id}");
        detail.QuerySelector("[data-move-form]").ShouldBeNull();
        detail.QuerySelector("[data-delete-form]").ShouldBeNull();
        SignedIn.Text(detail.QuerySelector("[data-transitions]")).ShouldContain("Under way → Completed");
    }
}
