using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Security;

public sealed class VisibilityTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Desk_officer_of_another_desk_cannot_see_an_internal_record_anywhere(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var asia = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var europe = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        (await asia.Client.GetAsync($"/api/v1/organizations/{dir.VietnamContact}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Detail, sub-resources, list, count, search: the record does not exist for the other desk.
        (await europe.Client.GetAsync($"/api/v1/organizations/{dir.VietnamContact}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await europe.Client.GetAsync($"/api/v1/organizations/{dir.VietnamContact}/standings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await europe.Client.GetAsync($"/api/v1/organizations/{dir.VietnamContact}/relationship")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await (await europe.Client.GetAsync("/api/v1/organizations?country=VNM")).ReadJsonAsync();
        list.GetProperty("total").GetInt32().ShouldBe(0);
        list.GetProperty("items").GetArrayLength().ShouldBe(0);
        var search = await (await europe.Client.GetAsync("/api/v1/search?q=Mekong%20Friendship")).ReadJsonAsync();
        search.EnumerateArray().ShouldNotContain(h => h.GetProperty("kind").GetString() == "org" && h.GetProperty("id").GetInt32() == dir.VietnamContact);
        var country = await (await europe.Client.GetAsync("/api/v1/countries/VNM")).ReadJsonAsync();
        country.GetProperty("organizations").GetArrayLength().ShouldBe(0);

        // Editing is refused as if the record did not exist.
        (await europe.Client.PutJsonAsync($"/api/v1/organizations/{dir.VietnamContact}", new { nameEn = "Renamed", kind = "PoliticalParty", countryIso3 = "VNM", version = 0 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Their own desk's records and public records stay visible.
        (await europe.Client.GetAsync($"/api/v1/organizations/{dir.Spd}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await europe.Client.GetAsync($"/api/v1/organizations/{dir.Cpc}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Clearance_bounds_what_even_leaders_see(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var confidentialLeader = await app.CreateUserAsync(Roles.Leader, clearance: Classification.Confidential);
        var restrictedLeader = await app.CreateUserAsync(Roles.Leader, clearance: Classification.Restricted);
        var deskOfficer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk], Classification.Confidential);

        (await confidentialLeader.Client.GetAsync($"/api/v1/organizations/{dir.RestrictedGerman}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await deskOfficer.Client.GetAsync($"/api/v1/organizations/{dir.RestrictedGerman}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var all = await (await deskOfficer.Client.GetAsync("/api/v1/organizations?country=DEU")).ReadJsonAsync();
        all.GetProperty("total").GetInt32().ShouldBe(4);

        (await restrictedLeader.Client.GetAsync($"/api/v1/organizations/{dir.RestrictedGerman}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var leaderList = await (await restrictedLeader.Client.GetAsync("/api/v1/organizations?country=DEU")).ReadJsonAsync();
        leaderList.GetProperty("total").GetInt32().ShouldBe(5);

        // Reading a Restricted record leaves a trace in the audit trail.
        var reads = await app.WithDbAsync(d => Task.FromResult(d.AuditEntries.Count(a => a.Action == "read" && a.EntityId == dir.RestrictedGerman.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.UserId == restrictedLeader.Id)));
        reads.ShouldBe(1);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Users_cannot_classify_above_their_clearance_and_viewers_cannot_edit(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk], Classification.Internal);
        var viewer = await app.CreateUserAsync(Roles.Viewer, [TestDirectory.WesternEuropeDesk]);

        var tooSecret = await officer.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = "Secret Party", kind = "PoliticalParty", countryIso3 = "DEU", classification = "Restricted" });
        tooSecret.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooSecret.Content.ReadAsStringAsync()).ShouldContain("clearance");

        var outsideDesk = await officer.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = "Lao Party", kind = "PoliticalParty", countryIso3 = "LAO" });
        outsideDesk.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await viewer.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = "Viewer Party", kind = "PoliticalParty", countryIso3 = "DEU" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.Client.GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous().GetAsync("/api/v1/organizations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
