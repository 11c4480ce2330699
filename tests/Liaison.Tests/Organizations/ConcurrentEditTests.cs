using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Organizations;

public sealed class ConcurrentEditTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Second_save_with_a_stale_version_gets_409_with_what_changed(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var first = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var second = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        var loaded = await (await first.Client.GetAsync($"/api/v1/organizations/{dir.Spd}")).ReadJsonAsync();
        var version = loaded.GetProperty("version").GetInt32();

        var saved = await first.Client.PutJsonAsync($"/api/v1/organizations/{dir.Spd}",
            new { nameEn = "Social Democratic Party of Germany", abbreviation = "SPD", nameZh = "德国社会民主党（社民党）", kind = "PoliticalParty", countryIso3 = "DEU", family = "SocialistSocialDemocratic", version });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = await second.Client.PutJsonAsync($"/api/v1/organizations/{dir.Spd}",
            new { nameEn = "SPD (Germany)", abbreviation = "SPD", nameZh = "德国社会民主党", kind = "PoliticalParty", countryIso3 = "DEU", family = "SocialistSocialDemocratic", version });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var conflict = await stale.ReadJsonAsync();
        conflict.GetProperty("currentVersion").GetInt32().ShouldBe(version + 1);
        var fields = conflict.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!);
        fields["NameZh"].GetProperty("current").GetString().ShouldBe("德国社会民主党（社民党）");
        fields["NameZh"].GetProperty("yours").GetString().ShouldBe("德国社会民主党");
        fields["NameEn"].GetProperty("yours").GetString().ShouldBe("SPD (Germany)");

        // Nothing of the stale write landed.
        var after = await (await first.Client.GetAsync($"/api/v1/organizations/{dir.Spd}")).ReadJsonAsync();
        after.GetProperty("nameEn").GetString().ShouldBe("Social Democratic Party of Germany");
        after.GetProperty("nameZh").GetString().ShouldBe("德国社会民主党（社民党）");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Concurrent_saves_of_one_record_lose_no_update(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var version = (await (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Fdp}")).ReadJsonAsync()).GetProperty("version").GetInt32();

        var attempts = Enumerable.Range(0, 12).Select(i => officer.Client.PutJsonAsync($"/api/v1/organizations/{dir.Fdp}",
            new { nameEn = $"Free Democratic Party {i}", kind = "PoliticalParty", countryIso3 = "DEU", version })).ToList();
        var responses = await Task.WhenAll(attempts);

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(11);
    }
}
