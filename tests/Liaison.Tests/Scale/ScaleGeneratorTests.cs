using System.Security.Cryptography;
using System.Text;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Demo.Scale;
using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Documents;
using Liaison.Features.Organizations;
using Liaison.Features.Search;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Scale;

public sealed class ScaleGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Small_scale_is_a_consistent_department_at_its_planned_size(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var report = await app.WithDbAsync(d => new ScaleGenerator(d, TextWriter.Null).GenerateAsync(ScaleSize.Small, 7, Today));

        await app.WithDbAsync(async d =>
        {
            var plan = ScaleTargets.For(ScaleSize.Small);
            var rows = report.Tables.ToDictionary(t => t.Table, t => t.Rows);
            rows["Organizations"].ShouldBe(await d.Organizations.LongCountAsync());
            rows["Organizations"].ShouldBeGreaterThanOrEqualTo(plan.Organizations);
            rows["People"].ShouldBeGreaterThanOrEqualTo(plan.People);
            rows["Positions"].ShouldBeGreaterThanOrEqualTo(plan.Positions);
            rows["Engagements"].ShouldBeGreaterThanOrEqualTo(plan.Engagements);
            (rows["EngagementMembers"] + rows["ItineraryItems"]).ShouldBeGreaterThanOrEqualTo(plan.MembersAndItinerary);
            rows["Touchpoints"].ShouldBe(plan.Touchpoints);
            rows["EngagementDocuments"].ShouldBe(plan.Documents);
            rows["AuditEntries"].ShouldBeGreaterThan(plan.AuditEntries);

            // One leading party per country at any date.
            var spans = await d.StandingSpans.Select(s => new { s.Organization!.CountryId, s.Standing, s.From, s.To }).ToListAsync();
            foreach (var date in new[] { new DateOnly(1998, 6, 1), new DateOnly(2012, 3, 1), Today })
            {
                spans.Where(s => s.Standing == Standing.LeadingRuling && s.From <= date && (s.To == null || s.To > date))
                    .GroupBy(s => s.CountryId).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty($"two leading parties on {date}");
            }

            // No generated person holds two overlapping posts in one organization, and every post ends after it starts.
            var posts = await d.Positions.Where(p => p.PersonId >= report.FirstGeneratedPersonId).Select(p => new { p.PersonId, p.OrganizationId, p.From, p.To }).ToListAsync();
            posts.Where(p => p.From is not null && p.To is not null).ShouldAllBe(p => p.From < p.To);
            foreach (var held in posts.Where(p => p.From is not null).GroupBy(p => (p.PersonId, p.OrganizationId)).Where(g => g.Count() > 1))
            {
                var ordered = held.OrderBy(p => p.From).ToList();
                for (var i = 1; i < ordered.Count; i++)
                {
                    (ordered[i - 1].To ?? DateOnly.MaxValue).ShouldBeLessThanOrEqualTo(ordered[i].From!.Value, $"overlapping posts of person {held.Key.PersonId}");
                }
            }

            // Delegation and host counts are the members.
            var counts = await d.Engagements.Select(e => new
            {
                e.DelegationCount,
                e.HostCount,
                Delegation = d.EngagementMembers.Count(m => m.EngagementId == e.Id && m.Side == EngagementSide.Delegation),
                Host = d.EngagementMembers.Count(m => m.EngagementId == e.Id && m.Side == EngagementSide.Host),
            }).ToListAsync();
            counts.ShouldAllBe(c => c.DelegationCount == c.Delegation && c.HostCount == c.Host);
            (await d.Engagements.CountAsync(e => e.CountryId != null && !d.EngagementCountries.Any(c => c.EngagementId == e.Id && c.CountryId == e.CountryId))).ShouldBe(0);

            // Touchpoint rows point at people and organizations that exist; dates follow the touchpoints.
            (await d.TouchpointPeople.CountAsync(x => !d.People.Any(p => p.Id == x.PersonId))).ShouldBe(0);
            (await d.TouchpointOrganizations.CountAsync(x => !d.Organizations.Any(o => o.Id == x.OrganizationId))).ShouldBe(0);
            (await d.People.CountAsync(p => p.Id >= report.FirstGeneratedPersonId && p.LastTouchpointOn != d.TouchpointPeople.Where(x => x.PersonId == p.Id).Max(x => (DateOnly?)x.Touchpoint!.On)
                && d.TouchpointPeople.Any(x => x.PersonId == p.Id))).ShouldBe(0);

            // Documents are what their hash says; the audit chain verifies.
            await foreach (var doc in d.Set<EngagementDocument>().AsNoTracking().OrderByDescending(x => x.Id).Take(200).AsAsyncEnumerable())
            {
                doc.Length.ShouldBe(doc.Content.Length);
                doc.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(doc.Content)));
            }

            (await AuditChain.VerifyAsync(d)).IsIntact.ShouldBeTrue();

            // A generated person is found by their Chinese name.
            var chinese = await d.People.Where(p => p.NameZh != null).OrderByDescending(p => p.Id)
                .Select(p => new { p.Id, p.NameZh }).FirstAsync();
            var hits = await new SearchService(d).SearchAsync(chinese.NameZh, 100, SearchKinds.Person);
            hits.ShouldContain(h => h.Id == chinese.Id);
        }, AccessScope.System);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_rows()
    {
        var first = await FingerprintAsync();
        var second = await FingerprintAsync();
        second.ShouldBe(first);
    }

    private static async Task<string> FingerprintAsync()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        await app.WithDbAsync(d => new ScaleGenerator(d, TextWriter.Null).GenerateAsync(ScaleSize.Small, 3, Today));
        return await app.WithDbAsync(async d =>
        {
            var text = new StringBuilder();
            foreach (var o in await d.Organizations.OrderBy(o => o.Id).Select(o => new { o.Id, o.NameEn, o.NameZh, o.Kind }).ToListAsync())
            {
                text.Append(o.Id).Append(o.NameEn).Append(o.NameZh).Append(o.Kind).Append('\n');
            }

            foreach (var p in await d.People.OrderBy(p => p.Id).Select(p => new { p.Id, p.NameEn, p.NameNative, p.BirthDate, p.LastTouchpointOn }).ToListAsync())
            {
                text.Append(p.Id).Append(p.NameEn).Append(p.NameNative).Append(p.BirthDate).Append(p.LastTouchpointOn).Append('\n');
            }

            foreach (var t in await d.Touchpoints.OrderBy(t => t.Id).Select(t => new { t.Id, t.On, t.Subject, t.Summary }).ToListAsync())
            {
                text.Append(t.Id).Append(t.On).Append(t.Subject).Append(t.Summary).Append('\n');
            }

            foreach (var e in await d.Set<EngagementDocument>().OrderBy(x => x.Id).Select(x => new { x.Id, x.Sha256 }).ToListAsync())
            {
                text.Append(e.Id).Append(e.Sha256).Append('\n');
            }

            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }, AccessScope.System);
    }

    [Fact]
    public async Task The_command_refuses_a_database_that_already_has_organizations()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "liaison-gen-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var migrate = await LiaisonProcess.RunAsync(dataDir, null, "migrate");
            migrate.ExitCode.ShouldBe(0, migrate.Error);
            await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(DataServiceExtensions.SqliteConnectionString(Path.Combine(dataDir, "liaison.db"))))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = """INSERT INTO "Organizations" ("Kind", "NameEn", "Classification", "CreatedAt", "UpdatedAt", "Version") VALUES (0, 'Existing Party', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0)""";
                await command.ExecuteNonQueryAsync();
            }

            var generate = await LiaisonProcess.RunAsync(dataDir, null, "dev", "generate", "--scale", "small");
            generate.ExitCode.ShouldBe(2, generate.Output + generate.Error);
            generate.Error.ShouldContain("already has organizations");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }
    }
}
