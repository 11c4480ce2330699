using System.Net;
using System.Text.Json;
using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Countries;

public sealed class GovernmentOnDateTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_parties_governing_on_a_date_come_back_with_the_head_of_government_first(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        async Task<(string? Head, string[] Governing)> On(string date)
        {
            var response = await officer.Client.GetAsync($"/api/v1/countries/deu/government?date={date}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var json = await response.ReadJsonAsync();
            var parties = json.GetProperty("governing").EnumerateArray().ToList();
            var head = parties.Where(p => p.GetProperty("headOfGovernment").GetBoolean()).Select(p => p.GetProperty("abbreviation").GetString()).SingleOrDefault();
            return (head, parties.Select(p => p.GetProperty("abbreviation").GetString()!).ToArray());
        }

        (await On("2003-06-01")).ShouldSatisfyAllConditions(g => g.Head.ShouldBe("SPD"), g => g.Governing.ShouldBe(["SPD", "Grüne"], ignoreOrder: false));
        (await On("2005-11-21")).Head.ShouldBe("SPD");
        (await On("2005-11-22")).ShouldSatisfyAllConditions(g => g.Head.ShouldBe("CDU"), g => g.Governing.ShouldBe(["CDU", "SPD"]));
        (await On("2011-01-01")).Governing.ShouldBe(["CDU", "FDP"]);
        (await On("2022-03-01")).ShouldSatisfyAllConditions(g => g.Head.ShouldBe("SPD"), g => g.Governing.ShouldBe(["SPD", "FDP", "Grüne"], ignoreOrder: true));
        (await On("1990-01-01")).Governing.ShouldBeEmpty();

        var china = await (await officer.Client.GetAsync("/api/v1/countries/CHN/government?date=1960-01-01")).ReadJsonAsync();
        china.GetProperty("governing")[0].GetProperty("nameEn").GetString().ShouldBe("Communist Party of China");

        (await officer.Client.GetAsync("/api/v1/countries/XXX/government?date=2000-01-01")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_party_standing_on_a_date_follows_its_spans(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        async Task<string?> StandingOf(int id, string date)
        {
            var json = await (await officer.Client.GetAsync($"/api/v1/organizations/{id}/standing?date={date}")).ReadJsonAsync();
            var standing = json.GetProperty("standing");
            return standing.ValueKind == JsonValueKind.Null ? null : standing.GetProperty("standing").GetString();
        }

        (await StandingOf(dir.Fdp, "2015-05-05")).ShouldBe("ExtraParliamentary");
        (await StandingOf(dir.Fdp, "2013-12-17")).ShouldBe("ExtraParliamentary");
        (await StandingOf(dir.Fdp, "2013-12-16")).ShouldBe("CoalitionPartner");
        (await StandingOf(dir.Cdu, "2024-01-01")).ShouldBe("Opposition");
        (await StandingOf(dir.Cdu, "1990-01-01")).ShouldBeNull();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Upcoming_elections_are_kept_by_the_countrys_desk_and_shown_on_the_country(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var other = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);

        (await officer.Client.PostJsonAsync("/api/v1/countries/DEU/elections", new { kind = "Parliamentary", date = "2029-09-23", dateIsTentative = true, seatsTotal = 630 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await officer.Client.PostJsonAsync("/api/v1/countries/DEU/elections", new { kind = "Parliamentary", seatsTotal = 0 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await other.Client.PostJsonAsync("/api/v1/countries/DEU/elections", new { kind = "Parliamentary", date = "2029-09-23" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var germany = await (await officer.Client.GetAsync("/api/v1/countries/DEU")).ReadJsonAsync();
        var upcoming = germany.GetProperty("upcomingElections");
        upcoming.GetArrayLength().ShouldBe(1);
        upcoming[0].GetProperty("date").GetString().ShouldBe("2029-09-23");
        upcoming[0].GetProperty("dateIsTentative").GetBoolean().ShouldBeTrue();
    }
}
