using System.Net;
using Liaison.Features.Engagements;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using Liaison.Tests.Work;
using static Liaison.Tests.Engagements.StatisticsFixture;
using static Liaison.Tests.Work.WorkFixture;

namespace Liaison.Tests.Engagements;

/// <summary>The engagements feed at the secret calendar address, and the calendar API.</summary>
public sealed class CalendarFeedAndApiTests
{
    private static async Task<Dictionary<string, int>> SeedAroundTodayAsync(TestApp app)
    {
        await TestDirectory.SeedAsync(app);
        var dir = await app.WithDbAsync(d => Task.FromResult(d.Organizations.Single(o => o.Abbreviation == "SPD").Id));
        return await InsertAsync(app,
        [
            new("Visit", EngagementKind.InboundVisit, EngagementStatus.Confirmed, Ymd(Today.AddDays(10)), 3, "DEU", ["DEU"], [dir], 2, Hosts: 1),
            new("Talks", EngagementKind.HighLevelTalks, EngagementStatus.Proposed, Ymd(Today.AddDays(20)), 1, "FRA", ["FRA"], [], 0),
            new("Dropped", EngagementKind.Reception, EngagementStatus.Cancelled, Ymd(Today.AddDays(5)), 1, "DEU", ["DEU"], [], 0),
            new("Hanoi", EngagementKind.OutboundVisit, EngagementStatus.Confirmed, Ymd(Today.AddDays(10)), 2, "VNM", ["VNM"], [], 2),
            new("Old", EngagementKind.InboundVisit, EngagementStatus.Completed, Ymd(Today.AddDays(-200)), 2, "DEU", ["DEU"], [], 1),
            new("Far", EngagementKind.InboundVisit, EngagementStatus.Approved, Ymd(Today.AddDays(400)), 2, "DEU", ["DEU"], [], 1),
        ]);
    }

