using Liaison.Data;
using Liaison.Features.Demo;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Security;

/// <summary>
/// Rows that hang off records (names, standings, members, itinerary, positions, who was at a meeting…) are visible
/// exactly when the records they hang off are, by those records' own rules: on the demo department, for a desk officer
/// and for a leader without the highest clearance, each link table's filtered rows are compared with the rows whose
/// records the viewer sees.
/// </summary>
public sealed class LinkVisibilityTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_row_hanging_off_a_record_is_visible_exactly_when_its_records_are(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.WithDbAsync(d => DemoData.LoadAsync(d, DemoData.DefaultSeed, Clock.Today));
        var desk = await app.WithDbAsync(d => d.Desks.OrderBy(x => x.Id).Select(x => x.Name).FirstAsync());
        var deskOfficer = await ScopeOfAsync(app, await app.CreateUserAsync(Roles.DeskOfficer, [desk]));
        var leader = await ScopeOfAsync(app, await app.CreateUserAsync(Roles.Leader, clearance: Classification.Confidential));

        var asDesk = await app.WithDbAsync(d => LinkCounts.ReadAsync(d), deskOfficer);
        foreach (var row in asDesk)
        {
            row.Visible.ShouldBe(row.Expected, row.Name);
        }

        // The comparison means something: the desk officer misses rows of every kind the demo has plenty of.
        foreach (var name in LinkCounts.AlwaysPartlyHidden)
        {
            var row = asDesk.Single(r => r.Name == name);
            row.Visible.ShouldBeGreaterThan(0, name);
            row.Visible.ShouldBeLessThan(row.Total, name);
        }

        var asLeader = await app.WithDbAsync(d => LinkCounts.ReadAsync(d), leader);
        foreach (var row in asLeader)
        {
            row.Visible.ShouldBe(row.Expected, row.Name);
        }

        asLeader.Sum(r => r.Total - r.Visible).ShouldBeGreaterThan(0, "the leader misses the rows of Restricted records");
    }

    // The viewer as the product reads a user: roles, desks and clearance from the database.
    private static async Task<AccessScope> ScopeOfAsync(TestApp app, TestUser user) =>
        (await app.WithDbAsync(d => AccessScopeFactory.ForUserAsync(d, user.Id)))!;
}
