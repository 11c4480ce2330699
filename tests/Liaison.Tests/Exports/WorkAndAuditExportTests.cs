using System.Globalization;
using System.Net;
using Liaison.Data;
using Liaison.Features.People;
using Liaison.Features.Work;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Exports;

public sealed class WorkAndAuditExportTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_countries_list_exports_with_its_filters_and_counts_only_the_organizations_the_viewer_may_see(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        var desk = ListExportTests.ReadSheet(await (await officer.Client.GetAsync($"/api/v1/countries/export?format=xlsx&desk={dir.WesternEurope}")).Content.ReadAsByteArrayAsync());
        desk[0].ShouldBe(["iso3", "iso2", "name_en", "name_zh", "region", "subregion", "desk", "desk_zh", "organizations"]);
        desk.Skip(1).Select(r => r[0]).ShouldBe(["FRA", "DEU"]);
        desk.Single(r => r[0] == "DEU")[6].ShouldBe(TestDirectory.WesternEuropeDesk);

        // The Restricted party in Germany is not counted for a desk officer with Internal clearance; it is for the administrator.
        desk.Single(r => r[0] == "DEU")[8].ShouldBe("4");
        var all = ListExportTests.ReadSheet(await (await admin.Client.GetAsync("/api/v1/countries/export?format=xlsx")).Content.ReadAsByteArrayAsync());
        all.Count.ShouldBeGreaterThan(240);
        all.Single(r => r[0] == "DEU")[8].ShouldBe("5");

        var response = await officer.Client.GetAsync("/api/v1/countries/export?q=viet");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldStartWith("liaison-countries-");
        var csv = await response.Content.ReadAsStringAsync();
        csv.ShouldStartWith("iso3,iso2,name_en,");
        csv.ShouldContain("VNM,VN,");
        csv.ShouldNotContain("DEU");
        (await app.WithDbAsync(d => d.AuditEntries.CountAsync(a => a.Action == "export" && a.EntityType == "countries"))).ShouldBe(3);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_tasks_list_exports_with_its_filters_leaving_out_tasks_and_linked_records_the_viewer_may_not_see(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        await app.WithDbAsync(async d =>
        {
            var germany = await d.Countries.SingleAsync(c => c.Iso3 == "DEU");
            var hidden = new Person { NameEn = "Hidden Informant", CountryId = germany.Id, Classification = Classification.Restricted };
            d.People.Add(hidden);
            await d.SaveChangesAsync();
            TaskItem Task(string title, string owner, WorkStatus status, string due, int desk, int? person = null) => new()
            {
                Title = title,
                OwnerId = owner,
                CreatedById = owner,
                Status = status,
                DueOn = DateOnly.Parse(due, CultureInfo.InvariantCulture),
                DeskId = desk,
                PersonId = person,
                CreatedAt = Clock.UtcNow,
                UpdatedAt = Clock.UtcNow,
            };
            d.Tasks.AddRange(
                Task("=SUM(A1) call back", officer.Id, WorkStatus.Open, "2026-01-10", dir.WesternEurope, hidden.Id),
                Task("Paris follow-up", officer.Id, WorkStatus.Done, "2026-01-05", dir.WesternEurope),
                Task("Hanoi visit plan", admin.Id, WorkStatus.Open, "2026-01-07", dir.SoutheastAsia));
            await d.SaveChangesAsync();
        });

        var everything = await (await officer.Client.GetAsync("/api/v1/tasks/export?view=all&status=all")).Content.ReadAsStringAsync();
        everything.ShouldContain("'=SUM(A1) call back");
        everything.ShouldNotContain(",=SUM");
        everything.ShouldContain("Paris follow-up");
        everything.ShouldNotContain("Hanoi visit plan");
        everything.ShouldNotContain("Hidden Informant");

        var done = ListExportTests.ReadSheet(await (await officer.Client.GetAsync("/api/v1/tasks/export?status=done&format=xlsx")).Content.ReadAsByteArrayAsync());
        done.Count.ShouldBe(2);
        done[1][1].ShouldBe("Paris follow-up");
        done[1][3].ShouldBe("Done");
        var open = ListExportTests.ReadSheet(await (await officer.Client.GetAsync("/api/v1/tasks/export?format=xlsx&from=2026-01-01&to=2026-01-31")).Content.ReadAsByteArrayAsync());
        open.Count.ShouldBe(2);
        open[1][1].ShouldBe("=SUM(A1) call back");
        open[1][5].ShouldBe("");

        var admins = await (await admin.Client.GetAsync("/api/v1/tasks/export?view=all&status=all")).Content.ReadAsStringAsync();
        admins.ShouldContain("Hanoi visit plan");
        admins.ShouldContain("Hidden Informant");
        (await app.WithDbAsync(d => d.AuditEntries.CountAsync(a => a.Action == "export" && a.EntityType == "tasks"))).ShouldBe(4);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_audit_trail_exports_with_its_filters_to_administrators_with_Restricted_clearance_only(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var auditor = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        (await auditor.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = "+Audit Trail Party", kind = "PoliticalParty", countryIso3 = "FRA" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await auditor.Client.GetAsync("/api/v1/people/export")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.Client.GetAsync("/api/v1/audit/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.Client.GetAsync("/api/v1/audit/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The page's own parameter names (act, EntityType) work as they are in its address.
        var exports = ListExportTests.ReadSheet(await (await auditor.Client.GetAsync("/api/v1/audit/export?format=xlsx&act=export")).Content.ReadAsByteArrayAsync());
        exports[0].ShouldBe(["id", "at", "user_id", "user_name", "action", "entity_type", "entity_id", "changes"]);
        exports.Skip(1).Select(r => r[5]).ShouldBe(["audit", "people"]);
        var organizations = ListExportTests.ReadSheet(await (await auditor.Client.GetAsync("/api/v1/audit/export?format=xlsx&EntityType=Organization&act=create")).Content.ReadAsByteArrayAsync());
        organizations.Count.ShouldBe(9);
        organizations[1][7].ShouldContain("+Audit Trail Party");
        organizations.Skip(1).ShouldAllBe(r => r[4] == "create" && r[5] == "Organization");

        var today = Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = await (await auditor.Client.GetAsync($"/api/v1/audit/export?user={auditor.Id}&from={today}&to={today}")).Content.ReadAsStringAsync();
        csv.ShouldContain("+Audit Trail Party");
        csv.ShouldNotContain("Social Democratic Party of Germany");
    }
}