    private static async Task<List<IcsEvent>> FeedAsync(TestApp app, string path)
    {
        var response = await app.Anonymous().GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        return Ics.Events(await response.Content.ReadAsStringAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_feed_has_the_owners_engagements_as_all_day_events(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var ids = await SeedAroundTodayAsync(app);
        var me = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var secretPath = await CreateFeedAsync(me);
        var path = secretPath[..^".ics".Length] + "/engagements.ics";

        var events = await FeedAsync(app, path);
        events.Select(e => e["UID"]).Order().ShouldBe(
            new[] { ids["Visit"], ids["Talks"], ids["Dropped"] }.Select(id => $"engagement-{id}@liaison").Order(),
            "the other desk's trip, the one 200 days ago and the one 400 days ahead are not in it");

        var visit = events.Single(e => e["UID"] == $"engagement-{ids["Visit"]}@liaison");
        visit["DTSTART;VALUE=DATE"].ShouldBe(IcsDate(Today.AddDays(10)));
        visit["DTEND;VALUE=DATE"].ShouldBe(IcsDate(Today.AddDays(13)), "three days: the end is exclusive");
        Ics.Unescape(visit["SUMMARY"]).ShouldBe($"Visit InboundVisit {Ymd(Today.AddDays(10))} (Inbound delegation visit)");
        Ics.Unescape(visit["LOCATION"]).ShouldBe("Venue of Visit");
        visit["STATUS"].ShouldBe("CONFIRMED");
        visit["URL"].ShouldEndWith($"/engagements/{ids["Visit"]}");
        var description = Ics.Unescape(visit["DESCRIPTION"]);
        description.ShouldContain("Status: Confirmed");
        description.ShouldContain("Counterparts: Social Democratic Party of Germany");
        description.ShouldContain("Delegation: 2 people; our side: 1");
        events.Single(e => e["UID"] == $"engagement-{ids["Talks"]}@liaison")["STATUS"].ShouldBe("TENTATIVE");
        events.Single(e => e["UID"] == $"engagement-{ids["Dropped"]}@liaison")["STATUS"].ShouldBe("CANCELLED");

        (await FeedAsync(app, path + "?kind=HighLevelTalks")).Select(e => e["UID"]).ShouldBe([$"engagement-{ids["Talks"]}@liaison"]);

        // The Southeast Asia officer's own feed has their trip only.
        var other = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var otherPath = (await CreateFeedAsync(other))[..^".ics".Length] + "/engagements.ics";
        (await FeedAsync(app, otherPath)).Select(e => e["UID"]).ShouldBe([$"engagement-{ids["Hanoi"]}@liaison"]);

        // Unknown and revoked secrets find nothing.
        (await app.Anonymous().GetAsync("/calendar/cal_nonsense/engagements.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await me.Client.DeleteAsync("/api/v1/calendar-feed")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.Anonymous().GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_calendar_api_returns_visible_engagements_in_a_bounded_range(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var ids = await SeedAroundTodayAsync(app);
        var me = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        async Task<List<int>> ItemsAsync(string query)
        {
            var response = await me.Client.GetAsync("/api/v1/engagements/calendar?" + query);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return [.. (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];
        }

        var from = Ymd(Today);
        var to = Ymd(Today.AddDays(30));
        (await ItemsAsync($"from={from}&to={to}")).ShouldBe([ids["Visit"], ids["Talks"]]);
        (await ItemsAsync($"from={from}&to={to}&status=all")).ShouldBe([ids["Dropped"], ids["Visit"], ids["Talks"]]);
        (await ItemsAsync($"from={from}&to={to}&status=Proposed,Cancelled")).ShouldBe([ids["Dropped"], ids["Talks"]]);
        (await ItemsAsync($"from={from}&to={to}&kind=InboundVisit")).ShouldBe([ids["Visit"]]);
        // Overlap: a range inside the three-day visit still finds it.
        (await ItemsAsync($"from={Ymd(Today.AddDays(11))}&to={Ymd(Today.AddDays(11))}")).ShouldBe([ids["Visit"]]);
        var first = (await (await me.Client.GetAsync($"/api/v1/engagements/calendar?from={from}&to={to}")).ReadJsonAsync()).GetProperty("items")[0];
        first.GetProperty("kind").GetString().ShouldBe("InboundVisit");
        first.GetProperty("status").GetString().ShouldBe("Confirmed");
        first.GetProperty("countryIso3").GetString().ShouldBe("DEU");

        foreach (var query in new[] { $"from={from}&to={Ymd(Today.AddDays(366))}", $"from={to}&to={from}", "status=Finished" })
        {
            var response = await me.Client.GetAsync("/api/v1/engagements/calendar?" + query);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
            (await response.ReadJsonAsync()).GetProperty("errors").EnumerateObject().ShouldNotBeEmpty();
        }

        (await ItemsAsync($"from={from}&to={Ymd(Today.AddDays(365))}")).ShouldBe([ids["Visit"], ids["Talks"]], "366 days is the most");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_engagement_that_started_months_before_the_range_still_shows_while_it_runs(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var ids = await InsertAsync(app,
        [
            new("Year-long study programme", EngagementKind.StudyTour, EngagementStatus.Confirmed, Ymd(Today.AddDays(-300)), 366, "DEU", ["DEU"], [], 4),
            new("Ended long ago", EngagementKind.StudyTour, EngagementStatus.Completed, Ymd(Today.AddDays(-700)), 366, "DEU", ["DEU"], [], 4),
            new("Visit", EngagementKind.InboundVisit, EngagementStatus.Confirmed, Ymd(Today.AddDays(10)), 3, "DEU", ["DEU"], [], 2),
        ]);
        var me = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        var range = await (await me.Client.GetAsync($"/api/v1/engagements/calendar?from={Ymd(Today)}&to={Ymd(Today.AddDays(30))}")).ReadJsonAsync();
        range.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())
            .ShouldBe([ids["Year-long study programme"], ids["Visit"]], "the programme started 300 days before the range");

        using var page = await SignedIn.AsAsync(app, Roles.Leader);
        var (_, list) = await page.GetAsync($"/engagements/calendar?view=list&date={Ymd(Today)}");
        list.QuerySelectorAll("#calendar-list a[data-engagement]").Select(a => a.GetAttribute("href"))
            .ShouldBe([$"/engagements/{ids["Year-long study programme"]}", $"/engagements/{ids["Visit"]}"]);
    }
}
