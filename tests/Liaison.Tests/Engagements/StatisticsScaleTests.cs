using System.Diagnostics;
using Liaison.Features.Engagements.Statistics;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Liaison.Tests.Engagements;

/// <summary>
/// The statistics at the department's target size: 50,000 engagements (80% completed) with countries and organizations,
/// inserted in bulk. The aggregation stays in the database: every table is one or two grouped queries whatever the size. The
/// bound only catches pathological plans (test machines are shared and busy); the timings are printed for the record.
/// </summary>
public sealed class StatisticsScaleTests(ITestOutputHelper output)
{
    private const int Count = 50_000;

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Every_table_is_computed_quickly_at_fifty_thousand_engagements(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var fixture = await StatisticsFixture.SeedAsync(app);
        var d = fixture.Dir;
        await app.WithDbAsync(async context =>
        {
            var c = await context.Countries.Where(x => new[] { "DEU", "FRA", "VNM", "LAO" }.Contains(x.Iso3)).ToDictionaryAsync(x => x.Iso3, x => x.Id);
            var country = $"CASE i % 4 WHEN 0 THEN {c["DEU"]} WHEN 1 THEN {c["FRA"]} WHEN 2 THEN {c["VNM"]} ELSE {c["LAO"]} END";
            var status = "CASE WHEN i % 10 < 8 THEN 4 ELSE i % 7 END";
            var (numbers, starts, ends) = db == Db.Postgres
                ? ("generate_series(1, " + Count + ") AS n(i)", "DATE '2016-01-01' + (i % 3650)", "DATE '2016-01-01' + (i % 3650) + (i % 4)")
                : ("n", "date('2016-01-01', '+' || (i % 3650) || ' days')", "date('2016-01-01', '+' || (i % 3650 + i % 4) || ' days')");
            var with = db == Db.Postgres ? "" : $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Count}) ";
            var now = db == Db.Postgres ? "now()" : "'2025-01-01 00:00:00'";
            // Statements built from the fixture's own numbers (no outside input).
            string engagements = $"""
                {with}INSERT INTO "Engagements" ("Kind", "Status", "Title", "StartsOn", "EndsOn", "CountryId", "Classification", "DelegationCount", "HostCount", "CreatedAt", "UpdatedAt", "Version")
                SELECT i % 11, {status}, 'Bulk ' || i, {starts}, {ends}, {country}, 1, i % 9, i % 3, {now}, {now}, 0 FROM {numbers}
                """;
            await context.Database.ExecuteSqlRawAsync(engagements);
            await context.Database.ExecuteSqlRawAsync(
                """INSERT INTO "EngagementCountries" ("EngagementId", "CountryId") SELECT "Id", "CountryId" FROM "Engagements" WHERE "Title" LIKE 'Bulk %'""");
            string france = $"""INSERT INTO "EngagementCountries" ("EngagementId", "CountryId") SELECT "Id", {c["FRA"]} FROM "Engagements" WHERE "Title" LIKE 'Bulk %' AND "Id" % 3 = 0 AND "CountryId" <> {c["FRA"]}""";
            await context.Database.ExecuteSqlRawAsync(france);
            var orgs = $"CASE \"Id\" % 5 WHEN 0 THEN {d.Spd} WHEN 1 THEN {d.Cdu} WHEN 2 THEN {d.Greens} WHEN 3 THEN {d.VietnamContact} ELSE {fixture.LaoYouth} END";
            string organizations = $"""INSERT INTO "EngagementOrganizations" ("EngagementId", "OrganizationId") SELECT "Id", {orgs} FROM "Engagements" WHERE "Title" LIKE 'Bulk %'""";
            await context.Database.ExecuteSqlRawAsync(organizations);
            await context.Database.ExecuteSqlRawAsync("ANALYZE");
        });

        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var officerScope = await app.WithDbAsync(x => AccessScopeFactory.ForUserAsync(x, officer.Id));
        var filter = new StatisticsFilter(2016, 2025, null, null);
        foreach (var (who, scope) in new[] { ("system", AccessScope.System), ("Southeast Asia officer", officerScope!) })
        {
            foreach (var by in Enum.GetValues<StatisticsDimension>())
            {
                var best = long.MaxValue;
                var rows = 0;
                for (var run = 0; run < 3; run++)
                {
                    var watch = Stopwatch.StartNew();
                    rows = (await app.WithDbAsync(x => StatisticsQueries.TableAsync(x, filter, by), scope)).Rows.Sum(r => r.Engagements);
                    best = Math.Min(best, watch.ElapsedMilliseconds);
                }

                output.WriteLine($"{db} {who} by {by}: {best} ms ({rows} counted)");
                best.ShouldBeLessThan(5000, $"{who} by {by}");
            }
        }
    }
}
