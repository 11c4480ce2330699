using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Organizations;

public sealed class LinksTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Memberships_lineage_and_wings_show_on_both_sides(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        var pa = await officer.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = "Progressive Alliance", nameZh = "进步联盟", kind = "PartyInternational", classification = "Public" });
        pa.StatusCode.ShouldBe(HttpStatusCode.Created);
        var paId = (await pa.ReadJsonAsync()).GetProperty("id").GetInt32();
        (await officer.Client.PostJsonAsync($"/api/v1/organizations/{dir.Spd}/memberships", new { groupId = paId, status = "Full", from = "2013-05-22" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await officer.Client.PostJsonAsync($"/api/v1/organizations/{dir.Spd}/memberships", new { groupId = dir.Spd, status = "Full" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var wasg = await officer.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = "Labour and Social Justice", abbreviation = "WASG", kind = "PoliticalParty", countryIso3 = "DEU", dissolved = "2007-06-16" });
        var wasgId = (await wasg.ReadJsonAsync()).GetProperty("id").GetInt32();
        (await officer.Client.PostJsonAsync($"/api/v1/organizations/{wasgId}/lineage", new { successorId = dir.Greens, kind = "MergedInto", date = "2007-06-16", note = "test" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var youth = await officer.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = "Young Socialists in the SPD", abbreviation = "Jusos", kind = "PartyWing", countryIso3 = "DEU", parentId = dir.Spd });
        youth.StatusCode.ShouldBe(HttpStatusCode.Created);

        var spd = await (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Spd}")).ReadJsonAsync();
        spd.GetProperty("memberships")[0].GetProperty("group").GetProperty("nameEn").GetString().ShouldBe("Progressive Alliance");
        spd.GetProperty("wings")[0].GetProperty("abbreviation").GetString().ShouldBe("Jusos");
        var international = await (await officer.Client.GetAsync($"/api/v1/organizations/{paId}")).ReadJsonAsync();
        international.GetProperty("memberships")[0].GetProperty("member").GetProperty("abbreviation").GetString().ShouldBe("SPD");
        var greens = await (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Greens}")).ReadJsonAsync();
        greens.GetProperty("lineage")[0].GetProperty("predecessor").GetProperty("abbreviation").GetString().ShouldBe("WASG");

        // A user who cannot see the member does not learn of the membership either.
        var asia = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var seen = await (await asia.Client.GetAsync($"/api/v1/organizations/{paId}")).ReadJsonAsync();
        seen.GetProperty("memberships").GetArrayLength().ShouldBe(0);
    }
}
