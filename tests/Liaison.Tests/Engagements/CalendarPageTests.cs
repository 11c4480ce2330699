using System.Net;
using Liaison.Features.Engagements;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using static Liaison.Tests.Engagements.StatisticsFixture;

namespace Liaison.Tests.Engagements;

/// <summary>The calendar pages: month grid, week and list, filters and desks, in English and Chinese.</summary>
public sealed class CalendarPageTests
{
    private sealed record May(int Berlin, int Hanoi, int Cancelled, int Paris);

    // May 2025 starts on a Thursday: the grid runs from Monday 28 April to Sunday 1 June.
    private static async Task<May> SeedMayAsync(TestApp app)
    {
        await TestDirectory.SeedAsync(app);
        var ids = await InsertAsync(app,
        [
            new("Berlin", EngagementKind.InboundVisit, EngagementStatus.Confirmed, "2025-05-14", 3, "DEU", ["DEU"], [], 2, TitleZh: "柏林代表团来访"),
            new("Hanoi", EngagementKind.OutboundVisit, EngagementStatus.Approved, "2025-05-14", 2, "VNM", ["VNM"], [], 3),
            new("Cancelled", EngagementKind.Reception, EngagementStatus.Cancelled, "2025-05-20", 1, "DEU", ["DEU"], [], 0),
            new("Paris", EngagementKind.TheoreticalSeminar, EngagementStatus.Proposed, "2025-06-03", 1, "FRA", ["FRA"], [], 0),
        ]);
        return new May(ids["Berlin"], ids["Hanoi"], ids["Cancelled"], ids["Paris"]);
    }

