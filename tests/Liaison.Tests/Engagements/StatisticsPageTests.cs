using System.Net;
using System.Text.Json;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;

namespace Liaison.Tests.Engagements;

/// <summary>The statistics page (tables always, charts from data attributes) and the command-line export.</summary>
public sealed class StatisticsPageTests
{
    private static List<string> Table(AngleSharp.Html.Dom.IHtmlDocument page, string id) =>
        [.. page.QuerySelectorAll($"#{id} tbody tr[data-key]").Select(tr => string.Join(" ", tr.Children.Select(c => c.TextContent.Trim())))];

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_page_has_the_headline_tables_charts_and_exports(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await StatisticsFixture.SeedAsync(app);
        using var leader = await SignedIn.AsAsync(app, Roles.Leader);

        var (response, page) = await leader.GetAsync("/statistics?from=2020&to=2024");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        SignedIn.Text(page.QuerySelector("#headline")).Trim().ShouldBe(
            "Since 2020: 3 delegations received with 10 people; 2 delegations sent with 6 people; 7 engagements in all.");
        Table(page, "stat-year").ShouldBe(["2020 0 0 0 0 0", "2021 2 1 3 1 4", "2022 2 1 2 0 0", "2023 2 1 5 1 2", "2024 1 0 0 0 0"]);
        Table(page, "stat-region").ShouldBe(["Europe 5 2 5 1 2", "Asia 3 1 5 1 4"]);
        Table(page, "stat-country").First().ShouldBe("Germany 5 2 5 1 2");
        Table(page, "stat-kind").First().ShouldBe("Inbound delegation visit 3 3 10 0 0");
        Table(page, "stat-family").Last().ShouldBe("No family 2 1 5 0 0");

        var chart = page.QuerySelector("#stat-year canvas[data-chart='year']").ShouldNotBeNull();
        JsonSerializer.Deserialize<string[]>(chart.GetAttribute("data-labels")!).ShouldBe(["2020", "2021", "2022", "2023", "2024"]);
        JsonSerializer.Deserialize<int[]>(chart.GetAttribute("data-people-received")!).ShouldBe([0, 3, 2, 5, 0]);
        page.Scripts.Select(s => s.GetAttribute("src")).ShouldContain(s => s != null && s.StartsWith("/lib/chartjs/chart.umd.min.js", StringComparison.Ordinal));
        page.Scripts.Select(s => s.GetAttribute("src")).ShouldContain(s => s != null && s.StartsWith("/js/statistics.js", StringComparison.Ordinal));
        SignedIn.InjectedMarkup(page).ShouldBeEmpty();
        (await leader.Http.GetAsync("/lib/chartjs/chart.umd.min.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await leader.Http.GetAsync("/js/statistics.js")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var csvLink = page.QuerySelector("#stat-kind a[href*='format=csv']")!.GetAttribute("href")!;
        csvLink.ShouldBe("/api/v1/statistics/engagements?from=2020&to=2024&by=kind&format=csv");
        var csv = await leader.Http.GetAsync(csvLink);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await csv.Content.ReadAsStringAsync()).ShouldContain("InboundVisit,Inbound delegation visit,3,3,10,0,0");
        var json = await leader.Http.GetAsync(page.QuerySelector("#stat-family a[href*='format=json']")!.GetAttribute("href")!);
        (await json.ReadJsonAsync()).GetProperty("rows").GetArrayLength().ShouldBe(5);

        // The Southeast Asia officer's page counts their part only.
        using var officer = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        (_, page) = await officer.GetAsync("/statistics?from=2020&to=2024");
        SignedIn.Text(page.QuerySelector("#headline")).Trim().ShouldBe(
            "Since 2020: 1 delegations received with 5 people; 1 delegations sent with 4 people; 3 engagements in all.");

        (_, page) = await leader.GetAsync("/statistics?from=2020&to=2024&culture=zh-Hans");
        SignedIn.Text(page.QuerySelector("#headline")).Trim().ShouldBe("自2020年以来：接待来访团组3个、共10人；派出团组2个、共6人；各类外事活动共7项。");
        Table(page, "stat-region").ShouldBe(["欧洲 5 2 5 1 2", "亚洲 3 1 5 1 4"]);
        Table(page, "stat-country").First().ShouldStartWith("德国 5");
        Table(page, "stat-family").Last().ShouldBe("无政党类别 2 1 5 0 0");
        page.QuerySelector("#stat-year canvas")!.GetAttribute("data-label-received").ShouldBe("接待团组");

        (response, page) = await leader.GetAsync("/statistics?from=2030&to=2020");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#to")!.ClassList.ShouldContain("is-invalid");
    }

    [Fact]
    public async Task The_command_line_prints_the_statistics_as_csv_or_writes_json()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        await StatisticsFixture.SeedAsync(app);

        var run = await LiaisonProcess.RunAsync(app.DataDir, null, "engagements", "stats", "--by", "kind", "--from", "2020", "--to", "2024");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ShouldBe(
        [
            "key,label,engagements,delegations_received,people_received,delegations_sent,people_sent",
            "InboundVisit,Inbound delegation visit,3,3,10,0,0",
            "OutboundVisit,Outbound delegation visit,2,0,0,2,6",
            "HighLevelTalks,High-level talks,1,0,0,0,0",
            "MultilateralForum,Multilateral forum / summit,1,0,0,0,0",
        ]);

        var file = Path.Combine(app.DataDir, "by-year.json");
        var json = await LiaisonProcess.RunAsync(app.DataDir, null, "engagements", "stats", "--from", "2020", "--to", "2024", "--format", "json", "--out", file);
        json.ExitCode.ShouldBe(0, json.Error);
        var report = JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement;
        report.GetProperty("totals").GetProperty("peopleReceived").GetInt32().ShouldBe(10);
        report.GetProperty("rows").GetArrayLength().ShouldBe(5);

        var bad = await LiaisonProcess.RunAsync(app.DataDir, null, "engagements", "stats", "--by", "weekday");
        bad.ExitCode.ShouldBe(2);
        bad.Error.ShouldContain("--by");
    }
}
