using System.Net;
using System.Text.Json;
using Liaison.Data;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Touchpoints;

public sealed class TouchpointApiTests
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_WeChat_conversation_is_logged_with_a_follow_up_task_owned_by_the_user(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var yesterday = Clock.Today.AddDays(-1);

        var created = await officer.Client.PostJsonAsync("/api/v1/touchpoints", new
        {
            on = Iso(yesterday),
            channel = "Message",
            medium = "WeChat",
            subject = "Congratulated Anna on her re-election",
            summary = "She **welcomes** a visit in spring.",
            followUp = "Send the spring visit programme",
            personIds = new[] { data.German },
            organizationIds = new[] { data.Dir.Spd },
            task = new { dueOn = Iso(Clock.Today.AddDays(14)) },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();

        var detail = await (await officer.Client.GetAsync($"/api/v1/touchpoints/{id}")).ReadJsonAsync();
        detail.GetProperty("channel").GetString().ShouldBe("Message");
        detail.GetProperty("medium").GetString().ShouldBe("WeChat");
        detail.GetProperty("countryIso3").GetString().ShouldBe("DEU");
        detail.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ShouldBe([data.German]);
        detail.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ShouldBe([officer.Id]);
        var task = detail.GetProperty("tasks").EnumerateArray().Single();
        task.GetProperty("title").GetString().ShouldBe("Send the spring visit programme");
        task.GetProperty("ownerId").GetString().ShouldBe(officer.Id);
        task.GetProperty("dueOn").GetString().ShouldBe(Iso(Clock.Today.AddDays(14)));

        var stored = await app.WithDbAsync(d => d.Tasks.AsNoTracking().SingleAsync(t => t.TouchpointId == id));
        stored.PersonId.ShouldBe(data.German);
        stored.OrganizationId.ShouldBe(data.Dir.Spd);
        stored.DeskId.ShouldBe(data.Dir.WesternEurope);
        stored.CreatedById.ShouldBe(officer.Id);

        (await TouchpointPeople.LastTouchpointOfPersonAsync(app, data.German)).ShouldBe(yesterday);
        (await TouchpointPeople.LastTouchpointOfOrganizationAsync(app, data.Dir.Spd)).ShouldBe(yesterday);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Last_touchpoint_dates_follow_edits_and_deletes(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var older = new DateOnly(2024, 3, 1);
        var newer = new DateOnly(2024, 9, 1);

        async Task<int> LogAsync(DateOnly on, int[] people, int[] orgs)
        {
            var r = await officer.Client.PostJsonAsync("/api/v1/touchpoints", new { on = Iso(on), channel = "Meeting", subject = "Talk", personIds = people, organizationIds = orgs });
            r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
            return (await r.ReadJsonAsync()).GetProperty("id").GetInt32();
        }

        var first = await LogAsync(older, [data.German], [data.Dir.Spd]);
        var second = await LogAsync(newer, [data.German], []);
        (await TouchpointPeople.LastTouchpointOfPersonAsync(app, data.German)).ShouldBe(newer);
        (await TouchpointPeople.LastTouchpointOfOrganizationAsync(app, data.Dir.Spd)).ShouldBe(older);

        // Moving the newer touchpoint from Anna to the CDU: Anna falls back to the older date, the CDU gets the newer one.
        var loaded = await (await officer.Client.GetAsync($"/api/v1/touchpoints/{second}")).ReadJsonAsync();
        var edited = await officer.Client.PutJsonAsync($"/api/v1/touchpoints/{second}", new
        {
            on = Iso(newer),
            channel = "Meeting",
            subject = "Talk",
            personIds = Array.Empty<int>(),
            organizationIds = new[] { data.Dir.Cdu },
            version = loaded.GetProperty("version").GetInt32(),
        });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        (await TouchpointPeople.LastTouchpointOfPersonAsync(app, data.German)).ShouldBe(older);
        (await TouchpointPeople.LastTouchpointOfOrganizationAsync(app, data.Dir.Cdu)).ShouldBe(newer);

        (await officer.Client.DeleteAsync($"/api/v1/touchpoints/{first}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await TouchpointPeople.LastTouchpointOfPersonAsync(app, data.German)).ShouldBeNull();
        (await TouchpointPeople.LastTouchpointOfOrganizationAsync(app, data.Dir.Spd)).ShouldBeNull();
        (await officer.Client.GetAsync($"/api/v1/touchpoints/{first}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Another_desks_officer_never_sees_the_touchpoint_even_with_a_public_person(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var western = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var asian = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var created = await western.Client.PostJsonAsync("/api/v1/touchpoints", new { channel = "Call", subject = "Private talk about the coalition", personIds = new[] { data.German } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();

        // Anna is Public: the other desk sees her, but not our interactions with her.
        (await asian.Client.GetAsync($"/api/v1/touchpoints/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await asian.Client.PutJsonAsync($"/api/v1/touchpoints/{id}", new { subject = "x", channel = "Call", personIds = new[] { data.German }, version = 0 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await asian.Client.DeleteAsync($"/api/v1/touchpoints/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await (await asian.Client.GetAsync($"/api/v1/touchpoints?personId={data.German}")).ReadJsonAsync();
        list.GetProperty("total").GetInt32().ShouldBe(0);
        var all = await (await asian.Client.GetAsync("/api/v1/touchpoints")).ReadJsonAsync();
        all.GetProperty("total").GetInt32().ShouldBe(0);
        var timeline = await asian.Client.GetAsync($"/api/v1/people/{data.German}/timeline");
        timeline.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await timeline.ReadJsonAsync()).GetProperty("events").GetArrayLength().ShouldBe(0);

        // Nor can they log one for a person of another desk.
        var foreign = await asian.Client.PostJsonAsync("/api/v1/touchpoints", new { channel = "Call", subject = "Hello", personIds = new[] { data.German } });
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // The owning desk does see it.
        var own = await (await western.Client.GetAsync($"/api/v1/touchpoints?personId={data.German}")).ReadJsonAsync();
        own.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ShouldBe([id]);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Viewers_and_researchers_cannot_log_protocol_officers_can(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        object body = new { channel = "Meeting", subject = "Dinner", personIds = new[] { data.German } };
        foreach (var role in new[] { Roles.Viewer, Roles.Researcher, Roles.InformationOfficer })
        {
            var user = await app.CreateUserAsync(role, [TestDirectory.WesternEuropeDesk]);
            (await user.Client.PostJsonAsync("/api/v1/touchpoints", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }

        var protocol = await app.CreateUserAsync(Roles.ProtocolOfficer, [TestDirectory.WesternEuropeDesk]);
        var logged = await protocol.Client.PostJsonAsync("/api/v1/touchpoints", body);
        logged.StatusCode.ShouldBe(HttpStatusCode.Created, await logged.Content.ReadAsStringAsync());
        var id = (await logged.ReadJsonAsync()).GetProperty("id").GetInt32();

        var viewer = await app.CreateUserAsync(Roles.Viewer, [TestDirectory.WesternEuropeDesk]);
        (await viewer.Client.GetAsync($"/api/v1/touchpoints/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.Client.DeleteAsync($"/api/v1/touchpoints/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Classification_above_clearance_and_future_dates_are_refused(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk], Classification.Internal);

        var secret = await officer.Client.PostJsonAsync("/api/v1/touchpoints", new { channel = "Meeting", subject = "Secret", classification = "Confidential", personIds = new[] { data.German } });
        secret.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await secret.ReadJsonAsync()).GetProperty("errors").TryGetProperty("Classification", out _).ShouldBeTrue();

        var future = await officer.Client.PostJsonAsync("/api/v1/touchpoints", new { on = Iso(Clock.Today.AddDays(30)), channel = "Meeting", subject = "Later", personIds = new[] { data.German } });
        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await future.ReadJsonAsync()).GetProperty("errors").TryGetProperty("On", out _).ShouldBeTrue();

        // A Confidential person the officer cannot see does not exist for them.
        var hidden = await officer.Client.PostJsonAsync("/api/v1/touchpoints", new { channel = "Meeting", subject = "Hi", personIds = new[] { data.GermanConfidential } });
        hidden.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await hidden.ReadJsonAsync()).GetProperty("errors").TryGetProperty("PersonIds", out _).ShouldBeTrue();

        var nobody = await officer.Client.PostJsonAsync("/api/v1/touchpoints", new { channel = "Meeting", subject = "Hi" });
        nobody.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.WithDbAsync(d => d.Touchpoints.CountAsync())).ShouldBe(0);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_stale_edit_gets_409_with_what_changed(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var first = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var second = await app.CreateUserAsync(Roles.Leader, [TestDirectory.WesternEuropeDesk]);
        var created = await first.Client.PostJsonAsync("/api/v1/touchpoints", new { channel = "Meeting", subject = "Lunch", personIds = new[] { data.German } });
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();
        var version = (await (await first.Client.GetAsync($"/api/v1/touchpoints/{id}")).ReadJsonAsync()).GetProperty("version").GetInt32();

        (await first.Client.PutJsonAsync($"/api/v1/touchpoints/{id}", new { channel = "Meeting", subject = "Lunch at the Bundestag", personIds = new[] { data.German }, version }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await second.Client.PutJsonAsync($"/api/v1/touchpoints/{id}", new { channel = "Call", subject = "Lunch", personIds = new[] { data.German }, version });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var conflict = await stale.ReadJsonAsync();
        conflict.GetProperty("currentVersion").GetInt32().ShouldBe(version + 1);
        var fields = conflict.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!);
        fields["Subject"].GetProperty("current").GetString().ShouldBe("Lunch at the Bundestag");
        fields["Channel"].GetProperty("yours").GetString().ShouldBe("Call");

        (await second.Client.DeleteAsync($"/api/v1/touchpoints/{id}?version={version}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var after = await (await first.Client.GetAsync($"/api/v1/touchpoints/{id}")).ReadJsonAsync();
        after.GetProperty("subject").GetString().ShouldBe("Lunch at the Bundestag");
        after.GetProperty("channel").GetString().ShouldBe("Meeting");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Hostile_strings_round_trip_byte_for_byte(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var strings = SharedData.HostileStrings().Where(s => !s.Contains('\0', StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(s) && s.Length <= 300).Take(120).ToList();
        foreach (var text in strings)
        {
            var created = await officer.Client.PostJsonAsync("/api/v1/touchpoints", new { channel = "Message", medium = "Signal", subject = text, summary = text, personIds = new[] { data.German } });
            created.StatusCode.ShouldBe(HttpStatusCode.Created, text);
            var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();
            var back = await (await officer.Client.GetAsync($"/api/v1/touchpoints/{id}")).ReadJsonAsync();
            back.GetProperty("subject").GetString().ShouldBe(text);
            back.GetProperty("summary").GetString().ShouldBe(text);
        }

        var nul = await officer.Client.PostJsonAsync("/api/v1/touchpoints", new { channel = "Message", subject = "a\0b", personIds = new[] { data.German } });
        nul.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Timelines_are_newest_first_and_filter_by_kind(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        await app.WithDbAsync(async d =>
        {
            d.Positions.Add(new Liaison.Features.People.Position
            {
                PersonId = data.German,
                OrganizationId = data.Dir.Spd,
                Title = "Deputy chair",
                From = new DateOnly(2020, 1, 1),
                To = new DateOnly(2024, 6, 1),
            });
            await d.SaveChangesAsync();
        });
        foreach (var (on, subject) in new[] { (new DateOnly(2023, 5, 5), "Spring talk"), (new DateOnly(2024, 8, 8), "Summer talk"), (new DateOnly(2019, 1, 1), "Old talk") })
        {
            (await officer.Client.PostJsonAsync("/api/v1/touchpoints", new { on = Iso(on), channel = "Meeting", subject, personIds = new[] { data.German }, organizationIds = new[] { data.Dir.Spd } }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        static List<(string On, string Kind, string Title)> Events(JsonElement timeline) => timeline.GetProperty("events").EnumerateArray()
            .Select(e => (e.GetProperty("on").GetString()!, e.GetProperty("kind").GetString()!, e.GetProperty("title").GetString()!)).ToList();

        var person = Events(await (await officer.Client.GetAsync($"/api/v1/people/{data.German}/timeline")).ReadJsonAsync());
        person.ShouldBe([
            ("2024-08-08", "Touchpoint", "Summer talk"),
            ("2024-06-01", "PositionEnded", "Deputy chair"),
            ("2023-05-05", "Touchpoint", "Spring talk"),
            ("2020-01-01", "PositionStarted", "Deputy chair"),
            ("2019-01-01", "Touchpoint", "Old talk"),
        ]);
        var onlyPositions = Events(await (await officer.Client.GetAsync($"/api/v1/people/{data.German}/timeline?kinds=positions")).ReadJsonAsync());
        onlyPositions.Select(e => e.Kind).ShouldBe(["PositionEnded", "PositionStarted"]);
        var limited = await (await officer.Client.GetAsync($"/api/v1/people/{data.German}/timeline?kinds=touchpoints&limit=2")).ReadJsonAsync();
        Events(limited).Select(e => e.Title).ShouldBe(["Summer talk", "Spring talk"]);
        limited.GetProperty("hasMore").GetBoolean().ShouldBeTrue();

        var org = Events(await (await officer.Client.GetAsync($"/api/v1/organizations/{data.Dir.Spd}/timeline?kinds=positions,standings&limit=3")).ReadJsonAsync());
        org.ShouldBe([
            ("2024-06-01", "PositionEnded", "Deputy chair"),
            ("2021-12-08", "StandingChanged", "Social Democratic Party of Germany"),
            ("2020-01-01", "PositionStarted", "Deputy chair"),
        ]);
        (await officer.Client.GetAsync($"/api/v1/organizations/{data.Dir.Spd}/timeline?kinds=gossip")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.Client.GetAsync($"/api/v1/organizations/{data.Dir.RestrictedGerman}/timeline")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.Client.GetAsync($"/api/v1/people/{data.GermanConfidential}/timeline")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_edit_by_someone_with_less_clearance_keeps_the_people_they_cannot_see(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var senior = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk], Classification.Confidential);
        var junior = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk], Classification.Internal);
        var created = await senior.Client.PostJsonAsync("/api/v1/touchpoints", new { on = "2024-02-02", channel = "Meeting", subject = "Dinner", personIds = new[] { data.German, data.GermanConfidential } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();

        var seen = await (await junior.Client.GetAsync($"/api/v1/touchpoints/{id}")).ReadJsonAsync();
        seen.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ShouldBe([data.German]);
        var saved = await junior.Client.PutJsonAsync($"/api/v1/touchpoints/{id}", new
        {
            on = "2024-02-03",
            channel = "Meeting",
            subject = "Dinner at the embassy",
            personIds = new[] { data.German },
            version = seen.GetProperty("version").GetInt32(),
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());

        var people = await app.WithDbAsync(d => d.TouchpointPeople.AsNoTracking().Where(x => x.TouchpointId == id).Select(x => x.PersonId).OrderBy(x => x).ToListAsync());
        people.ShouldBe(new[] { data.German, data.GermanConfidential }.Order().ToList());
        (await TouchpointPeople.LastTouchpointOfPersonAsync(app, data.GermanConfidential)).ShouldBe(new DateOnly(2024, 2, 3));
    }
}
