using System.Net;
using System.Text.Json;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using static Liaison.Tests.Work.WorkFixture;

namespace Liaison.Tests.Work;

public sealed class MyWorkTests
{
    private static async Task<JsonElement> MyWorkAsync(TestUser user, int? months = null)
    {
        var response = await user.Client.GetAsync("/api/v1/my-work" + (months is null ? "" : $"?months={months}"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }

    private static List<string> Titles(JsonElement section) =>
        section.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_follow_up_shows_as_overdue_or_upcoming(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var me = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var other = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var person = await PersonAsync(app, "Saskia Esken", "DEU", ownerId: me.Id);
        foreach (var (title, days, owner) in new[] { ("Call back about the visit", -3, me), ("Send the briefing", 5, me), ("Book the hall", 40, me), ("Someone else's", -1, other) })
        {
            (await owner.Client.PostJsonAsync("/api/v1/tasks", new { title, dueOn = Ymd(Today.AddDays(days)), personId = person })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var work = await MyWorkAsync(me);
        Titles(work.GetProperty("overdue")).ShouldBe(["Call back about the visit"]);
        Titles(work.GetProperty("upcoming")).ShouldBe(["Send the briefing"]);
        work.GetProperty("overdue").GetProperty("total").GetInt32().ShouldBe(1);
        work.GetProperty("today").GetString().ShouldBe(Ymd(Today));
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task People_due_by_cadence_most_overdue_first(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var me = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var other = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        // Senior leaders every 60 days, working contacts every 180.
        var fortyOver = await PersonAsync(app, "Forty Days Over", "DEU", me.Id, "senior", Today.AddDays(-100));
        await PersonAsync(app, "Recently Met", "DEU", me.Id, "senior", Today.AddDays(-10));
        var never = await PersonAsync(app, "Never Met", "DEU", me.Id, "senior");
        var twentyOver = await PersonAsync(app, "Twenty Days Over", "FRA", me.Id, "working", Today.AddDays(-200));
        var dueToday = await PersonAsync(app, "Due Today", "DEU", me.Id, "senior", Today.AddDays(-60));
        await PersonAsync(app, "No Tier", "DEU", me.Id, null, Today.AddDays(-900));
        await PersonAsync(app, "Not Mine", "DEU", other.Id, "senior");

        var due = (await MyWorkAsync(me)).GetProperty("dueByCadence").EnumerateArray().ToList();
        due.Select(p => p.GetProperty("id").GetInt32()).ShouldBe([never, fortyOver, twentyOver, dueToday]);
        due[1].GetProperty("daysOverdue").GetInt32().ShouldBe(40);
        due[0].GetProperty("daysOverdue").ValueKind.ShouldBe(JsonValueKind.Null);
        (await MyWorkAsync(me)).GetProperty("dueByCadenceTotal").GetInt32().ShouldBe(4);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Anniversaries_in_the_next_30_days_with_the_years_they_mark(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var me = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var other = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);

        var mine = await PersonAsync(app, "Olaf Fifty", "FRA", me.Id, birthDate: YearsAgoIn(50, 10));
        var deskPerson = await PersonAsync(app, "Desk Sixty", "DEU", birthDate: YearsAgoIn(60, 20));
        await PersonAsync(app, "Too Late", "DEU", birthDate: YearsAgoIn(40, 45));
        await PersonAsync(app, "Other Desk", "VNM", other.Id, birthDate: YearsAgoIn(30, 3));
        await TiesAsync(app, dir.Spd, founded: YearsAgoIn(75, 5));
        await TiesAsync(app, dir.Fdp, founded: YearsAgoIn(77, 6), relationship: false);
        await TiesAsync(app, dir.VietnamContact, founded: YearsAgoIn(20, 7));

        var work = await MyWorkAsync(me);
        var items = work.GetProperty("anniversaries").EnumerateArray()
            .Select(a => (Kind: a.GetProperty("kind").GetString(), Id: a.GetProperty("id").GetInt32(), On: a.GetProperty("on").GetString(), Years: a.GetProperty("years").GetInt32()))
            .ToList();
        items.ShouldBe([
            ("Founding", dir.Spd, Ymd(YearsAgoIn(75, 5).AddYears(75)), 75),
            ("Birthday", mine, Ymd(YearsAgoIn(50, 10).AddYears(50)), 50),
            ("Birthday", deskPerson, Ymd(YearsAgoIn(60, 20).AddYears(60)), 60),
        ]);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Dormant_ties_per_desk_and_my_people(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var me = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        await TiesAsync(app, dir.Spd, lastTouchpoint: Today.AddDays(-400));
        await TiesAsync(app, dir.Cdu, lastTouchpoint: Today.AddDays(-30));
        await TiesAsync(app, dir.Greens);
        await TiesAsync(app, dir.Fdp, relationship: false);
        await TiesAsync(app, dir.VietnamContact);
        var quiet = await PersonAsync(app, "Quiet Contact", "DEU", me.Id, lastTouchpoint: Today.AddDays(-400));
        await PersonAsync(app, "Busy Contact", "DEU", me.Id, lastTouchpoint: Today.AddDays(-10));

        var year = (await MyWorkAsync(me)).GetProperty("dormant");
        year.GetProperty("months").GetInt32().ShouldBe(12);
        var desk = year.GetProperty("desks").EnumerateArray().Single();
        desk.GetProperty("deskId").GetInt32().ShouldBe(dir.WesternEurope);
        desk.GetProperty("total").GetInt32().ShouldBe(2);
        desk.GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()).ShouldBe([dir.Greens, dir.Spd]);
        year.GetProperty("peopleTotal").GetInt32().ShouldBe(1);
        year.GetProperty("people").EnumerateArray().Single().GetProperty("id").GetInt32().ShouldBe(quiet);

        var twoYears = (await MyWorkAsync(me, 24)).GetProperty("dormant");
        twoYears.GetProperty("desks").EnumerateArray().Single().GetProperty("organizations").EnumerateArray()
            .Select(o => o.GetProperty("id").GetInt32()).ShouldBe([dir.Greens]);
        twoYears.GetProperty("peopleTotal").GetInt32().ShouldBe(0);
    }
}
