using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Organizations;

public sealed class BadInputTests
{
    public static TheoryData<Db, string, object, string> Cases()
    {
        var data = new TheoryData<Db, string, object, string>();
        foreach (var db in new[] { Db.Sqlite, Db.Postgres })
        {
            data.Add(db, "empty name", new { nameEn = "", kind = "PoliticalParty", countryIso3 = "DEU" }, "English name is required");
            data.Add(db, "blank name", new { nameEn = "   ", kind = "PoliticalParty", countryIso3 = "DEU" }, "English name is required");
            data.Add(db, "unknown country", new { nameEn = "Party", kind = "PoliticalParty", countryIso3 = "XYZ" }, "Unknown country code");
            data.Add(db, "oversized name", new { nameEn = new string('x', 301), kind = "PoliticalParty", countryIso3 = "DEU" }, "at most 300 characters");
            data.Add(db, "dissolved before founded", new { nameEn = "Party", kind = "PoliticalParty", countryIso3 = "DEU", founded = "2000-01-01", dissolved = "1999-01-01" }, "dissolution date");
            data.Add(db, "bad website", new { nameEn = "Party", kind = "PoliticalParty", countryIso3 = "DEU", website = "javascript:alert(1)" }, "http:// or https://");
            data.Add(db, "unknown parent", new { nameEn = "Party", kind = "PartyWing", countryIso3 = "DEU", parentId = 999999 }, "parent organization does not exist");
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Invalid_organizations_are_rejected_with_a_clear_message_and_nothing_is_written(Db db, string label, object body, string message)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var (orgsBefore, auditBefore) = await CountsAsync(app);

        var response = await officer.Client.PostJsonAsync("/api/v1/organizations", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, label);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await CountsAsync(app)).ShouldBe((orgsBefore, auditBefore));
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Malformed_json_and_invalid_dates_are_rejected_without_a_server_error(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var (orgsBefore, auditBefore) = await CountsAsync(app);

        var badDate = await officer.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = "Party", kind = "PoliticalParty", countryIso3 = "DEU", founded = "2021-02-30" });
        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        using var broken = new StringContent("{\"nameEn\": ", System.Text.Encoding.UTF8, "application/json");
        (await officer.Client.PostAsync("/api/v1/organizations", broken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var badKind = await officer.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = "Party", kind = "Spaceship", countryIso3 = "DEU" });
        badKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await officer.Client.GetAsync("/api/v1/countries/DEU/government?date=2021-13-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Spd}/standing?date=yesterday")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var overlapping = await officer.Client.PostJsonAsync($"/api/v1/organizations/{dir.Spd}/standings", new { standing = "Opposition", from = "2000-01-01", to = "2001-01-01" });
        overlapping.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await overlapping.Content.ReadAsStringAsync()).ShouldContain("overlaps");

        var backwards = await officer.Client.PostJsonAsync($"/api/v1/organizations/{dir.Spd}/standings", new { standing = "Opposition", from = "1990-01-01", to = "1989-01-01" });
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await CountsAsync(app)).ShouldBe((orgsBefore, auditBefore));
    }

    private static Task<(int Orgs, int Audit)> CountsAsync(TestApp app) => app.WithDbAsync(db =>
        Task.FromResult((db.Organizations.Count(), db.AuditEntries.Count(a => a.Action != "read"))));
}
