using System.Net;
using System.Text;
using System.Text.Json;
using Liaison.Features.Engagements.Statistics;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Liaison.Tests.Engagements;

/// <summary>
/// The yearly figures against a hand-counted fixture (see <see cref="StatisticsFixture"/>). For 2020–2024, seen by everyone:
/// completed E1 E2 E3 E4 E5 E6 E9 count; E7 (cancelled), E8 (proposed) and E10 (2019) do not.
/// </summary>
public sealed class StatisticsTests(ITestOutputHelper output)
{
    private const string Range = "from=2020&to=2024";

    private static async Task<JsonElement> ReportAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/statistics/engagements?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>Rows as "key engagements received/people sent/people", easy to compare with the hand count.</summary>
    private static List<string> Rows(JsonElement report) =>
        [.. report.GetProperty("rows").EnumerateArray().Select(r =>
            $"{r.GetProperty("key").GetString()} {r.GetProperty("engagements").GetInt32()} "
            + $"{r.GetProperty("delegationsReceived").GetInt32()}/{r.GetProperty("peopleReceived").GetInt32()} "
            + $"{r.GetProperty("delegationsSent").GetInt32()}/{r.GetProperty("peopleSent").GetInt32()}")];

    private static string Totals(JsonElement report)
    {
        var t = report.GetProperty("totals");
        return $"{t.GetProperty("engagements").GetInt32()} {t.GetProperty("delegationsReceived").GetInt32()}/{t.GetProperty("peopleReceived").GetInt32()} "
            + $"{t.GetProperty("delegationsSent").GetInt32()}/{t.GetProperty("peopleSent").GetInt32()}";
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_leader_sees_every_completed_engagement_counted_once_per_dimension(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await StatisticsFixture.SeedAsync(app);
        var leader = await app.CreateUserAsync(Roles.Leader);

        var byYear = await ReportAsync(leader.Client, Range + "&by=year");
        // 3 delegations received with 3+2+5 people, 2 sent with 4+2, 7 engagements in all.
        Totals(byYear).ShouldBe("7 3/10 2/6");
        Rows(byYear).ShouldBe(["2020 0 0/0 0/0", "2021 2 1/3 1/4", "2022 2 1/2 0/0", "2023 2 1/5 1/2", "2024 1 0/0 0/0"]);

        Rows(await ReportAsync(leader.Client, Range + "&by=kind"))
            .ShouldBe(["InboundVisit 3 3/10 0/0", "OutboundVisit 2 0/0 2/6", "HighLevelTalks 1 0/0 0/0", "MultilateralForum 1 0/0 0/0"]);

        // E3 (FRA+DEU) and E6 (DEU+FRA) count once for Europe; E2 (VNM+LAO) once for Asia; E9 (VNM+DEU) once for each.
        Rows(await ReportAsync(leader.Client, Range + "&by=region")).ShouldBe(["Europe 5 2/5 1/2", "Asia 3 1/5 1/4"]);

        // Every counterpart country counts the engagement once; ties by ISO code.
        Rows(await ReportAsync(leader.Client, Range + "&by=country"))
            .ShouldBe(["DEU 5 2/5 1/2", "FRA 2 1/2 1/2", "LAO 2 1/5 1/4", "VNM 2 0/0 1/4"]);

        // E3 has three families (one each); E5's only organization has no family and E9 none at all: the "none" row.
        Rows(await ReportAsync(leader.Client, Range + "&by=family"))
            .ShouldBe(["SocialistSocialDemocratic 3 2/5 1/2", "ChristianDemocratic 2 1/2 0/0", "Green 1 1/2 0/0", "Other 1 0/0 1/4", "none 2 1/5 0/0"]);

        // Filters: one kind; one desk (E9 has no lead country, so no desk).
        Totals(await ReportAsync(leader.Client, Range + "&kind=InboundVisit")).ShouldBe("3 3/10 0/0");
        var fixture = await app.WithDbAsync(d => d.Desks.Where(x => x.Name == TestDirectory.SoutheastAsiaDesk).Select(x => x.Id).SingleAsync());
        Totals(await ReportAsync(leader.Client, Range + $"&desk={fixture}")).ShouldBe("2 1/5 1/4");

        // The wider range takes in E10 (2019) too; the cancelled E7 and proposed E8 never count.
        Totals(await ReportAsync(leader.Client, "from=2019&to=2024")).ShouldBe("8 4/11 2/6");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_Southeast_Asia_officer_counts_only_what_they_can_see(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await StatisticsFixture.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);

        // E2 (VNM), E5 (LAO) and the country-less E9; the Western European engagements do not exist for them.
        Totals(await ReportAsync(officer.Client, Range)).ShouldBe("3 1/5 1/4");
        Rows(await ReportAsync(officer.Client, Range + "&by=country")).ShouldBe(["LAO 2 1/5 1/4", "VNM 2 0/0 1/4", "DEU 1 0/0 0/0"]);
        Rows(await ReportAsync(officer.Client, Range + "&by=region")).ShouldBe(["Asia 3 1/5 1/4", "Europe 1 0/0 0/0"]);
        Rows(await ReportAsync(officer.Client, Range + "&by=family")).ShouldBe(["Other 1 0/0 1/4", "none 2 1/5 0/0"]);

        var western = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        Totals(await ReportAsync(western.Client, Range)).ShouldBe("5 2/5 1/2");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Csv_export_has_a_byte_order_mark_and_neutralises_formulas(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await StatisticsFixture.SeedAsync(app);
        var leader = await app.CreateUserAsync(Roles.Leader);
        // A country name a spreadsheet would run as a formula.
        await app.WithDbAsync(async d =>
        {
            var france = d.Countries.Single(c => c.Iso3 == "FRA");
            france.NameEn = "=HYPERLINK(\"http://evil.example\",\"France\")";
            await d.SaveChangesAsync();
        });

        var response = await leader.Client.GetAsync("/api/v1/statistics/engagements?" + Range + "&by=country&format=csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.ShouldNotBeNull().ShouldContain("engagements-by-country-2020-2024.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldBe(
        [
            "key,label,engagements,delegations_received,people_received,delegations_sent,people_sent",
            "DEU,Germany,5,2,5,1,2",
            "FRA,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"France\"\")\",2,1,2,1,2",
            "LAO,Laos,2,1,5,1,4",
            "VNM,Vietnam,2,0,0,1,4",
        ]);

        StatisticsExport.Cell("+1").ShouldBe("'+1");
        StatisticsExport.Cell("-2").ShouldBe("'-2");
        StatisticsExport.Cell("@SUM(A1)").ShouldBe("'@SUM(A1)");
        StatisticsExport.Cell("\tx").ShouldBe("'\tx");
        StatisticsExport.Cell("\rx").ShouldBe("\"'\rx\"");
        StatisticsExport.Cell("Plain, text").ShouldBe("\"Plain, text\"");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Bad_parameters_are_refused_with_problem_details(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var user = await app.CreateUserAsync(Roles.Viewer);
        foreach (var query in new[] { "from=2024&to=2020", "by=weekday", "format=xml", "from=1200", "to=99999" })
        {
            var response = await user.Client.GetAsync("/api/v1/statistics/engagements?" + query);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
            (await response.ReadJsonAsync()).GetProperty("errors").EnumerateObject().ShouldNotBeEmpty();
        }

        var fine = await ReportAsync(user.Client, "");
        fine.GetProperty("rows").GetArrayLength().ShouldBe(10, "the last ten years, quiet ones included");
        fine.GetProperty("to").GetInt32().ShouldBe(DateTime.UtcNow.Year);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_aggregation_is_one_grouped_query_with_the_visibility_filter_in_it(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var user = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var scope = await app.WithDbAsync(d => AccessScopeFactory.ForUserAsync(d, user.Id));
        var sql = await app.WithDbAsync(d => Task.FromResult(StatisticsQueries.SqlFor(d, new StatisticsFilter(2020, 2024, null, null))), scope);
        output.WriteLine(sql);
        output.WriteLine(await app.WithDbAsync(d => Task.FromResult(StatisticsQueries.RegionSqlFor(d, new StatisticsFilter(2020, 2024, null, null))), scope));
        sql.ShouldContain("GROUP BY", Case.Insensitive);
        sql.ShouldContain("DeskId", Case.Insensitive, "the desk visibility filter is part of the query");
        sql.ShouldContain("Classification", Case.Insensitive);
    }
}
