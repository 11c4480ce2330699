using System.Net;
using Liaison.Data;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using static Liaison.Tests.People.PeopleFixture;

namespace Liaison.Tests.People;

public sealed class PeopleApiTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_politician_with_chinese_and_latin_names_holds_a_party_and_a_government_post(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var party = await CreateOrganizationAsync(officer.Client, "Communist Party of Vietnam", "PoliticalParty", "VNM", "越南共产党");
        var government = await CreateOrganizationAsync(officer.Client, "Government of Vietnam", "GovernmentBody", "VNM", "越南政府");
        var today = Clock.Today;

        var id = await CreatePersonAsync(officer.Client, new
        {
            nameEn = "To Lam",
            nameNative = "Tô Lâm",
            nameRomanized = "Tô Lâm",
            nameZh = "苏林",
            familyName = "Tô",
            givenName = "Lâm",
            nameOrder = "FamilyFirst",
            honorific = "H.E.",
            formOfAddress = "Dear Comrade General Secretary",
            gender = "Male",
            birthDate = "1957-07-10",
            countryIso3 = "vnm",
            languages = "vi, ru , vi",
            biography = "Born in **Hưng Yên**.",
            diet = "No shellfish",
            interpreterLanguage = "vi",
            tags = " leader, Security , LEADER ,, ",
            classification = "Internal",
            otherNames = new[] { new { name = "То Лам", kind = "Transliteration", language = "ru" } },
        });

        var person = await GetAsync(officer.Client, $"/api/v1/people/{id}");
        person.GetProperty("nameEn").GetString().ShouldBe("To Lam");
        person.GetProperty("nameNative").GetString().ShouldBe("Tô Lâm");
        person.GetProperty("nameZh").GetString().ShouldBe("苏林");
        person.GetProperty("countryIso3").GetString().ShouldBe("VNM");
        person.GetProperty("birthYear").GetInt32().ShouldBe(1957, "the year follows the date");
        person.GetProperty("languages").GetString().ShouldBe("vi, ru");
        person.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["leader", "Security"]);
        person.GetProperty("otherNames")[0].GetProperty("name").GetString().ShouldBe("То Лам");
        person.GetProperty("canEdit").GetBoolean().ShouldBeTrue();

        var secretary = await AddPositionAsync(officer.Client, id, new { organizationId = party, kind = "PartyPost", title = "General Secretary", titleZh = "总书记", rank = 1, from = "2024-08-03" });
        var minister = await AddPositionAsync(officer.Client, id, new { organizationId = government, kind = "GovernmentPost", title = "Minister of Public Security", rank = 10, from = "2016-04-09", to = "2024-05-22" });
        var president = await AddPositionAsync(officer.Client, id, new { organizationId = government, kind = "GovernmentPost", title = "President", rank = 1, from = Iso(today.AddYears(-1)) });

        var positions = (await GetAsync(officer.Client, $"/api/v1/people/{id}/positions")).EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetInt32(), p => p.GetProperty("isCurrent").GetBoolean());
        positions.ShouldBe(new Dictionary<int, bool> { [secretary] = true, [minister] = false, [president] = true }, ignoreOrder: true);

        // A second leader of the party ranks below the general secretary.
        var other = await CreatePersonAsync(officer.Client, new { nameEn = "Luong Cuong", nameZh = "梁强", countryIso3 = "VNM" });
        await AddPositionAsync(officer.Client, other, new { organizationId = party, kind = "PartyPost", title = "Standing Member of the Secretariat", rank = 5, from = "2024-05-18" });
        var leadership = await GetAsync(officer.Client, $"/api/v1/organizations/{party}/leadership");
        leadership.GetProperty("current").EnumerateArray().Select(l => l.GetProperty("personNameEn").GetString()).ShouldBe(["To Lam", "Luong Cuong"]);
        leadership.GetProperty("past").GetArrayLength().ShouldBe(0);
        var govLeadership = await GetAsync(officer.Client, $"/api/v1/organizations/{government}/leadership");
        govLeadership.GetProperty("current").EnumerateArray().Select(l => l.GetProperty("title").GetString()).ShouldBe(["President"]);
        govLeadership.GetProperty("past").EnumerateArray().Select(l => l.GetProperty("title").GetString()).ShouldBe(["Minister of Public Security"]);

        // Ending a post keeps it: the career still lists it, no longer current, and the party lists him among past office-holders.
        var loaded = await GetAsync(officer.Client, $"/api/v1/positions/{secretary}");
        var ended = await officer.Client.PutJsonAsync($"/api/v1/positions/{secretary}", new
        {
            organizationId = party,
            kind = "PartyPost",
            title = "General Secretary",
            titleZh = "总书记",
            rank = 1,
            from = "2024-08-03",
            to = Iso(today),
            version = loaded.GetProperty("version").GetInt32(),
        });
        ended.StatusCode.ShouldBe(HttpStatusCode.OK, await ended.Content.ReadAsStringAsync());
        var career = (await GetAsync(officer.Client, $"/api/v1/people/{id}/positions")).EnumerateArray().ToList();
        career.Count.ShouldBe(3);
        career.Single(p => p.GetProperty("id").GetInt32() == secretary).GetProperty("isCurrent").GetBoolean().ShouldBeFalse();
        leadership = await GetAsync(officer.Client, $"/api/v1/organizations/{party}/leadership");
        leadership.GetProperty("current").EnumerateArray().Select(l => l.GetProperty("personNameEn").GetString()).ShouldBe(["Luong Cuong"]);
        leadership.GetProperty("past").EnumerateArray().Select(l => l.GetProperty("personNameEn").GetString()).ShouldBe(["To Lam"]);

        // The list finds him by any script, ignoring case, and by tag; it shows his current main post.
        foreach (var q in new[] { "to lam", "苏林", "TÔ LÂM", "то лам" })
        {
            var found = await GetAsync(officer.Client, $"/api/v1/people?q={Uri.EscapeDataString(q)}");
            found.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ShouldContain(id, $"q={q}");
        }

        var tagged = await GetAsync(officer.Client, "/api/v1/people?tag=security");
        tagged.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ShouldBe([id]);
        var listed = (await GetAsync(officer.Client, "/api/v1/people?country=VNM&sort=name")).GetProperty("items").EnumerateArray().ToList();
        listed.Select(p => p.GetProperty("nameEn").GetString()).ShouldBe(["Luong Cuong", "To Lam"]);
        listed[1].GetProperty("currentPosition").GetProperty("title").GetString().ShouldBe("President");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Bad_people_and_positions_are_refused_with_reasons_by_field(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk], Classification.Internal);

        async Task<List<string>> RefusedAsync(HttpResponseMessage response)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            return Errors(await response.ReadJsonAsync());
        }

        (await RefusedAsync(await officer.Client.PostJsonAsync("/api/v1/people", new { nameEn = "Secret Agent", countryIso3 = "DEU", classification = "Confidential" })))
            .ShouldContain("Classification");
        (await RefusedAsync(await officer.Client.PostJsonAsync("/api/v1/people", new { nameEn = "Mismatch", countryIso3 = "DEU", birthYear = 1960, birthDate = "1961-01-01" })))
            .ShouldContain("BirthYear");
        (await RefusedAsync(await officer.Client.PostJsonAsync("/api/v1/people", new { nameEn = "   ", countryIso3 = "DEU" }))).ShouldContain("NameEn");
        (await RefusedAsync(await officer.Client.PostJsonAsync("/api/v1/people", new { nameEn = "Nowhere", countryIso3 = "XXX" }))).ShouldContain("CountryIso3");
        (await RefusedAsync(await officer.Client.PostJsonAsync("/api/v1/people", new { nameEn = "Tongues", countryIso3 = "DEU", languages = "German; French" }))).ShouldContain("Languages");
        (await RefusedAsync(await officer.Client.PostJsonAsync("/api/v1/people", new { nameEn = "No tier", countryIso3 = "DEU", tierId = 999999 }))).ShouldContain("TierId");

        // Someone of another desk's country is not theirs to add.
        (await RefusedAsync(await officer.Client.PostJsonAsync("/api/v1/people", new { nameEn = "Elsewhere", countryIso3 = "VNM" }))).ShouldContain("CountryIso3");

        var id = await CreatePersonAsync(officer.Client, new { nameEn = "Lars Klingbeil", countryIso3 = "DEU", birthYear = 1978 });
        (await RefusedAsync(await officer.Client.PostJsonAsync($"/api/v1/people/{id}/positions", new { organizationId = dir.Spd, title = "Co-leader", from = "2021-12-11", to = "2021-12-11" })))
            .ShouldContain("To");
        (await RefusedAsync(await officer.Client.PostJsonAsync($"/api/v1/people/{id}/positions", new { organizationId = dir.Spd, title = "" }))).ShouldContain("Title");

        // An organization the officer may not see does not exist for them, not even as a position's organization.
        (await RefusedAsync(await officer.Client.PostJsonAsync($"/api/v1/people/{id}/positions", new { organizationId = dir.RestrictedGerman, title = "Member" })))
            .ShouldContain("OrganizationId");
        (await RefusedAsync(await officer.Client.PostJsonAsync($"/api/v1/people/{id}/positions", new { organizationId = dir.VietnamContact, title = "Member" })))
            .ShouldContain("OrganizationId");
        (await GetAsync(officer.Client, $"/api/v1/people/{id}/positions")).GetArrayLength().ShouldBe(0);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_stale_save_gets_409_with_what_changed_and_lands_nothing(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var first = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var second = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var id = await CreatePersonAsync(first.Client, new { nameEn = "Olaf Scholz", nameZh = "朔尔茨", countryIso3 = "DEU" });
        var version = (await GetAsync(first.Client, $"/api/v1/people/{id}")).GetProperty("version").GetInt32();

        (await first.Client.PutJsonAsync($"/api/v1/people/{id}", new { nameEn = "Olaf Scholz", nameZh = "奥拉夫·朔尔茨", countryIso3 = "DEU", version }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await second.Client.PutJsonAsync($"/api/v1/people/{id}", new { nameEn = "Scholz, Olaf", nameZh = "朔尔茨", countryIso3 = "DEU", version });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var conflict = await stale.ReadJsonAsync();
        conflict.GetProperty("currentVersion").GetInt32().ShouldBe(version + 1);
        var changes = conflict.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!);
        changes["NameZh"].GetProperty("current").GetString().ShouldBe("奥拉夫·朔尔茨");
        changes["NameEn"].GetProperty("yours").GetString().ShouldBe("Scholz, Olaf");

        var after = await GetAsync(first.Client, $"/api/v1/people/{id}");
        after.GetProperty("nameEn").GetString().ShouldBe("Olaf Scholz");
        after.GetProperty("nameZh").GetString().ShouldBe("奥拉夫·朔尔茨");

        // A save without the loaded version is refused rather than overwriting blindly.
        (await first.Client.PutJsonAsync($"/api/v1/people/{id}", new { nameEn = "Olaf Scholz", countryIso3 = "DEU" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
