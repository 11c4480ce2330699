using System.Net;
using AngleSharp.Html.Dom;
using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Touchpoints;

public sealed class TouchpointPageTests
{
    private static async Task<(TestUser User, PageClient Pages)> SignInAsync(TestApp app, string role, string desk, Classification clearance = Classification.Internal)
    {
        var user = await app.CreateUserAsync(role, [desk], clearance);
        var pages = new PageClient(app);
        await pages.SignInAsync(user.Email, user.Password);
        return (user, pages);
    }

    private static int IdFromLocation(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_WeChat_conversation_is_logged_from_the_quick_form_with_a_task(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var (user, pages) = await SignInAsync(app, Roles.DeskOfficer, TestDirectory.WesternEuropeDesk);
        using var _ = pages;

        var (response, form) = await pages.GetAsync($"/touchpoints/new?personId={data.German}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // The person's chip is already there, and the date is today.
        form.QuerySelector($"input[type=hidden][name='Input.PersonIds'][value='{data.German}']").ShouldNotBeNull();
        form.QuerySelector(".record-picker-chip")!.TextContent.ShouldContain("Anna Schmidt");
        ((IHtmlInputElement)form.QuerySelector("input[name='Input.On']")!).Value.ShouldBe(Clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        form.QuerySelectorAll("#touchpoint-media option").Select(o => o.GetAttribute("value")).ShouldContain("WeChat");

        var due = Clock.Today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var posted = await pages.SubmitAsync(form, "form[data-touchpoint-form]", new Dictionary<string, string>
        {
            ["Input.Channel"] = "Message",
            ["Input.Medium"] = "WeChat",
            ["Input.Subject"] = "WeChat chat about the party congress",
            ["Input.Summary"] = "Anna asked for **our** position paper.",
            ["Input.FollowUp"] = "Send the position paper\nin German",
            ["Input.Task.DueOn"] = due,
        }, $"/touchpoints/new?personId={data.German}");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        var id = IdFromLocation(posted);

        var (_, detail) = await pages.GetAsync($"/touchpoints/{id}");
        SignedIn.Text(detail.QuerySelector("h1")).ShouldBe("WeChat chat about the party congress");
        detail.Body!.TextContent.ShouldContain("WeChat");
        detail.QuerySelector("[data-summary] strong")!.TextContent.ShouldBe("our");
        detail.Body.TextContent.ShouldContain("Send the position paper");
        detail.QuerySelector($"a[href='/people/{data.German}']").ShouldNotBeNull();

        var task = await app.WithDbAsync(d => d.Tasks.AsNoTracking().SingleAsync(t => t.TouchpointId == id));
        task.OwnerId.ShouldBe(user.Id);
        task.Title.ShouldBe("Send the position paper");
        task.PersonId.ShouldBe(data.German);
        (await TouchpointPeople.LastTouchpointOfPersonAsync(app, data.German)).ShouldBe(Clock.Today);
        var stored = await app.WithDbAsync(d => d.Touchpoints.AsNoTracking().Include(t => t.Participants).SingleAsync(t => t.Id == id));
        stored.Channel.ShouldBe(Liaison.Features.Touchpoints.TouchpointChannel.Message);
        stored.Medium.ShouldBe("WeChat");
        stored.Participants.Select(p => p.UserId).ShouldBe([user.Id]);

        // The list shows it, newest first, filtered by person.
        var (_, list) = await pages.GetAsync($"/touchpoints?personId={data.German}");
        list.QuerySelector($"a[href='/touchpoints/{id}']").ShouldNotBeNull();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Hostile_subjects_and_summaries_render_as_text(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var (user, pages) = await SignInAsync(app, Roles.DeskOfficer, TestDirectory.WesternEuropeDesk);
        using var _ = pages;
        var hostile = SharedData.HostileStrings()
            .Where(s => !s.Contains('\0', StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(s) && s.Length <= 200)
            .Where(s => s.Contains('<', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) || s.Contains("script", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal).Take(25).ToList();
        hostile.Add("<script>alert('tp')</script>");
        hostile.Add("[click](javascript:alert(1)) <img src=x onerror=alert(1)>");

        var failures = new List<string>();
        foreach (var text in hostile)
        {
            var created = await user.Client.PostJsonAsync("/api/v1/touchpoints", new
            {
                channel = "Meeting",
                subject = text,
                summary = text,
                followUp = text,
                personIds = new[] { data.German },
                organizationIds = new[] { data.Dir.Spd },
            });
            created.StatusCode.ShouldBe(HttpStatusCode.Created, text);
            var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();
            var (response, page) = await pages.GetAsync($"/touchpoints/{id}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            failures.AddRange(SignedIn.InjectedMarkup(page).Select(m => $"detail ({text}): {m}"));
            if (SignedIn.Text(page.QuerySelector("h1")) != SignedIn.AsParsed(text))
            {
                failures.Add($"heading lacks {text}");
            }
        }

        foreach (var url in new[] { "/touchpoints", $"/organizations/{data.Dir.Spd}", $"/touchpoints/new?personId={data.German}" })
        {
            var (response, page) = await pages.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            failures.AddRange(SignedIn.InjectedMarkup(page).Select(m => $"{url}: {m}"));
        }

        failures.ShouldBeEmpty();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_organization_timeline_filters_by_kind_and_hides_other_desks_touchpoints(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        // The SPD is Public: every desk sees the party, only its desk sees our touchpoints with it.
        await app.WithDbAsync(async d =>
        {
            var spd = await d.Organizations.SingleAsync(o => o.Id == data.Dir.Spd);
            spd.Classification = Classification.Public;
            d.Positions.Add(new Liaison.Features.People.Position { PersonId = data.German, OrganizationId = data.Dir.Spd, Title = "Party vice-chair", From = new DateOnly(2022, 2, 2) });
            await d.SaveChangesAsync();
        });
        var (western, westernPages) = await SignInAsync(app, Roles.DeskOfficer, TestDirectory.WesternEuropeDesk);
        var (_, asianPages) = await SignInAsync(app, Roles.DeskOfficer, TestDirectory.SoutheastAsiaDesk);
        var (_, viewerPages) = await SignInAsync(app, Roles.Viewer, TestDirectory.WesternEuropeDesk);
        using var w = westernPages;
        using var a = asianPages;
        using var v = viewerPages;
        var created = await western.Client.PostJsonAsync("/api/v1/touchpoints", new { on = "2024-04-04", channel = "Reception", subject = "Embassy reception with the SPD", organizationIds = new[] { data.Dir.Spd } });
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();

        var (_, own) = await westernPages.GetAsync($"/organizations/{data.Dir.Spd}");
        var timeline = own.QuerySelector("[data-timeline]")!;
        var kinds = timeline.QuerySelectorAll("li[data-kind]").Select(li => li.GetAttribute("data-kind")).ToList();
        kinds.ShouldContain("Touchpoint");
        kinds.ShouldContain("PositionStarted");
        kinds.ShouldContain("StandingChanged");
        timeline.QuerySelector($"a[href='/touchpoints/{id}']").ShouldNotBeNull();
        timeline.QuerySelector($"a[data-log-touchpoint][href='/touchpoints/new?organizationId={data.Dir.Spd}']").ShouldNotBeNull();
        // Dates descend.
        var dates = timeline.QuerySelectorAll("li[data-kind] .font-monospace").Select(s => s.TextContent).ToList();
        dates.ShouldBe(dates.OrderDescending(StringComparer.Ordinal).ToList());

        var (_, onlyTouchpoints) = await westernPages.GetAsync($"/organizations/{data.Dir.Spd}?tl=touchpoints");
        onlyTouchpoints.QuerySelectorAll("[data-timeline] li[data-kind]").Select(li => li.GetAttribute("data-kind")).Distinct().ShouldBe(["Touchpoint"]);
        var (_, onlyPositions) = await westernPages.GetAsync($"/organizations/{data.Dir.Spd}?tl=positions");
        onlyPositions.QuerySelectorAll("[data-timeline] li[data-kind]").Select(li => li.GetAttribute("data-kind")).Distinct().ShouldBe(["PositionStarted"]);

        var (response, other) = await asianPages.GetAsync($"/organizations/{data.Dir.Spd}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        other.QuerySelectorAll("[data-timeline] li[data-kind='Touchpoint']").Length.ShouldBe(0);
        other.Body!.TextContent.ShouldNotContain("Embassy reception");
        other.QuerySelector("a[data-log-touchpoint]").ShouldBeNull();
        (await asianPages.GetAsync($"/touchpoints/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await asianPages.GetAsync($"/touchpoints/{id}/edit")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await asianPages.GetAsync("/touchpoints")).Document.Body!.TextContent.ShouldNotContain("Embassy reception");

        // A viewer of the desk reads the touchpoint but is offered no way to log or change one.
        var (_, viewed) = await viewerPages.GetAsync($"/organizations/{data.Dir.Spd}");
        viewed.QuerySelector($"[data-timeline] a[href='/touchpoints/{id}']").ShouldNotBeNull();
        viewed.QuerySelector("a[data-log-touchpoint]").ShouldBeNull();
        var (viewerDetail, viewerPage) = await viewerPages.GetAsync($"/touchpoints/{id}");
        viewerDetail.StatusCode.ShouldBe(HttpStatusCode.OK);
        viewerPage.QuerySelector("form[data-delete-form]").ShouldBeNull();
        var denied = await viewerPages.Http.GetAsync("/touchpoints/new");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.OriginalString.ShouldContain("/account/denied");

        // The country page shows the country's touchpoints to its desk.
        var (_, country) = await westernPages.GetAsync("/countries/DEU");
        country.QuerySelector($"[data-timeline] a[href='/touchpoints/{id}']").ShouldNotBeNull();
        var (_, countryElsewhere) = await asianPages.GetAsync("/countries/DEU");
        countryElsewhere.QuerySelectorAll("[data-timeline] li[data-kind]").Length.ShouldBe(0);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_stale_page_edit_shows_the_conflict_table_and_delete_asks_first(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var (user, first) = await SignInAsync(app, Roles.DeskOfficer, TestDirectory.WesternEuropeDesk);
        var (_, second) = await SignInAsync(app, Roles.ProtocolOfficer, TestDirectory.WesternEuropeDesk);
        using var f = first;
        using var s = second;
        var created = await user.Client.PostJsonAsync("/api/v1/touchpoints", new { on = "2024-05-05", channel = "Call", subject = "Call about the visit", personIds = new[] { data.German } });
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();

        var (_, firstForm) = await first.GetAsync($"/touchpoints/{id}/edit");
        var (_, secondForm) = await second.GetAsync($"/touchpoints/{id}/edit");
        firstForm.QuerySelector($"input[type=hidden][name='Input.PersonIds'][value='{data.German}']").ShouldNotBeNull();
        (await first.SubmitAsync(firstForm, "form[data-touchpoint-form]", new Dictionary<string, string> { ["Input.Subject"] = "Call about the autumn visit" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await second.SubmitAsync(secondForm, "form[data-touchpoint-form]", new Dictionary<string, string> { ["Input.Subject"] = "Call about the spring visit" });
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await stale.Content.ReadAsStringAsync();
        html.ShouldContain("Someone else changed this touchpoint after you opened it");
        html.ShouldContain("Call about the autumn visit");
        (await app.WithDbAsync(d => d.Touchpoints.AsNoTracking().Where(t => t.Id == id).Select(t => t.Subject).SingleAsync())).ShouldBe("Call about the autumn visit");

        var (_, detail) = await first.GetAsync($"/touchpoints/{id}");
        var deleted = await first.SubmitAsync(detail, "form[data-delete-form]", new Dictionary<string, string>());
        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        deleted.Headers.Location!.OriginalString.ShouldBe("/touchpoints");
        (await first.GetAsync($"/touchpoints/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TouchpointPeople.LastTouchpointOfPersonAsync(app, data.German)).ShouldBeNull();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_pages_speak_Chinese(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var (_, pages) = await SignInAsync(app, Roles.DeskOfficer, TestDirectory.WesternEuropeDesk);
        using var _ = pages;
        pages.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");
        var (_, form) = await pages.GetAsync($"/touchpoints/new?personId={data.German}");
        SignedIn.Text(form.QuerySelector("h1")).ShouldBe("记录联络");
        var (_, org) = await pages.GetAsync($"/organizations/{data.Dir.Spd}");
        SignedIn.Text(org.QuerySelector("#timeline-heading")).ShouldBe("时间线");
    }
}
