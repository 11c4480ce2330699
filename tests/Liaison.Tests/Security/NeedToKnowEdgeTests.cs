using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Security;

/// <summary>Edges of the need-to-know rule found in review: ties, agreements, deskless countries, internationals, links.</summary>
public sealed class NeedToKnowEdgeTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Our_ties_with_a_public_party_stay_within_its_desk(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var europe = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var asia = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var leader = await app.CreateUserAsync(Roles.Leader, clearance: Classification.Restricted);

        // The CPC is Public and in a country of no desk: a leader records our ties and an internal agreement.
        (await leader.Client.PutJsonAsync($"/api/v1/organizations/{dir.Cpc}/relationship", new { level = "strategic", notes = "Internal assessment" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await leader.Client.PostJsonAsync($"/api/v1/organizations/{dir.Cpc}/agreements", new { kind = "CooperationAgreement", title = "Internal agreement", classification = "Internal" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await leader.Client.PostJsonAsync($"/api/v1/organizations/{dir.Cpc}/agreements", new { kind = "JointStatement", title = "Public joint statement", classification = "Public" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        foreach (var officer in new[] { europe, asia })
        {
            (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Cpc}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Cpc}/relationship")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var list = await (await officer.Client.GetAsync("/api/v1/organizations?level=strategic")).ReadJsonAsync();
            list.GetProperty("total").GetInt32().ShouldBe(0);
            var china = await (await officer.Client.GetAsync("/api/v1/countries/CHN")).ReadJsonAsync();
            china.GetProperty("tiesVisible").GetBoolean().ShouldBeFalse();
            china.GetProperty("organizations")[0].GetProperty("levelCode").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        }

        var ties = await (await leader.Client.GetAsync($"/api/v1/organizations/{dir.Cpc}/relationship")).ReadJsonAsync();
        ties.GetProperty("agreements").GetArrayLength().ShouldBe(2);
        ties.GetProperty("notes").GetString().ShouldBe("Internal assessment");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Countries_without_a_desk_fail_closed_and_a_desk_with_countries_cannot_be_deleted(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var asia = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);

        var created = await admin.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = "Chinese Internal Contact", kind = "ThinkTank", countryIso3 = "CHN", classification = "Internal" });
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();
        (await asia.Client.GetAsync($"/api/v1/organizations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var refused = await admin.Client.DeleteAsync($"/api/v1/desks/{dir.WesternEurope}");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await asia.Client.GetAsync($"/api/v1/organizations/{dir.Spd}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_desk_officer_cannot_take_over_an_international_or_cut_another_desks_links(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var leader = await app.CreateUserAsync(Roles.Leader, clearance: Classification.Restricted);
        var europe = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var asia = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);

        var si = await leader.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = "Socialist International", kind = "PartyInternational", classification = "Public" });
        var siId = (await si.ReadJsonAsync()).GetProperty("id").GetInt32();
        var version = (await (await asia.Client.GetAsync($"/api/v1/organizations/{siId}")).ReadJsonAsync()).GetProperty("version").GetInt32();
        (await asia.Client.PutJsonAsync($"/api/v1/organizations/{siId}", new { nameEn = "Socialist International", kind = "PartyInternational", countryIso3 = "VNM", classification = "Internal", version }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await asia.Client.PutJsonAsync($"/api/v1/organizations/{siId}", new { nameEn = "Socialist International", kind = "PartyInternational", classification = "Confidential", version }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var membership = await europe.Client.PostJsonAsync($"/api/v1/organizations/{dir.Spd}/memberships", new { groupId = siId, status = "Full" });
        var membershipId = (await membership.ReadJsonAsync()).GetProperty("id").GetInt32();
        (await asia.Client.DeleteAsync($"/api/v1/organizations/{siId}/memberships/{membershipId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await asia.Client.PostJsonAsync($"/api/v1/organizations/{dir.VietnamContact}/lineage", new { successorId = dir.Spd, kind = "MergedInto" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await europe.Client.DeleteAsync($"/api/v1/organizations/{siId}/memberships/{membershipId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Tokens_open_only_the_api_and_administrators_cannot_raise_their_own_access()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Internal);
        var tokenOnPage = await admin.Client.GetAsync("/account/tokens");
        tokenOnPage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        tokenOnPage.Headers.Location!.ToString().ShouldContain("/account/login");

        var raise = await admin.Client.PutJsonAsync($"/api/v1/users/{admin.Id}/access", new { clearance = "Restricted" });
        raise.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var other = await app.CreateUserAsync(Roles.Viewer);
        (await admin.Client.PutJsonAsync($"/api/v1/users/{other.Id}/access", new { clearance = "Restricted" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.Client.PostAsync($"/api/v1/users/{admin.Id}/disable", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task State_changing_api_calls_with_the_sign_in_cookie_need_the_antiforgery_header()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        using var browser = new PageClient(app);
        await browser.SignInAsync(officer.Email, officer.Password);

        (await browser.Http.GetAsync("/api/v1/organizations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = new StringContent("{\"nameEn\":\"Forged Party\",\"kind\":\"PoliticalParty\",\"countryIso3\":\"DEU\"}", System.Text.Encoding.UTF8, "application/json");
        var forged = await browser.Http.PostAsync("/api/v1/organizations", body);
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await forged.Content.ReadAsStringAsync()).ShouldContain("antiforgery");
        (await app.WithDbAsync(d => Task.FromResult(d.Organizations.Count(o => o.NameEn == "Forged Party")))).ShouldBe(0);
    }
}
