using System.Net;
using System.Text.Json;
using Liaison.Features.Engagements;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using static Liaison.Tests.Engagements.ItineraryFixture;

namespace Liaison.Tests.Engagements;

public sealed class ItineraryApiTests
{
    private static IEnumerable<JsonElement> Warnings(JsonElement body) => body.GetProperty("warnings").EnumerateArray();

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_three_day_itinerary_in_two_cities_is_created_and_returned_in_order(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var visit = await EngagementAsync(app, "SPD delegation visit", "DEU", Day1, Day1.AddDays(2), location: "Beijing, Shanghai");
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var url = $"/api/v1/engagements/{visit}/itinerary";

        // Posted out of order: the last day first, the afternoon before the morning.
        await SlotAsync(officer.Client, visit, new { day = Iso(Day1.AddDays(2)), startsAt = "09:00", endsAt = "10:00", activity = "SiteVisit", title = "Yangshan port", city = "Shanghai" });
        await SlotAsync(officer.Client, visit, new { day = Iso(Day1), startsAt = "15:00", endsAt = "16:30", activity = "Talks", title = "Talks with the ILD", titleZh = "与中联部会谈", city = "Beijing", cityZh = "北京" });
        await SlotAsync(officer.Client, visit, new { day = Iso(Day1), startsAt = "09:30", endsAt = "11:00", activity = "SiteVisit", title = "Party history museum", city = "Beijing" });
        await SlotAsync(officer.Client, visit, new { day = Iso(Day1.AddDays(1)), startsAt = "08:00", endsAt = "12:30", activity = "Travel", title = "High-speed train to Shanghai" });
        var travel = await officer.Client.PostJsonAsync(url, new { day = Iso(Day1.AddDays(1)), startsAt = "14:00:00", endsAt = "15:00:00", activity = "Meeting", title = "Municipal committee", city = "Shanghai" });
        travel.StatusCode.ShouldBe(HttpStatusCode.Created, await travel.Content.ReadAsStringAsync());

        // The train is a travel slot: Beijing in the evening before and Shanghai after it raise no travel warning.
        Warnings(await travel.ReadJsonAsync()).ShouldBeEmpty();

        var itinerary = await (await officer.Client.GetAsync(url)).ReadJsonAsync();
        itinerary.GetProperty("startsOn").GetString().ShouldBe(Iso(Day1));
        itinerary.GetProperty("endsOn").GetString().ShouldBe(Iso(Day1.AddDays(2)));
        var items = itinerary.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("title").GetString()).ShouldBe(
            ["Party history museum", "Talks with the ILD", "High-speed train to Shanghai", "Municipal committee", "Yangshan port"]);
        items.Select(i => i.GetProperty("city").GetString()).ShouldBe(["Beijing", "Beijing", null, "Shanghai", "Shanghai"]);
        items[1].GetProperty("titleZh").GetString().ShouldBe("与中联部会谈");
        items[1].GetProperty("activity").GetString().ShouldBe("Talks");
        items[1].GetProperty("startsAt").GetString().ShouldBe("15:00:00");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Travel_without_time_warns_and_bad_input_is_refused_not_warned(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var visit = await EngagementAsync(app, "Study tour", "DEU", Day1, Day1.AddDays(1));
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var url = $"/api/v1/engagements/{visit}/itinerary";

        var beijing = await SlotAsync(officer.Client, visit, new { day = Iso(Day1), startsAt = "10:00", endsAt = "11:00", activity = "Meeting", title = "Breakfast meeting", city = "Beijing" });
        var response = await officer.Client.PostJsonAsync(url, new { day = Iso(Day1), startsAt = "11:30", endsAt = "12:30", activity = "Talks", title = "Talks in Shanghai", city = "Shanghai" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.ReadJsonAsync();
        var shanghai = body.GetProperty("id").GetInt32();
        var warning = Warnings(body).ShouldHaveSingleItem();
        warning.GetProperty("kind").GetString().ShouldBe("NoTimeToTravel");
        warning.GetProperty("message").GetString()!.ShouldContain("No time to travel from Beijing to Shanghai");
        warning.GetProperty("slot").GetProperty("id").GetInt32().ShouldBe(beijing);
        warning.GetProperty("otherSlot").GetProperty("id").GetInt32().ShouldBe(shanghai);

        // The same from the warnings endpoint; moving the talks to 12:00 leaves the hour the journey needs.
        (await (await officer.Client.GetAsync(url + "/warnings")).ReadJsonAsync()).GetArrayLength().ShouldBe(1);
        var moved = await officer.Client.PutJsonAsync($"{url}/{shanghai}", new { day = Iso(Day1), startsAt = "12:00", endsAt = "13:00", activity = "Talks", title = "Talks in Shanghai", city = "Shanghai", version = 0 });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        Warnings(await moved.ReadJsonAsync()).ShouldBeEmpty();

        // A stale version is a conflict that lists what changed.
        var stale = await officer.Client.PutJsonAsync($"{url}/{shanghai}", new { day = Iso(Day1), startsAt = "11:30", endsAt = "13:00", activity = "Talks", title = "Talks in Shanghai", city = "Shanghai", version = 0 });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.ReadJsonAsync()).GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("field").GetString()).ShouldContain("StartsAt");

        // End before start, a day outside the engagement: validation errors, nothing saved.
        var backwards = await officer.Client.PostJsonAsync(url, new { day = Iso(Day1), startsAt = "15:00", endsAt = "14:00", title = "Backwards" });
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await backwards.ReadJsonAsync()).GetProperty("errors").GetProperty("EndsAt")[0].GetString().ShouldBe("The end must be after the start.");
        var empty = await officer.Client.PostJsonAsync(url, new { day = Iso(Day1), startsAt = "15:00", endsAt = "15:00", title = "No time at all" });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var outside = await officer.Client.PostJsonAsync(url, new { day = Iso(Day1.AddDays(2)), startsAt = "09:00", endsAt = "10:00", title = "After the visit" });
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.ReadJsonAsync()).GetProperty("errors").GetProperty("Day")[0].GetString().ShouldBe("The day must be one of the engagement's days.");
        var before = await officer.Client.PostJsonAsync(url, new { day = Iso(Day1.AddDays(-1)), startsAt = "09:00", endsAt = "10:00", title = "Before the visit" });
        before.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await officer.Client.GetAsync(url)).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(2);

        // Deleting with a stale version keeps the slot; with the current one it goes.
        (await officer.Client.DeleteAsync($"{url}/{beijing}?version=7")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await officer.Client.DeleteAsync($"{url}/{beijing}?version=0")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await officer.Client.GetAsync(url)).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Double_bookings_across_engagements_warn_only_about_engagements_the_user_can_see(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var host = await PersonAsync(app, "Li Wei", "李伟");
        var member = await PersonAsync(app, "Anna Berger", iso3: "DEU");
        var spd = await EngagementAsync(app, "SPD delegation visit", "DEU", Day1, Day1.AddDays(2));
        var cdu = await EngagementAsync(app, "CDU study group", "DEU", Day1.AddDays(1), Day1.AddDays(3));
        var greens = await EngagementAsync(app, "Greens seminar", "DEU", Day1.AddDays(2), Day1.AddDays(4));
        var cancelled = await EngagementAsync(app, "Cancelled FDP visit", "DEU", Day1, Day1.AddDays(2), EngagementStatus.Cancelled);
        var vietnam = await EngagementAsync(app, "Mekong friendship forum", "VNM", Day1, Day1.AddDays(2));
        await MemberAsync(app, spd, member, EngagementSide.Delegation, DelegationRole.Head, 1);
        await MemberAsync(app, greens, member, EngagementSide.Delegation, DelegationRole.Member, 3);
        await MemberAsync(app, cancelled, member, EngagementSide.Delegation, DelegationRole.Member, 2);
        await MemberAsync(app, vietnam, member, EngagementSide.Delegation, DelegationRole.Member, 2);

        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var leader = await app.CreateUserAsync(Roles.Leader);
        var day2 = Iso(Day1.AddDays(1));
        var ours = await SlotAsync(officer.Client, spd, new { day = day2, startsAt = "10:00", endsAt = "11:30", activity = "Talks", title = "Talks with the SPD", city = "Beijing", hostId = host });
        var theirs = await SlotAsync(officer.Client, cdu, new { day = day2, startsAt = "11:00", endsAt = "12:00", activity = "Meeting", title = "Meeting the CDU group", city = "Beijing", hostId = host });
        await SlotAsync(officer.Client, cancelled, new { day = day2, startsAt = "10:00", endsAt = "11:00", activity = "Meeting", title = "Cancelled meeting", city = "Beijing", counterpartId = host });
        await SlotAsync(leader.Client, vietnam, new { day = day2, startsAt = "10:30", endsAt = "11:00", activity = "Banquet", title = "Mekong lunch", city = "Beijing", hostId = host });

        var seen = await (await officer.Client.GetAsync($"/api/v1/engagements/{spd}/itinerary/warnings")).ReadJsonAsync();
        var text = seen.GetRawText();
        var doubleBooked = seen.EnumerateArray().Where(w => w.GetProperty("kind").GetString() == "DoubleBooked").ShouldHaveSingleItem();
        doubleBooked.GetProperty("person").GetProperty("id").GetInt32().ShouldBe(host);
        doubleBooked.GetProperty("slot").GetProperty("id").GetInt32().ShouldBe(ours);
        doubleBooked.GetProperty("otherSlot").GetProperty("id").GetInt32().ShouldBe(theirs);
        doubleBooked.GetProperty("otherEngagement").GetProperty("id").GetInt32().ShouldBe(cdu);
        doubleBooked.GetProperty("message").GetString().ShouldBe(
            "Li Wei is booked twice on 2026-11-23: “Talks with the SPD” (10:00–11:30) here and “Meeting the CDU group” (11:00–12:00) in CDU study group.");
        var alsoIn = seen.EnumerateArray().Where(w => w.GetProperty("kind").GetString() == "AlsoInOtherEngagement").ShouldHaveSingleItem();
        alsoIn.GetProperty("person").GetProperty("id").GetInt32().ShouldBe(member);
        alsoIn.GetProperty("otherEngagement").GetProperty("title").GetString().ShouldBe("Greens seminar");

        // The cancelled visit clashes with nothing; the other desk's forum is not even named.
        text.ShouldNotContain("Cancelled");
        text.ShouldNotContain("Mekong");
        text.ShouldNotContain($"\"id\":{vietnam},");

        // A leader sees every desk, so the forum's double booking and shared member appear, named.
        var all = await (await leader.Client.GetAsync($"/api/v1/engagements/{spd}/itinerary/warnings")).ReadJsonAsync();
        var named = all.EnumerateArray().Where(w => w.TryGetProperty("otherEngagement", out var e) && e.ValueKind == JsonValueKind.Object)
            .Select(w => (w.GetProperty("kind").GetString(), w.GetProperty("otherEngagement").GetProperty("title").GetString())).ToList();
        named.ShouldBe(
            [("DoubleBooked", "CDU study group"), ("DoubleBooked", "Mekong friendship forum"), ("AlsoInOtherEngagement", "Mekong friendship forum"), ("AlsoInOtherEngagement", "Greens seminar")],
            ignoreOrder: true);
        all.GetRawText().ShouldNotContain("Cancelled");

        // The warning stands on the other engagement's side too.
        var fromCdu = await (await officer.Client.GetAsync($"/api/v1/engagements/{cdu}/itinerary/warnings")).ReadJsonAsync();
        fromCdu.EnumerateArray().ShouldContain(w => w.GetProperty("kind").GetString() == "DoubleBooked"
            && w.GetProperty("otherEngagement").GetProperty("id").GetInt32() == spd);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Readers_may_not_change_and_other_desks_get_404(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var visit = await EngagementAsync(app, "SPD delegation visit", "DEU", Day1, Day1.AddDays(1));
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var viewer = await app.CreateUserAsync(Roles.Viewer, [TestDirectory.WesternEuropeDesk]);
        var researcher = await app.CreateUserAsync(Roles.Researcher, [TestDirectory.WesternEuropeDesk]);
        var otherDesk = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var url = $"/api/v1/engagements/{visit}/itinerary";
        var slot = new { day = Iso(Day1), startsAt = "09:00", endsAt = "10:00", title = "Welcome" };
        var id = await SlotAsync(officer.Client, visit, slot);

        (await viewer.Client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.Client.PostJsonAsync(url, slot)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.Client.DeleteAsync($"{url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await researcher.Client.PostJsonAsync(url, slot)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // For another desk the engagement does not exist: reads and changes are 404, never 403.
        (await otherDesk.Client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherDesk.Client.GetAsync(url + "/warnings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherDesk.Client.PostJsonAsync(url, slot)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherDesk.Client.PutJsonAsync($"{url}/{id}", new { slot.day, slot.startsAt, slot.endsAt, slot.title, version = 0 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherDesk.Client.DeleteAsync($"{url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await officer.Client.GetAsync(url)).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(1);
    }
}
