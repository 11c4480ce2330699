using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using static Liaison.Tests.People.PeopleFixture;

namespace Liaison.Tests.People;

public sealed class TiersTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Administrators_configure_tiers_and_cannot_delete_one_in_use(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, [], Classification.Restricted);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        var tiers = (await GetAsync(officer.Client, "/api/v1/tiers")).EnumerateArray().ToList();
        tiers.Select(t => t.GetProperty("code").GetString()).ShouldBe(["senior", "veteran", "rising", "working"]);
        (await officer.Client.PostJsonAsync("/api/v1/tiers", new { code = "youth", nameEn = "Youth leader", cadenceDays = 120 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var created = await admin.Client.PostJsonAsync("/api/v1/tiers", new { code = "youth", nameEn = "Youth leader", nameZh = "青年领袖", cadenceDays = 120, sortOrder = 5 });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var youth = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();
        (await admin.Client.PostJsonAsync("/api/v1/tiers", new { code = "youth", nameEn = "Again", cadenceDays = 30 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        foreach (var cadence in new[] { 0, 3651 })
        {
            var bad = await admin.Client.PutJsonAsync($"/api/v1/tiers/{youth}", new { code = "youth", nameEn = "Youth leader", cadenceDays = cadence });
            bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            Errors(await bad.ReadJsonAsync()).ShouldContain("CadenceDays");
        }

        (await admin.Client.PutJsonAsync($"/api/v1/tiers/{youth}", new { code = "youth", nameEn = "Young leader", nameZh = "年轻领导人", cadenceDays = 3650, sortOrder = 0 }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var renamed = (await GetAsync(officer.Client, "/api/v1/tiers")).EnumerateArray().First();
        renamed.GetProperty("nameEn").GetString().ShouldBe("Young leader");
        renamed.GetProperty("nameZh").GetString().ShouldBe("年轻领导人");
        renamed.GetProperty("cadenceDays").GetInt32().ShouldBe(3650);

        // A tier given to someone stays, even when the administrator cannot see that person.
        var person = await CreatePersonAsync(officer.Client, new { nameEn = "Kevin Kühnert", countryIso3 = "DEU", tierId = youth });
        (await GetAsync(officer.Client, $"/api/v1/people/{person}")).GetProperty("tierName").GetString().ShouldBe("Young leader");
        (await admin.Client.DeleteAsync($"/api/v1/tiers/{youth}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var lowClearanceAdmin = await app.CreateUserAsync(Roles.Administrator, [], Classification.Public);
        (await lowClearanceAdmin.Client.DeleteAsync($"/api/v1/tiers/{youth}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await GetAsync(officer.Client, "/api/v1/tiers")).GetArrayLength().ShouldBe(5);

        // On the page: the tier in use offers no delete, an unused one does, and adding works in both languages.
        using var page = await SignedIn.AsAsync(app, Roles.Administrator, [], Classification.Restricted);
        var (response, doc) = await page.GetAsync("/admin/tiers");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelectorAll("form[action*='handler=Delete'] input[name=TierId]").Select(i => i.GetAttribute("value"))
            .ShouldNotContain(youth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var added = await page.SubmitAsync(doc, "#new-tier", new Dictionary<string, string> { ["Input.Code"] = "emeritus", ["Input.NameEn"] = "Emeritus", ["Input.NameZh"] = "荣誉", ["Input.CadenceDays"] = "365" });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var bad2 = await page.SubmitAsync(doc, "#new-tier", new Dictionary<string, string> { ["Input.Code"] = "Bad Code", ["Input.NameEn"] = "X", ["Input.CadenceDays"] = "0" });
        bad2.StatusCode.ShouldBe(HttpStatusCode.OK, bad2.Headers.Location?.ToString());
        (await bad2.Content.ReadAsStringAsync()).ShouldContain("The code is lower-case letters");
        (_, doc) = await page.GetAsync("/admin/tiers?culture=zh-Hans");
        doc.QuerySelector("h1")!.TextContent.ShouldBe("培养层级");
        doc.QuerySelectorAll("input[name='Input.NameZh']").Select(i => i.GetAttribute("value")).ShouldContain("荣誉");

        var emeritus = (await GetAsync(officer.Client, "/api/v1/tiers")).EnumerateArray().Single(t => t.GetProperty("code").GetString() == "emeritus").GetProperty("id").GetInt32();
        var deleteForm = doc.QuerySelectorAll("form[action*='handler=Delete']")
            .Single(f => f.QuerySelector("input[name=TierId]")!.GetAttribute("value") == emeritus.ToString(System.Globalization.CultureInfo.InvariantCulture));
        deleteForm.SetAttribute("id", "delete-emeritus");
        (await page.SubmitAsync(doc, "#delete-emeritus", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await GetAsync(officer.Client, "/api/v1/tiers")).EnumerateArray().Select(t => t.GetProperty("code").GetString()).ShouldNotContain("emeritus");

        using var officerPage = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        (await officerPage.GetAsync("/admin/tiers")).Response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
