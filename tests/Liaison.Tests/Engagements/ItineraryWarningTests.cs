using System.Net;
using System.Xml.Linq;
using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Itinerary;
using Liaison.Features.Engagements.Logistics;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Liaison.Tests.Engagements.ItineraryFixture;

namespace Liaison.Tests.Engagements;

public sealed class ItineraryWarningTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Slots_before_the_arrival_or_after_the_departure_warn_and_say_so_in_chinese_too(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var visit = await EngagementAsync(app, "SPD delegation visit", "DEU", Day1, Day1.AddDays(1));
        await LogisticsAsync(app, visit, LogisticsKind.Arrival, Day1.ToDateTime(new TimeOnly(13, 40)), "LH 720");
        await LogisticsAsync(app, visit, LogisticsKind.Departure, Day1.AddDays(1).ToDateTime(new TimeOnly(16, 0)), "LH 721");
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var early = await SlotAsync(officer.Client, visit, new { day = Iso(Day1), startsAt = "11:00", endsAt = "12:00", title = "Lunch" });
        await SlotAsync(officer.Client, visit, new { day = Iso(Day1), startsAt = "15:00", endsAt = "16:00", title = "Welcome talks" });
        await SlotAsync(officer.Client, visit, new { day = Iso(Day1.AddDays(1)), startsAt = "09:00", endsAt = "11:00", title = "Museum" });
        var late = await SlotAsync(officer.Client, visit, new { day = Iso(Day1.AddDays(1)), startsAt = "15:00", endsAt = "17:00", title = "Farewell tea" });

        var warnings = await (await officer.Client.GetAsync($"/api/v1/engagements/{visit}/itinerary/warnings")).ReadJsonAsync();
        warnings.EnumerateArray().Select(w => (w.GetProperty("kind").GetString(), w.GetProperty("slot").GetProperty("id").GetInt32()))
            .ShouldBe([("BeforeArrival", early), ("AfterDeparture", late)]);
        warnings[0].GetProperty("message").GetString().ShouldBe("“Lunch” on 2026-11-22 starts at 11:00, before the arrival (2026-11-22 13:40).");

        // The API speaks the caller's language.
        var chinese = await officer.Client.GetAsync($"/api/v1/engagements/{visit}/itinerary/warnings?culture=zh-Hans&ui-culture=zh-Hans");
        chinese.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await chinese.ReadJsonAsync())[1].GetProperty("message").GetString().ShouldBe("2026-11-23 的“Farewell tea”于 17:00 结束，晚于离开时间（2026-11-23 16:00）。");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_member_away_on_a_long_tour_that_began_weeks_earlier_is_flagged_and_one_back_the_day_before_is_not(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var member = await PersonAsync(app, "Anna Berger", iso3: "DEU");
        var staff = await PersonAsync(app, "Li Wei", "李伟");
        var visit = await EngagementAsync(app, "SPD delegation visit", "DEU", Day1, Day1.AddDays(2));
        var tour = await EngagementAsync(app, "Two-month study tour", "DEU", Day1.AddDays(-40), Day1.AddDays(20));
        var before = await EngagementAsync(app, "Seminar the week before", "DEU", Day1.AddDays(-7), Day1.AddDays(-1));
        await MemberAsync(app, visit, member, EngagementSide.Delegation, DelegationRole.Head, 1);
        await MemberAsync(app, visit, staff, EngagementSide.Host, DelegationRole.Member, 2);
        await MemberAsync(app, tour, member, EngagementSide.Delegation, DelegationRole.Member, 1);
        await MemberAsync(app, before, member, EngagementSide.Delegation, DelegationRole.Member, 1);

        // A host of many visits, none at the same time, is flagged for none of them.
        for (var i = 1; i <= 30; i++)
        {
            var other = await EngagementAsync(app, $"Earlier visit {i}", "DEU", Day1.AddDays(-10 - (3 * i)), Day1.AddDays(-10 - (3 * i)));
            await MemberAsync(app, other, staff, EngagementSide.Host, DelegationRole.Member, 1);
        }

        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var warnings = await (await officer.Client.GetAsync($"/api/v1/engagements/{visit}/itinerary/warnings")).ReadJsonAsync();
        var alsoIn = warnings.EnumerateArray().Where(w => w.GetProperty("kind").GetString() == "AlsoInOtherEngagement").ShouldHaveSingleItem();
        alsoIn.GetProperty("person").GetProperty("id").GetInt32().ShouldBe(member);
        alsoIn.GetProperty("otherEngagement").GetProperty("id").GetInt32().ShouldBe(tour);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_longest_engagement_is_read_from_its_index(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var plan = await app.WithDbAsync(async context =>
        {
            // The maximum as the booking warnings read it, in a statement of its own.
            var max = "SELECT max(l.\"Days\") FROM (" + EngagementLength.Sql(context.IsPostgres) + ") AS l";
            await context.Database.OpenConnectionAsync();
            if (db == Db.Postgres)
            {
                // An empty table is read whole; the index must at least be usable.
                await context.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
            }

            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = (db == Db.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + max;
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetValue(reader.FieldCount - 1)?.ToString() ?? "");
            }

            return string.Join("\n", lines);
        });
        plan.ShouldContain("IX_Engagements_Length", customMessage: "the index expression in migrations 0019/0021 must equal the expression of EngagementLength.Sql");
    }

    [Fact]
    public void Every_warning_is_worded_in_chinese()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Liaison.slnx")))
        {
            dir = dir.Parent;
        }

        var resx = Path.Combine(dir!.FullName, "src", "Liaison", "Resources", "Features", "Engagements", "Itinerary", "_Warnings.zh-Hans.resx");
        var keys = XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        BookingWarningText.Formats.Where(f => !keys.Contains(f)).ShouldBeEmpty();
    }
}
