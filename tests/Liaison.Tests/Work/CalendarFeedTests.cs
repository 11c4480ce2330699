using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Liaison.Tests.Work.WorkFixture;

namespace Liaison.Tests.Work;

public sealed class CalendarFeedTests
{
    private static async Task<string> ReadFeedAsync(TestApp app, string path)
    {
        var response = await app.Anonymous().GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        response.Headers.CacheControl!.ToString().ShouldContain("no-store");
        response.Headers.CacheControl!.Private.ShouldBeTrue();
        return await response.Content.ReadAsStringAsync();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_follow_up_is_an_all_day_event_on_its_due_date(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var me = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var person = await PersonAsync(app, "Kevin Kühnert", "DEU", me.Id);

        // Long enough, with multi-byte text, to be folded.
        var title = "Follow up with Kevin Kühnert about the youth exchange, the Leipzig seminar and the 2026 delegation — 跟进青年交流项目";
        var created = await me.Client.PostJsonAsync("/api/v1/tasks", new { title, dueOn = Ymd(Today.AddDays(4)), personId = person });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var taskId = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();
        var done = await me.Client.PostJsonAsync("/api/v1/tasks", new { title = "Already done", dueOn = Ymd(Today.AddDays(2)) });
        (await me.Client.PostAsync($"/api/v1/tasks/{(await done.ReadJsonAsync()).GetProperty("id").GetInt32()}/complete", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var path = await CreateFeedAsync(me);
        path.ShouldStartWith("/calendar/");
        path.ShouldEndWith(".ics");
        var body = await ReadFeedAsync(app, path);
        body.Length.ShouldBeGreaterThan(0);
        var lines = Ics.Lines(body);
        lines[0].ShouldBe("BEGIN:VCALENDAR");
        lines.ShouldContain("VERSION:2.0");
        lines.Single(l => l.StartsWith("X-WR-CALNAME:", StringComparison.Ordinal)).ShouldBe("X-WR-CALNAME:Liaison — DeskOfficer user");
        body.Split("\r\n").ShouldContain(l => l.StartsWith(' '), "the long title is folded");

        var events = Ics.Events(body);
        var task = events.Single(e => e.Get("UID") == $"task-{taskId}@liaison");
        Ics.Unescape(task["SUMMARY"]).ShouldBe(title);
        task["DTSTART;VALUE=DATE"].ShouldBe(IcsDate(Today.AddDays(4)));
        task["DTSTAMP"].ShouldMatch(@"^\d{8}T\d{6}Z$");
        Ics.Unescape(task["DESCRIPTION"]).ShouldContain($"/tasks/{taskId}");
        events.ShouldNotContain(e => Ics.Unescape(e["SUMMARY"]) == "Already done");

        // Done tasks leave the feed; the same task keeps its UID across reads.
        (await ReadFeedAsync(app, path)).ShouldContain($"UID:task-{taskId}@liaison");
        (await me.Client.PostAsync($"/api/v1/tasks/{taskId}/complete", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        Ics.Events(await ReadFeedAsync(app, path)).ShouldNotContain(e => e.Get("UID") == $"task-{taskId}@liaison");

        // Only the hash is stored; its use is noted.
        var stored = await app.WithDbAsync(d => d.CalendarFeeds.SingleAsync());
        body.ShouldNotContain(stored.TokenHash);
        path.ShouldNotContain(stored.TokenHash);
        stored.LastUsedAt.ShouldNotBeNull();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Regenerated_revoked_unknown_and_disabled_feeds_answer_404(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var me = await app.CreateUserAsync(Roles.Viewer, [TestDirectory.WesternEuropeDesk]);
        var anonymous = app.Anonymous();

        var first = await CreateFeedAsync(me);
        await ReadFeedAsync(app, first);
        var second = await CreateFeedAsync(me);
        second.ShouldNotBe(first);
        (await anonymous.GetAsync(first)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await ReadFeedAsync(app, second);

        (await me.Client.DeleteAsync("/api/v1/calendar-feed")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.GetAsync(second)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/calendar/cal_not-a-real-secret.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var third = await CreateFeedAsync(me);
        await ReadFeedAsync(app, third);
        await app.WithDbAsync(async d =>
        {
            var user = await d.Users.SingleAsync(u => u.Id == me.Id);
            user.IsDisabled = true;
            await d.SaveChangesAsync();
        });
        (await anonymous.GetAsync(third)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_feed_shows_only_what_its_owner_may_see(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var me = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var senior = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk], Classification.Confidential);
        var asia = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);

        var visible = await PersonAsync(app, "Visible Birthday", "DEU", birthDate: new DateOnly(1970, 3, 14));
        var confidential = await PersonAsync(app, "Confidential Birthday", "DEU", senior.Id, birthDate: new DateOnly(1965, 7, 1), classification: Classification.Confidential);
        var otherDesk = await PersonAsync(app, "Hanoi Birthday", "VNM", asia.Id, birthDate: new DateOnly(1980, 9, 2));
        await TiesAsync(app, dir.Spd, founded: new DateOnly(1863, 5, 23));
        await TiesAsync(app, dir.VietnamContact, founded: new DateOnly(1990, 1, 1));
        var seniorTask = await senior.Client.PostJsonAsync("/api/v1/tasks", new { title = "Confidential follow-up", dueOn = Ymd(Today.AddDays(1)), personId = confidential });
        seniorTask.StatusCode.ShouldBe(HttpStatusCode.Created);

        var events = Ics.Events(await ReadFeedAsync(app, await CreateFeedAsync(me)));
        var uids = events.Select(e => e["UID"]).ToList();
        uids.ShouldContain($"person-{visible}-birthday@liaison");
        uids.ShouldNotContain($"person-{confidential}-birthday@liaison");
        uids.ShouldNotContain($"person-{otherDesk}-birthday@liaison");
        uids.ShouldContain($"organization-{dir.Spd}-founded@liaison");
        uids.ShouldNotContain($"organization-{dir.VietnamContact}-founded@liaison");
        events.ShouldNotContain(e => e["SUMMARY"].Contains("Confidential", StringComparison.Ordinal));

        var spd = events.Single(e => e["UID"] == $"organization-{dir.Spd}-founded@liaison");
        spd["DTSTART;VALUE=DATE"].ShouldBe("18630523");
        spd["RRULE"].ShouldBe("FREQ=YEARLY");
        var birthday = events.Single(e => e["UID"] == $"person-{visible}-birthday@liaison");
        Ics.Unescape(birthday["SUMMARY"]).ShouldBe("Birthday: Visible Birthday");

        // The senior colleague's own feed has both.
        var seniorUids = Ics.Events(await ReadFeedAsync(app, await CreateFeedAsync(senior))).Select(e => e["UID"]).ToList();
        seniorUids.ShouldContain($"person-{confidential}-birthday@liaison");
        seniorUids.ShouldContain(u => u.StartsWith("task-", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Hostile_names_are_escaped_and_cannot_break_out_of_their_event(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var me = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var crafted = "Li, \"Tiger\"; C:\\Temp\\ Wei\r\nEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:Injected";
        var names = new List<string> { crafted };
        names.AddRange(SharedData.HostileStrings()
            .Where(s => s.Trim().Length > 0 && !s.Contains('\0') && s.Length <= 150 && System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(s)) == s)
            .Take(60));
        var ids = new Dictionary<int, string>();
        foreach (var name in names)
        {
            ids[await PersonAsync(app, name, "DEU", me.Id, birthDate: new DateOnly(1971, 4, 5))] = name;
        }

        await app.WithDbAsync(async d =>
        {
            (await d.Organizations.SingleAsync(o => o.Id == dir.Cdu)).NameEn = "CDU; \"Union\", \\ the \n second";
            await d.SaveChangesAsync();
        });
        await TiesAsync(app, dir.Cdu, founded: new DateOnly(1945, 6, 26));

        var body = await ReadFeedAsync(app, await CreateFeedAsync(me));
        var events = Ics.Events(body);
        events.Count.ShouldBe(ids.Count + 1);
        body.Split("\r\n").Count(l => l == "BEGIN:VEVENT").ShouldBe(ids.Count + 1);
        foreach (var (id, name) in ids)
        {
            var e = events.Single(x => x["UID"] == $"person-{id}-birthday@liaison");
            Ics.Unescape(e["SUMMARY"]).ShouldBe("Birthday: " + Readable(name));
        }

        Ics.Unescape(events.Single(x => x["UID"] == $"organization-{dir.Cdu}-founded@liaison")["SUMMARY"])
            .ShouldBe("Founding anniversary: CDU; \"Union\", \\ the \n second");
        events.ShouldNotContain(e => e.Properties.ContainsKey("SUMMARY") && e["SUMMARY"] == "Injected");
    }

    /// <summary>What survives in a TEXT value: line breaks as \n, tabs as spaces, no other control characters.</summary>
    private static string Readable(string name) => new(name.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ')
        .Where(c => c == '\n' || (c >= ' ' && c != '\u007f')).ToArray());
}
