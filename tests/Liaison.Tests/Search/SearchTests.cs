using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Search;

public sealed class SearchTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_organization_is_found_by_any_of_its_names_and_by_a_typo(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var user = await app.CreateUserAsync(Roles.Researcher);

        foreach (var query in new[] { "中国共产党", "CPC", "Communist Party of China", "communist party", "Comunist Party of Chna", "zhongguo gongchandang", "共产党" })
        {
            var hits = await (await user.Client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}")).ReadJsonAsync();
            hits.EnumerateArray().Take(3).ShouldContain(h => h.GetProperty("kind").GetString() == "org" && h.GetProperty("id").GetInt32() == dir.Cpc,
                $"'{query}' should find the Communist Party of China among the first results");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Countries_are_found_in_English_and_Chinese_and_new_names_are_searchable_at_once(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        var germany = await (await officer.Client.GetAsync("/api/v1/search?q=%E5%BE%B7%E5%9B%BD")).ReadJsonAsync();
        germany.EnumerateArray().ShouldContain(h => h.GetProperty("kind").GetString() == "country" && h.GetProperty("title").GetString() == "Germany");

        var created = await officer.Client.PostJsonAsync("/api/v1/organizations",
            new { nameEn = "Pirate Party Germany", nameNative = "Piratenpartei Deutschland", nameZh = "德国海盗党", abbreviation = "PIRATEN", kind = "PoliticalParty", countryIso3 = "DEU" });
        created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        var hits = await (await officer.Client.GetAsync("/api/v1/search?q=Piratenpartei")).ReadJsonAsync();
        hits.EnumerateArray().ShouldContain(h => h.GetProperty("title").GetString()!.StartsWith("Pirate Party Germany", StringComparison.Ordinal));
        var zh = await (await officer.Client.GetAsync("/api/v1/search?q=%E6%B5%B7%E7%9B%97")).ReadJsonAsync();
        zh.GetArrayLength().ShouldBeGreaterThan(0);
    }
}