    private static IReadOnlyList<int> EntriesOn(AngleSharp.Html.Dom.IHtmlDocument page, string day) =>
        [.. page.QuerySelectorAll($"td[data-day='{day}'] a[data-engagement]").Select(a => int.Parse(a.GetAttribute("data-engagement")!, System.Globalization.CultureInfo.InvariantCulture))];

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_month_shows_an_engagement_on_each_of_its_days_and_not_another_desks(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var may = await SeedMayAsync(app);
        using var western = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        var (response, page) = await western.GetAsync("/engagements/calendar?view=month&date=2025-05-09");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        SignedIn.Text(page.QuerySelector("#calendar-title")).ShouldBe("May 2025");
        var days = page.QuerySelectorAll("td[data-day]").Select(td => td.GetAttribute("data-day")).ToList();
        days.First().ShouldBe("2025-04-28");
        days.Last().ShouldBe("2025-06-01");
        days.Count.ShouldBe(35);
        page.QuerySelectorAll("#calendar-grid thead th").Select(th => SignedIn.Text(th).Trim()).First().ShouldBe("Mon");

        EntriesOn(page, "2025-05-13").ShouldBeEmpty();
        EntriesOn(page, "2025-05-14").ShouldBe([may.Berlin], "the Hanoi trip belongs to another desk");
        EntriesOn(page, "2025-05-16").ShouldBe([may.Berlin], "a three-day visit shows on each day");
        EntriesOn(page, "2025-05-17").ShouldBeEmpty();
        EntriesOn(page, "2025-05-20").ShouldBeEmpty("cancelled engagements are hidden by default");
        var entry = page.QuerySelector($"td[data-day='2025-05-14'] a[data-engagement='{may.Berlin}']")!;
        entry.GetAttribute("href").ShouldBe($"/engagements/{may.Berlin}");
        entry.ClassList.ShouldContain("cal-status-confirmed");
        SignedIn.Text(entry).ShouldContain("Inbound");
        page.Body!.InnerHtml.ShouldNotContain("Hanoi");

        // Status "all" shows the cancelled one; a kind filter keeps only that kind and survives prev/next.
        (_, page) = await western.GetAsync("/engagements/calendar?view=month&date=2025-05-09&status=all");
        EntriesOn(page, "2025-05-20").ShouldBe([may.Cancelled]);
        (_, page) = await western.GetAsync("/engagements/calendar?view=month&date=2025-05-09&kind=Reception&status=all");
        EntriesOn(page, "2025-05-14").ShouldBeEmpty();
        EntriesOn(page, "2025-05-20").ShouldBe([may.Cancelled]);
        page.QuerySelector("a[rel='next']")!.GetAttribute("href").ShouldBe("/engagements/calendar?view=month&date=2025-06-09&kind=Reception&status=all");
        page.QuerySelector("a[rel='prev']")!.GetAttribute("href").ShouldBe("/engagements/calendar?view=month&date=2025-04-09&kind=Reception&status=all");

        // The Southeast Asia officer sees their trip, not the Berlin visit; leaders see both.
        using var southeast = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        (_, page) = await southeast.GetAsync("/engagements/calendar?date=2025-05-01");
        EntriesOn(page, "2025-05-14").ShouldBe([may.Hanoi]);
        using var leader = await SignedIn.AsAsync(app, Roles.Leader);
        (_, page) = await leader.GetAsync("/engagements/calendar?date=2025-05-01");
        EntriesOn(page, "2025-05-14").Order().ShouldBe(new[] { may.Berlin, may.Hanoi }.Order());
        page.QuerySelector($"a[data-engagement='{may.Hanoi}']")!.ClassList.ShouldContain("cal-status-approved");
        EntriesOn(page, "2025-06-01").ShouldBeEmpty();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Week_and_list_views_and_the_Chinese_calendar(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var may = await SeedMayAsync(app);
        using var leader = await SignedIn.AsAsync(app, Roles.Leader);

        var (response, week) = await leader.GetAsync("/engagements/calendar?view=week&date=2025-05-15");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        week.QuerySelectorAll("td[data-day]").Select(td => td.GetAttribute("data-day")).ShouldBe(
            ["2025-05-12", "2025-05-13", "2025-05-14", "2025-05-15", "2025-05-16", "2025-05-17", "2025-05-18"]);
        EntriesOn(week, "2025-05-15").ShouldBe([may.Berlin, may.Hanoi]);
        EntriesOn(week, "2025-05-16").ShouldBe([may.Berlin]);
        week.QuerySelector("a[rel='next']")!.GetAttribute("href").ShouldBe("/engagements/calendar?view=week&date=2025-05-22");

        var (_, list) = await leader.GetAsync("/engagements/calendar?view=list&date=2025-05-15");
        var listed = list.QuerySelectorAll("#calendar-list a[data-engagement]").Select(a => a.GetAttribute("href")).ToList();
        // Chronological from the date: the Berlin visit still runs on the 15th; the cancelled reception is hidden.
        listed.ShouldBe([$"/engagements/{may.Berlin}", $"/engagements/{may.Hanoi}", $"/engagements/{may.Paris}"]);
        (_, list) = await leader.GetAsync("/engagements/calendar?view=list&date=2025-05-17");
        list.QuerySelectorAll("#calendar-list a[data-engagement]").Select(a => a.GetAttribute("href")).ShouldBe([$"/engagements/{may.Paris}"]);

        var (_, chinese) = await leader.GetAsync("/engagements/calendar?view=month&date=2025-05-14&culture=zh-Hans");
        SignedIn.Text(chinese.QuerySelector("#calendar-title")).ShouldBe("2025年5月");
        SignedIn.Text(chinese.QuerySelector("h1")).ShouldContain("外事活动日历");
        SignedIn.Text(chinese.QuerySelector("#calendar-grid thead th")).Trim().ShouldBe("周一");
        SignedIn.Text(chinese.QuerySelector($"a[data-engagement='{may.Berlin}']")).ShouldContain("柏林代表团来访");
        chinese.Body!.TextContent.ShouldContain("在日历应用中订阅");
        SignedIn.InjectedMarkup(chinese).ShouldBeEmpty();

        var (bad, invalid) = await leader.GetAsync("/engagements/calendar?date=2025-13-45");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        invalid.QuerySelector("#date")!.ClassList.ShouldContain("is-invalid");
    }
}
