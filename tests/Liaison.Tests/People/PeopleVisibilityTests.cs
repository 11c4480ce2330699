using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using static Liaison.Tests.People.PeopleFixture;

namespace Liaison.Tests.People;

public sealed class PeopleVisibilityTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Another_desks_internal_person_does_not_exist_for_an_officer_anywhere(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var asia = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var europe = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var id = await CreatePersonAsync(asia.Client, new { nameEn = "Pham Minh Chinh", nameZh = "范明政", countryIso3 = "VNM", classification = "Internal" });
        var position = await AddPositionAsync(asia.Client, id, new { organizationId = dir.VietnamContact, title = "Honorary Chair", rank = 1, from = "2020-01-01" });

        // The owning desk sees all of it, so the checks below can fail.
        (await GetAsync(asia.Client, "/api/v1/people?q=Pham")).GetProperty("total").GetInt32().ShouldBe(1);
        (await GetAsync(asia.Client, $"/api/v1/organizations/{dir.VietnamContact}/leadership")).GetProperty("current").GetArrayLength().ShouldBe(1);

        (await europe.Client.GetAsync($"/api/v1/people/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await europe.Client.GetAsync($"/api/v1/people/{id}/positions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await europe.Client.GetAsync($"/api/v1/positions/{position}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await europe.Client.GetAsync($"/api/v1/people/{id}/channels")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await europe.Client.PutJsonAsync($"/api/v1/people/{id}", new { nameEn = "Taken over", version = 1 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await europe.Client.PostJsonAsync($"/api/v1/people/{id}/positions", new { organizationId = dir.Spd, title = "Spy" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await europe.Client.PutJsonAsync($"/api/v1/positions/{position}", new { organizationId = dir.VietnamContact, title = "X", version = 1 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await europe.Client.DeleteAsync($"/api/v1/positions/{position}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await GetAsync(europe.Client, "/api/v1/people?q=Pham");
        list.GetProperty("total").GetInt32().ShouldBe(0);
        list.GetProperty("items").GetArrayLength().ShouldBe(0);
        (await GetAsync(europe.Client, "/api/v1/people")).GetProperty("total").GetInt32().ShouldBe(0);

        using var europePages = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        (await europePages.GetAsync($"/people/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await europePages.GetAsync($"/people/{id}/edit")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await europePages.GetAsync($"/people/{id}/positions/{position}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (_, people) = await europePages.GetAsync("/people");
        people.Body!.TextContent.ShouldNotContain("Pham Minh Chinh");
        people.QuerySelector($"a[href='/people/{id}']").ShouldBeNull();

        // A public person is seen by every desk, but only their own desk edits them.
        var publicId = await CreatePersonAsync(asia.Client, new { nameEn = "Vo Van Thuong", countryIso3 = "VNM", classification = "Public" });
        var seen = await GetAsync(europe.Client, $"/api/v1/people/{publicId}");
        seen.GetProperty("canEdit").GetBoolean().ShouldBeFalse();
        seen.GetProperty("positions").GetArrayLength().ShouldBe(0);
        (await europe.Client.PutJsonAsync($"/api/v1/people/{publicId}", new { nameEn = "Changed", countryIso3 = "VNM", classification = "Public", version = seen.GetProperty("version").GetInt32() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Contact_channels_are_seen_only_by_contact_roles_of_the_persons_desk_even_for_a_public_person(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var id = await CreatePersonAsync(officer.Client, new { nameEn = "Nguyen Thi Thanh", countryIso3 = "VNM", classification = "Public" });
        const string postal = "Số 1 Hùng Vương\r\nBa Đình, Hà Nội\nViệt Nam";
        var channels = new object[]
        {
            new { kind = "Email", value = "thanh.nguyen@example.vn", label = "office", preferred = true, consent = "Given", consentOn = "2024-03-01", consentNote = "Business card, Hanoi", lastVerifiedOn = "2025-01-15" },
            new { kind = "Mobile", value = "+84 (912) 345-678", consent = "Unknown" },
            new { kind = "Postal", value = postal, consent = "Given" },
            new { kind = "WeChat", value = "  thanh_nguyen  ", consent = "Unknown" },
        };
        foreach (var channel in channels)
        {
            var added = await officer.Client.PostJsonAsync($"/api/v1/people/{id}/channels", channel);
            added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        }

        // Values round-trip exactly as typed, with consent and verification.
        var stored = (await GetAsync(officer.Client, $"/api/v1/people/{id}/channels")).EnumerateArray().ToList();
        stored.Select(c => c.GetProperty("value").GetString()).ShouldBe(["thanh.nguyen@example.vn", "+84 (912) 345-678", postal, "  thanh_nguyen  "], ignoreOrder: true);
        var email = stored.Single(c => c.GetProperty("kind").GetString() == "Email");
        email.GetProperty("consent").GetString().ShouldBe("Given");
        email.GetProperty("consentOn").GetString().ShouldBe("2024-03-01");
        email.GetProperty("lastVerifiedOn").GetString().ShouldBe("2025-01-15");
        email.GetProperty("preferred").GetBoolean().ShouldBeTrue();

        // Shapes are checked: an e-mail needs an @ and a domain, a phone only digits and separators.
        (await officer.Client.PostJsonAsync($"/api/v1/people/{id}/channels", new { kind = "Email", value = "thanh at example dot vn" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.Client.PostJsonAsync($"/api/v1/people/{id}/channels", new { kind = "Phone", value = "call the embassy" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.Client.PostJsonAsync($"/api/v1/people/{id}/channels", new { kind = "Mobile", value = "+84 91x 345 678" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // A stale channel edit is refused with 409; a fresh one lands; delete removes it.
        var channelId = email.GetProperty("id").GetInt32();
        var version = email.GetProperty("version").GetInt32();
        (await officer.Client.PutJsonAsync($"/api/v1/channels/{channelId}", new { kind = "Email", value = "t.nguyen@example.vn", consent = "Given", version })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.Client.PutJsonAsync($"/api/v1/channels/{channelId}", new { kind = "Email", value = "old@example.vn", consent = "Given", version })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var leader = await app.CreateUserAsync(Roles.Leader, [], Classification.Internal);
        var protocol = await app.CreateUserAsync(Roles.ProtocolOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var researcher = await app.CreateUserAsync(Roles.Researcher, [TestDirectory.SoutheastAsiaDesk]);
        var viewer = await app.CreateUserAsync(Roles.Viewer, [TestDirectory.SoutheastAsiaDesk]);
        var otherDesk = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        (await GetAsync(leader.Client, $"/api/v1/people/{id}/channels")).GetArrayLength().ShouldBe(4);
        (await GetAsync(protocol.Client, $"/api/v1/people/{id}/channels")).GetArrayLength().ShouldBe(4);
        (await protocol.Client.PostJsonAsync($"/api/v1/people/{id}/channels", new { kind = "Email", value = "p@example.vn" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        foreach (var outsider in new[] { researcher, viewer, otherDesk })
        {
            (await outsider.Client.GetAsync($"/api/v1/people/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK, "the person is public");
            (await outsider.Client.GetAsync($"/api/v1/people/{id}/channels")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await outsider.Client.PutJsonAsync($"/api/v1/channels/{channelId}", new { kind = "Email", value = "x@example.vn", version = version + 1 })).StatusCode
                .ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        }

        (await otherDesk.Client.PostJsonAsync($"/api/v1/people/{id}/channels", new { kind = "Email", value = "x@example.vn" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherDesk.Client.DeleteAsync($"/api/v1/channels/{channelId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The person page shows the section to the desk and nothing of it to the others.
        using var officerPage = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var (_, page) = await officerPage.GetAsync($"/people/{id}");
        SignedIn.Text(page.QuerySelector("#contacts")).ShouldContain("t.nguyen@example.vn");
        SignedIn.Text(page.QuerySelector("#contacts")).ShouldContain("Consent given");
        foreach (var role in new[] { (Roles.Researcher, TestDirectory.SoutheastAsiaDesk), (Roles.Viewer, TestDirectory.SoutheastAsiaDesk), (Roles.DeskOfficer, TestDirectory.WesternEuropeDesk) })
        {
            using var outsiderPage = await SignedIn.AsAsync(app, role.Item1, [role.Item2]);
            var (response, outsiderView) = await outsiderPage.GetAsync($"/people/{id}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            outsiderView.QuerySelector("#contacts").ShouldBeNull();
            outsiderView.Body!.TextContent.ShouldNotContain("example.vn");
            outsiderView.Body.TextContent.ShouldNotContain("Hùng Vương");
            (await outsiderPage.GetAsync($"/people/{id}/channels/{channelId}")).Response.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Found);
        }

        (await officer.Client.DeleteAsync($"/api/v1/channels/{channelId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GetAsync(officer.Client, $"/api/v1/people/{id}/channels")).GetArrayLength().ShouldBe(3);
    }
}
