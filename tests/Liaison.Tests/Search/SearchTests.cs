using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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

    // More entries hold a common name than a search reads of them; the record called exactly that, added last, still comes first.
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_record_named_exactly_as_searched_comes_first_however_common_the_name(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        await app.WithDbAsync(async ctx =>
        {
            ctx.SearchEntries.AddRange(Enumerable.Range(0, 2500).Select(i =>
                new Liaison.Features.Search.SearchEntry { Kind = Liaison.Features.Search.SearchKinds.Organization, RecordId = dir.Spd, Text = $"friends of mitchell society {i}" }));
            return await ctx.SaveChangesAsync();
        });

        var created = await admin.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = "Mitchell", kind = "PoliticalParty", countryIso3 = "DEU" });
        created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();
        var hits = await (await admin.Client.GetAsync("/api/v1/search?q=Mitchell")).ReadJsonAsync();
        hits[0].GetProperty("id").GetInt32().ShouldBe(id);
        hits.EnumerateArray().ShouldContain(h => h.GetProperty("id").GetInt32() == dir.Spd);
    }

    // Two characters have no trigram of their own: the index finds them at the start of a name, inside it and at its end, and
    // forgets a name once it is changed.
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Two_Chinese_characters_are_found_wherever_they_stand_in_a_name(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var ids = new Dictionary<string, int>();
        foreach (var (en, zh) in new[] { ("Cao Ping", "曹平"), ("Cao Ping Institute", "曹平研究会"), ("Zhang Cao Ping Fund", "张曹平基金"), ("New Cao Ping", "新曹平") })
        {
            var created = await admin.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = en, nameZh = zh, kind = "ThinkTank", countryIso3 = "CHN" });
            created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
            ids[zh] = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();
        }

        async Task<List<int>> Found(string url) =>
            [.. (await (await admin.Client.GetAsync(url)).ReadJsonAsync()).EnumerateArray().Select(h => h.GetProperty("id").GetInt32())];
        var found = await Found("/api/v1/search?q=%E6%9B%B9%E5%B9%B3");
        found[0].ShouldBe(ids["曹平"]);
        found.ShouldBe(ids.Values, ignoreOrder: true);
        (await Found("/api/v1/search?q=%E6%9B%B9%E5%B9%B3&kind=org")).ShouldBe(ids.Values, ignoreOrder: true);
        (await Found("/api/v1/search?q=%E5%B9%B3%E5%9F%BA")).ShouldBe([ids["张曹平基金"]]);

        var renamed = ids["新曹平"];
        var version = (await (await admin.Client.GetAsync($"/api/v1/organizations/{renamed}")).ReadJsonAsync()).GetProperty("version").GetInt32();
        (await admin.Client.PutJsonAsync($"/api/v1/organizations/{renamed}", new { nameEn = "New Orient", nameZh = "新东方", kind = "ThinkTank", countryIso3 = "CHN", version }))
            .StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await Found("/api/v1/search?q=%E6%9B%B9%E5%B9%B3")).ShouldNotContain(renamed);
        (await Found("/api/v1/search?q=%E4%B8%9C%E6%96%B9")).ShouldContain(renamed);
        (await Found("/api/v1/search?q=%E9%BE%99%E8%99%8E")).ShouldBeEmpty();
    }
}

public sealed class PeopleSearchTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_person_is_found_by_any_script_and_romanization_with_or_without_tones_spaces_or_a_typo(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var xi = await app.WithDbAsync(async ctx =>
        {
            var china = await ctx.Countries.SingleAsync(c => c.Iso3 == "CHN");
            var person = new Liaison.Features.People.Person
            {
                NameEn = "Xi Jinping",
                NameNative = "习近平",
                NameZh = "习近平",
                NameRomanized = "Xí Jìnpíng",
                FamilyName = "Xi",
                GivenName = "Jinping",
                NameOrder = Liaison.Features.People.NameOrder.FamilyFirst,
                CountryId = china.Id,
                Classification = Classification.Public,
            };
            ctx.People.Add(person);
            await ctx.SaveChangesAsync();
            return person.Id;
        });
        var user = await app.CreateUserAsync(Roles.Researcher);

        foreach (var query in new[] { "Xi Jinping", "xijinping", "习近平", "Xí Jìnpíng", "xi2 jin4ping2", "Xi Jinpin", "Xi Jingping", "jinping xi" })
        {
            var hits = await (await user.Client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}")).ReadJsonAsync();
            hits.EnumerateArray().Take(3).ShouldContain(h => h.GetProperty("kind").GetString() == "person" && h.GetProperty("id").GetInt32() == xi,
                $"'{query}' should find Xi Jinping among the first results");
        }

        var onlyOrgs = await (await user.Client.GetAsync("/api/v1/search?q=xijinping&kind=org")).ReadJsonAsync();
        onlyOrgs.EnumerateArray().ShouldNotContain(h => h.GetProperty("kind").GetString() == "person");
        (await user.Client.GetAsync("/api/v1/search?q=xi&kind=spaceship")).StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        dir.Cpc.ShouldBeGreaterThan(0);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_internal_person_of_another_desk_is_not_found(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        await app.WithDbAsync(async ctx =>
        {
            var vietnam = await ctx.Countries.SingleAsync(c => c.Iso3 == "VNM");
            ctx.People.Add(new Liaison.Features.People.Person
            {
                NameEn = "Nguyen Van Quyet",
                NameNative = "Nguyễn Văn Quyết",
                CountryId = vietnam.Id,
                Classification = Classification.Internal,
            });
            await ctx.SaveChangesAsync();
            return 0;
        });
        var ownDesk = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var otherDesk = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        var found = await (await ownDesk.Client.GetAsync("/api/v1/search?q=nguyen%20van%20quyet")).ReadJsonAsync();
        found.EnumerateArray().ShouldContain(h => h.GetProperty("kind").GetString() == "person");
        var hidden = await (await otherDesk.Client.GetAsync("/api/v1/search?q=nguyen%20van%20quyet")).ReadJsonAsync();
        hidden.EnumerateArray().ShouldNotContain(h => h.GetProperty("kind").GetString() == "person");
    }

    // The best candidates load first; when the viewer may see too few of them, the rest load too.
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_visible_person_is_found_behind_more_better_matches_the_viewer_may_not_see(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var visible = await app.WithDbAsync(async ctx =>
        {
            var vietnam = await ctx.Countries.SingleAsync(c => c.Iso3 == "VNM");
            ctx.People.AddRange(Enumerable.Range(0, 70).Select(_ => new Liaison.Features.People.Person
            {
                NameEn = "Tran Thi Mai",
                CountryId = vietnam.Id,
                Classification = Classification.Internal,
            }));
            var public_ = new Liaison.Features.People.Person { NameEn = "Tran Thi Mai Anh", CountryId = vietnam.Id, Classification = Classification.Public };
            ctx.People.Add(public_);
            await ctx.SaveChangesAsync();
            return public_.Id;
        });
        var ownDesk = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var otherDesk = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        var mine = await (await ownDesk.Client.GetAsync("/api/v1/search?q=tran%20thi%20mai")).ReadJsonAsync();
        mine.GetArrayLength().ShouldBe(20);
        mine.EnumerateArray().ShouldNotContain(h => h.GetProperty("id").GetInt32() == visible);
        var theirs = await (await otherDesk.Client.GetAsync("/api/v1/search?q=tran%20thi%20mai")).ReadJsonAsync();
        theirs.EnumerateArray().Select(h => h.GetProperty("id").GetInt32()).ShouldBe([visible]);
    }
}
