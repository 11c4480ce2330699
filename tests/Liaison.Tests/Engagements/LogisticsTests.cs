using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using static Liaison.Tests.Engagements.LogisticsFixture;

namespace Liaison.Tests.Engagements;

public sealed class LogisticsTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Logistics_items_are_added_changed_and_deleted_and_a_stale_change_gets_409_with_the_differences(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var id = await EngagementAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var url = $"/api/v1/engagements/{id}/logistics";

        var arrival = await (await officer.Client.PostJsonAsync(url, new { kind = "Arrival", reference = "CA 931", place = "BER Terminal 1", startsAt = "2025-05-12T14:35" })).IdAsync();
        await (await officer.Client.PostJsonAsync(url, new { kind = "Accommodation", reference = "Hotel Adlon", place = "Unter den Linden 77", startsAt = "2025-05-12T16:00", endsAt = "2025-05-16T11:00" })).IdAsync();
        (await officer.Client.PostJsonAsync(url, new { kind = "Transport", reference = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.Client.PostJsonAsync(url, new { kind = "Accommodation", reference = "Backwards", startsAt = "2025-05-16T11:00", endsAt = "2025-05-12T11:00" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var list = await (await officer.Client.GetAsync(url)).ReadJsonAsync();
        var items = list.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(2);
        var first = items.Single(i => i.GetProperty("id").GetInt32() == arrival);
        first.GetProperty("reference").GetString().ShouldBe("CA 931");
        first.GetProperty("startsAt").GetString().ShouldBe("2025-05-12T14:35:00");
        var version = first.GetProperty("version").GetInt32();

        (await officer.Client.PutJsonAsync($"{url}/{arrival}", new { kind = "Arrival", reference = "CA 961", place = "BER Terminal 1", startsAt = "2025-05-12T15:10", version }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await officer.Client.PutJsonAsync($"{url}/{arrival}", new { kind = "Arrival", reference = "LH 721", place = "BER Terminal 1", startsAt = "2025-05-12T15:10", version });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var conflict = await stale.ReadJsonAsync();
        conflict.GetProperty("currentVersion").GetInt32().ShouldBe(version + 1);
        var change = conflict.GetProperty("changes").EnumerateArray().Single();
        change.GetProperty("field").GetString().ShouldBe("Reference");
        change.GetProperty("yours").GetString().ShouldBe("LH 721");
        change.GetProperty("current").GetString().ShouldBe("CA 961");

        (await officer.Client.DeleteAsync($"{url}/{arrival}?version={version}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await officer.Client.DeleteAsync($"{url}/{arrival}?version={version + 1}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await officer.Client.GetAsync(url)).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_gift_register_totals_values_per_direction_and_currency_and_checks_currency_codes(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var id = await EngagementAsync(app);
        var officer = await app.CreateUserAsync(Roles.ProtocolOfficer, [TestDirectory.WesternEuropeDesk]);
        var url = $"/api/v1/engagements/{id}/gifts";

        await (await officer.Client.PostJsonAsync(url, new { direction = "Given", item = "Porcelain vase", value = 120.50m, currency = "EUR", recipient = "Head of delegation", on = "2025-05-13" })).IdAsync();
        await (await officer.Client.PostJsonAsync(url, new { direction = "Given", item = "Tea set", value = 79.50m, currency = "EUR" })).IdAsync();
        await (await officer.Client.PostJsonAsync(url, new { direction = "Given", item = "Silk scarf", value = 300m, currency = "CNY" })).IdAsync();
        await (await officer.Client.PostJsonAsync(url, new { direction = "Received", item = "Book on party history", value = 45m, currency = "EUR" })).IdAsync();
        (await officer.Client.PostJsonAsync(url, new { direction = "Given", item = "Pen", value = 10m, currency = "eur" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.Client.PostJsonAsync(url, new { direction = "Given", item = "Pen", value = -1m, currency = "EUR" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.Client.PostJsonAsync(url, new { direction = "Given", item = "Pen", value = 10m })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var register = await (await officer.Client.GetAsync(url)).ReadJsonAsync();
        register.GetProperty("gifts").GetArrayLength().ShouldBe(4);
        var totals = register.GetProperty("totals").EnumerateArray()
            .ToDictionary(t => $"{t.GetProperty("direction").GetString()} {t.GetProperty("currency").GetString()}", t => (t.GetProperty("total").GetDecimal(), t.GetProperty("count").GetInt32()));
        totals["Given EUR"].ShouldBe((200.00m, 2));
        totals["Given CNY"].ShouldBe((300m, 1));
        totals["Received EUR"].ShouldBe((45m, 1));
        totals.Count.ShouldBe(3);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Another_desk_gets_404_everywhere_and_a_viewer_who_sees_it_gets_403_on_changes(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var id = await EngagementAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var item = await (await officer.Client.PostJsonAsync($"/api/v1/engagements/{id}/logistics", new { kind = "Transport", reference = "Two minibuses" })).IdAsync();
        var gift = await (await officer.Client.PostJsonAsync($"/api/v1/engagements/{id}/gifts", new { direction = "Given", item = "Vase" })).IdAsync();
        var outcome = await (await officer.Client.PostJsonAsync($"/api/v1/engagements/{id}/outcomes", new { kind = "JointStatement", title = "Joint press communiqué" })).IdAsync();

        var other = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        foreach (var path in new[] { "logistics", "gifts", "outcomes", "documents" })
        {
            (await other.Client.GetAsync($"/api/v1/engagements/{id}/{path}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        (await other.Client.PostJsonAsync($"/api/v1/engagements/{id}/logistics", new { kind = "Other", reference = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.PutJsonAsync($"/api/v1/engagements/{id}/logistics/{item}", new { kind = "Other", reference = "x", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.DeleteAsync($"/api/v1/engagements/{id}/logistics/{item}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.PostJsonAsync($"/api/v1/engagements/{id}/gifts", new { direction = "Given", item = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.DeleteAsync($"/api/v1/engagements/{id}/gifts/{gift}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.PostJsonAsync($"/api/v1/engagements/{id}/outcomes", new { kind = "Other", title = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.DeleteAsync($"/api/v1/engagements/{id}/outcomes/{outcome}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.GetAsync($"/api/v1/engagements/{id}/documents/1/content")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (var browser = new PageClient(app))
        {
            await browser.SignInAsync(other.Email, other.Password);
            foreach (var path in new[] { "logistics", "gifts", "outcomes", "documents" })
            {
                (await browser.GetAsync($"/engagements/{id}/{path}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            }
        }

        var viewer = await app.CreateUserAsync(Roles.Viewer, [TestDirectory.WesternEuropeDesk]);
        (await viewer.Client.GetAsync($"/api/v1/engagements/{id}/logistics")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.Client.PostJsonAsync($"/api/v1/engagements/{id}/logistics", new { kind = "Other", reference = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.Client.PostJsonAsync($"/api/v1/engagements/{id}/gifts", new { direction = "Given", item = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.Client.PostJsonAsync($"/api/v1/engagements/{id}/outcomes", new { kind = "Other", title = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 x"u8.ToArray()), "file", "a.pdf" } };
        (await viewer.Client.PostAsync($"/api/v1/engagements/{id}/documents", form)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // A Leader of the desk may organize (record-level CanOrganize), a ProtocolOfficer of another desk may not even see it.
        var protocol = await app.CreateUserAsync(Roles.ProtocolOfficer, [TestDirectory.SoutheastAsiaDesk]);
        (await protocol.Client.PostJsonAsync($"/api/v1/engagements/{id}/logistics", new { kind = "Other", reference = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
