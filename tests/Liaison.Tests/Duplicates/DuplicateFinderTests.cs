using System.Net;
using System.Text.Json;
using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Duplicates;

public sealed class DuplicateFinderTests
{
    private static List<(int A, int B, string[] Reasons)> Pairs(JsonElement page) =>
        page.GetProperty("items").EnumerateArray()
            .Select(p => (p.GetProperty("a").GetProperty("id").GetInt32(), p.GetProperty("b").GetProperty("id").GetInt32(),
                p.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray()))
            .ToList();

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_person_entered_twice_is_flagged_with_reasons_until_confirmed_different(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var seed = await DuplicateSeed.SeedAsync(app, dir, officer.Id);

        var response = await officer.Client.GetAsync("/api/v1/people/duplicates");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        var pairs = Pairs(JsonDocument.Parse(body).RootElement);

        // Accents and case do not hide a duplicate; the Chinese name and the e-mail both tie the second pair.
        pairs.ShouldContain(p => p.A == seed.Trong && p.B == seed.TrongAgain && p.Reasons.Contains("SameName"));
        pairs.ShouldContain(p => p.A == seed.Trong && p.B == seed.TrongAgain && p.Reasons.Contains("SameEmail"));
        pairs.ShouldContain(p => p.A == seed.Fan && p.B == seed.FanAgain && p.Reasons.Contains("SameName") && p.Reasons.Contains("SameEmail"));
        pairs.ShouldNotContain(p => p.A == seed.Trong && p.B == seed.Fan);

        // Reasons never carry the contact values themselves, and the other desk's pair is not there.
        body.ShouldNotContain(DuplicateSeed.TrongEmail, Case.Insensitive);
        body.ShouldNotContain(DuplicateSeed.FanEmail, Case.Insensitive);
        body.ShouldNotContain("Scholz");
        pairs.Count.ShouldBe(2);

        var forPerson = await (await officer.Client.GetAsync($"/api/v1/people/{seed.TrongAgain}/duplicates")).ReadJsonAsync();
        forPerson.EnumerateArray().Select(c => c.GetProperty("person").GetProperty("id").GetInt32()).ShouldContain(seed.Trong);

        // A name being typed on the create form finds both records of the same man, accents or not.
        var similar = await (await officer.Client.GetAsync("/api/v1/people/similar?name=Nguyen%20Phu%20Tron&country=VNM")).ReadJsonAsync();
        var similarIds = similar.EnumerateArray().Select(c => c.GetProperty("person").GetProperty("id").GetInt32()).ToList();
        similarIds.ShouldContain(seed.Trong);
        similarIds.ShouldContain(seed.TrongAgain);
        similarIds.ShouldNotContain(seed.Fan);

        (await officer.Client.PostAsync($"/api/v1/people/{seed.TrongAgain}/distinct/{seed.Trong}", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = Pairs(await (await officer.Client.GetAsync("/api/v1/people/duplicates")).ReadJsonAsync());
        after.ShouldNotContain(p => p.A == seed.Trong && p.B == seed.TrongAgain);
        after.ShouldContain(p => p.A == seed.Fan && p.B == seed.FanAgain);
        var afterForPerson = await (await officer.Client.GetAsync($"/api/v1/people/{seed.TrongAgain}/duplicates")).ReadJsonAsync();
        afterForPerson.EnumerateArray().Select(c => c.GetProperty("person").GetProperty("id").GetInt32()).ShouldNotContain(seed.Trong);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_officer_of_another_desk_neither_sees_nor_merges_the_pair(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var asia = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var europe = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var seed = await DuplicateSeed.SeedAsync(app, dir, asia.Id);

        var theirs = await europe.Client.GetAsync("/api/v1/people/duplicates");
        var text = await theirs.Content.ReadAsStringAsync();
        text.ShouldNotContain("Nguy");
        text.ShouldNotContain("范明政");
        var pairs = Pairs(JsonDocument.Parse(text).RootElement);
        pairs.ShouldHaveSingleItem().Reasons.ShouldBe(["SameName"]);

        (await europe.Client.GetAsync($"/api/v1/people/{seed.Trong}/duplicates")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await europe.Client.PostAsync($"/api/v1/people/{seed.Trong}/distinct/{seed.TrongAgain}", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var versionA = await DuplicateSeed.VersionAsync(app, seed.Trong);
        var versionB = await DuplicateSeed.VersionAsync(app, seed.TrongAgain);
        (await europe.Client.PostJsonAsync("/api/v1/people/merge", new { survivorId = seed.Trong, mergedId = seed.TrongAgain, survivorVersion = versionA, mergedVersion = versionB }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // One of their own and one of another desk: still nothing to merge.
        (await europe.Client.PostJsonAsync("/api/v1/people/merge", new { survivorId = seed.German, mergedId = seed.TrongAgain, survivorVersion = 1, mergedVersion = versionB }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await europe.Client.GetAsync("/api/v1/people/similar?name=Nguyen%20Phu%20Trong")).ReadJsonAsync()).GetArrayLength().ShouldBe(0);

        // Readers without editing rights are refused the whole feature.
        var researcher = await app.CreateUserAsync(Roles.Researcher, [TestDirectory.SoutheastAsiaDesk]);
        (await researcher.Client.GetAsync("/api/v1/people/duplicates")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await asia.Client.GetAsync($"/api/v1/people/{seed.Trong}/duplicates")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_two_character_Chinese_name_finds_the_same_name_with_or_without_a_space_and_not_longer_ones(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var plain = await CreateAsync(officer, "Zheng Ting", "郑婷");
        var spaced = await CreateAsync(officer, "Ting Zheng", "郑 婷");
        var longer = await CreateAsync(officer, "Zheng Tingting", "郑婷婷");
        var other = await CreateAsync(officer, "Cao Ping", "曹平");

        var similar = await (await officer.Client.GetAsync("/api/v1/people/similar?name=%E9%83%91%E5%A9%B7")).ReadJsonAsync();
        var found = similar.EnumerateArray().Select(c => c.GetProperty("person").GetProperty("id").GetInt32()).ToList();
        found.ShouldContain(plain);
        found.ShouldContain(spaced);
        found.ShouldNotContain(longer);
        found.ShouldNotContain(other);

        var forPerson = await (await officer.Client.GetAsync($"/api/v1/people/{spaced}/duplicates")).ReadJsonAsync();
        forPerson.EnumerateArray().Select(c => c.GetProperty("person").GetProperty("id").GetInt32()).ShouldContain(plain);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_person_with_many_long_other_names_still_gets_their_duplicates(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);

        // Sixteen aliases of fifty random letters: over five hundred different trigrams, more than SQLite's compound limit.
        var random = new Random(7);
        var aliases = Enumerable.Range(0, 16)
            .Select(_ => new { name = string.Join(' ', Enumerable.Range(0, 5).Select(_ => new string([.. Enumerable.Range(0, 10).Select(_ => (char)('a' + random.Next(26)))]))), kind = "Alias" })
            .ToArray();
        var response = await officer.Client.PostJsonAsync("/api/v1/people", new { nameEn = "Bounmy Phommachanh", countryIso3 = "VNM", otherNames = aliases });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetInt32();
        var again = await officer.Client.PostJsonAsync("/api/v1/people", new { nameEn = "Bounmy Phommachan", countryIso3 = "VNM" });
        var againId = (await again.ReadJsonAsync()).GetProperty("id").GetInt32();

        var duplicates = await officer.Client.GetAsync($"/api/v1/people/{id}/duplicates");
        duplicates.StatusCode.ShouldBe(HttpStatusCode.OK, await duplicates.Content.ReadAsStringAsync());
        (await duplicates.ReadJsonAsync()).EnumerateArray().Select(c => c.GetProperty("person").GetProperty("id").GetInt32()).ShouldContain(againId);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_misspelt_two_word_name_finds_the_spellings_of_both_words_and_not_people_sharing_one_word(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var thompson = await CreateAsync(officer, "Margaret Thompson");
        var margareta = await CreateAsync(officer, "Margareta Thompsen");
        var otherSurname = await CreateAsync(officer, "Margaret Smith");
        var otherGiven = await CreateAsync(officer, "Peter Thompson");

        // Each word of the query must be met by the name (a group of trigrams per word), yet a letter wrong in one word
        // or one more in the other still finds it.
        var similar = await (await officer.Client.GetAsync("/api/v1/people/similar?name=Margaret%20Thompsen")).ReadJsonAsync();
        var found = similar.EnumerateArray().Select(c => c.GetProperty("person").GetProperty("id").GetInt32()).ToList();
        found.ShouldContain(thompson);
        found.ShouldContain(margareta);
        found.ShouldNotContain(otherSurname);
        found.ShouldNotContain(otherGiven);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_surname_alone_finds_its_spellings_and_short_names_holding_it_but_not_much_longer_names(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var spelling = await CreateAsync(officer, "Gonzales");
        var shortName = await CreateAsync(officer, "Ana Gonzalez");
        var longName = await CreateAsync(officer, "Maximiliana Gonzalez");

        // Without spaces a name must have 70 % to 143 % of the query's characters: 8 allows 6 to 11.
        var similar = await (await officer.Client.GetAsync("/api/v1/people/similar?name=Gonzalez")).ReadJsonAsync();
        var found = similar.EnumerateArray().Select(c => c.GetProperty("person").GetProperty("id").GetInt32()).ToList();
        found.ShouldContain(spelling);
        found.ShouldContain(shortName);
        found.ShouldNotContain(longName, "a name more than half as long again is another person's, even holding the query");
    }

    /// <summary>A person of Vietnam, created through the API as a desk officer would.</summary>
    private static async Task<int> CreateAsync(TestUser officer, string nameEn, string? nameZh = null)
    {
        var response = await officer.Client.PostJsonAsync("/api/v1/people", new { nameEn, nameZh, countryIso3 = "VNM" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.ReadJsonAsync()).GetProperty("id").GetInt32();
    }
}
