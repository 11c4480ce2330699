using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Organizations;

public sealed class RelationshipTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Our_ties_keep_their_history_agreements_and_configurable_levels(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);

        (await officer.Client.PutJsonAsync($"/api/v1/organizations/{dir.Spd}/relationship", new { level = "working", since = "2009-04-01", channels = "Embassy; party-to-party email", deskOfficerId = officer.Id }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var first = await (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Spd}/relationship")).ReadJsonAsync();
        first.GetProperty("level").GetProperty("code").GetString().ShouldBe("working");
        var version = first.GetProperty("version").GetInt32();

        (await officer.Client.PutJsonAsync($"/api/v1/organizations/{dir.Spd}/relationship", new { level = "established", since = "2009-04-01", changeNote = "Annual dialogue agreed", version }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.Client.PutJsonAsync($"/api/v1/organizations/{dir.Spd}/relationship", new { level = "strategic", version }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await officer.Client.PutJsonAsync($"/api/v1/organizations/{dir.Spd}/relationship", new { level = "best-friends", version = version + 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var second = await (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Spd}/relationship")).ReadJsonAsync();
        second.GetProperty("level").GetProperty("code").GetString().ShouldBe("established");
        var history = second.GetProperty("history").EnumerateArray().ToList();
        history.Count.ShouldBe(2);
        history[0].GetProperty("fromLevel").GetString().ShouldBe("Working relations");
        history[0].GetProperty("toLevel").GetString().ShouldBe("Established relations");
        history[0].GetProperty("note").GetString().ShouldBe("Annual dialogue agreed");

        (await officer.Client.PostJsonAsync($"/api/v1/organizations/{dir.Spd}/agreements", new { kind = "MemorandumOfUnderstanding", title = "MoU on cadre exchanges", signedOn = "2024-05-01", expiresOn = "2023-05-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.Client.PostJsonAsync($"/api/v1/organizations/{dir.Spd}/agreements", new { kind = "MemorandumOfUnderstanding", title = "MoU on cadre exchanges", signedOn = "2024-05-01", expiresOn = "2029-05-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var withAgreement = await (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Spd}/relationship")).ReadJsonAsync();
        withAgreement.GetProperty("agreements")[0].GetProperty("expiresOn").GetString().ShouldBe("2029-05-01");

        // Administrators extend the ladder; the organization list filters by the new level.
        (await admin.Client.PostJsonAsync("/api/v1/relationship-levels", new { code = "comprehensive", nameEn = "Comprehensive strategic partnership", nameZh = "全面战略伙伴", rank = 5 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.Client.PostJsonAsync("/api/v1/relationship-levels", new { code = "Bad Code", nameEn = "x", rank = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.Client.PutJsonAsync($"/api/v1/organizations/{dir.Spd}/relationship", new { level = "comprehensive", version = version + 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await (await officer.Client.GetAsync("/api/v1/organizations?level=comprehensive")).ReadJsonAsync();
        list.GetProperty("items")[0].GetProperty("id").GetInt32().ShouldBe(dir.Spd);
    }

    // An organization without recorded ties shows the lowest level (read once per database); renaming that level shows at once.
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_organization_without_ties_shows_the_lowest_level_as_an_administrator_names_it(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);

        var before = (await (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Cdu}/relationship")).ReadJsonAsync()).GetProperty("level");
        before.GetProperty("code").GetString().ShouldBe("none");
        before.GetProperty("nameEn").GetString().ShouldBe("No ties");

        (await admin.Client.PutJsonAsync($"/api/v1/relationship-levels/{before.GetProperty("id").GetInt32()}", new { code = "none", nameEn = "Not yet in contact", nameZh = "尚未联系", rank = 0 }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = (await (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Cdu}/relationship")).ReadJsonAsync()).GetProperty("level");
        after.GetProperty("nameEn").GetString().ShouldBe("Not yet in contact");
        using var pages = new PageClient(app);
        await pages.SignInAsync(officer.Email, officer.Password);
        var (_, page) = await pages.GetAsync($"/organizations/{dir.Cdu}");
        page.Body!.TextContent.ShouldContain("Not yet in contact");
    }
}
