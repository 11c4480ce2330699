using System.Diagnostics;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Documents;
using Liaison.Features.Engagements.Itinerary;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Features.Search;
using Liaison.Features.Touchpoints;
using Liaison.Features.Work;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Liaison.Features.Demo.Scale;

/// <summary>Rows per table after generation; people from <see cref="FirstGeneratedPersonId"/> on are the generated ones.</summary>
public sealed record ScaleReport(IReadOnlyList<(string Table, long Rows)> Tables, long RowsAdded, TimeSpan Elapsed, int FirstGeneratedPersonId);

/// <summary>
/// Fills an empty database with the demo department scaled out to a size (<see cref="ScaleTargets"/>): the same scale, seed and
/// day give the same rows. Bulk rows bypass SaveChanges; the search entries, match keys, last-contact dates and audit chain they
/// would have produced are written alongside.
/// </summary>
public sealed class ScaleGenerator(LiaisonDbContext db, TextWriter log)
{
    private const int PeoplePerBatch = 10_000;
    private const int EngagementsPerBatch = 2_000;
    private const int TouchpointsPerBatch = 25_000;
    private const int DocumentsPerBatch = 5_000;
    private const int AuditPerBatch = 50_000;

    public async Task<ScaleReport> GenerateAsync(ScaleSize size, int seed, DateOnly today, CancellationToken ct = default)
    {
        // Set-based passes over millions of rows take longer than a request's 30 s.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var clock = Stopwatch.StartNew();
        var targets = ScaleTargets.For(size);
        await Stage("demo department", async () =>
        {
            await DemoData.LoadAsync(db, seed, today, ct);
            db.ChangeTracker.Clear();
            return await db.People.IgnoreQueryFilters().LongCountAsync(ct);
        });

        var world = await ScaleWorld.LoadAsync(db, today, ct);
        var tiers = await db.CultivationTiers.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Id, StringComparer.Ordinal, ct);
        var random = new Random(seed);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await TuneAsync(fast: true, ct);
            await using var bulk = new ScaleBulk(db);
            await InStage("organizations", bulk, async () =>
            {
                var existing = await db.Organizations.IgnoreQueryFilters().CountAsync(ct);
                var batch = ScaleOrganizations.Create(world, ScaleTargets.Extra(targets.Organizations, existing, ScaleTargets.Full.Organizations),
                    (int)await bulk.NextIdAsync<Organization>(ct), new Random(seed + 1));
                await Number(bulk, batch.Names, (x, id) => x.Id = (int)id, ct);
                await Number(bulk, batch.Spans, (x, id) => x.Id = (int)id, ct);
                await Number(bulk, batch.Entries, (x, id) => x.Id = id, ct);
                await bulk.WriteAsync(batch.Organizations, ct);
                await bulk.WriteAsync(batch.Names, ct);
                await bulk.WriteAsync(batch.Spans, ct);
                await bulk.WriteAsync(batch.Entries, ct);
            }, ct);

            await InStage("people and positions", bulk, async () =>
            {
                var people = ScaleTargets.Extra(targets.People, await db.People.IgnoreQueryFilters().CountAsync(ct), ScaleTargets.Full.People);
                var positions = ScaleTargets.Extra(targets.Positions, await db.Positions.IgnoreQueryFilters().CountAsync(ct), ScaleTargets.Full.Positions);
                var generator = new ScalePeople(world, new Random(seed + 2), tiers);
                var personId = (int)await bulk.NextIdAsync<Person>(ct);
                var positionId = (int)await bulk.NextIdAsync<Position>(ct);
                var nameId = (int)await bulk.NextIdAsync<PersonName>(ct);
                var channelId = (int)await bulk.NextIdAsync<ContactChannel>(ct);
                var entryId = await bulk.NextIdAsync<SearchEntry>(ct);
                var keyId = await bulk.NextIdAsync<PersonMatchKey>(ct);
                for (var done = 0; done < people; done += PeoplePerBatch)
                {
                    var n = Math.Min(PeoplePerBatch, people - done);
                    var share = (int)((long)positions * (done + n) / people) - (int)((long)positions * done / people);
                    var batch = generator.Create(personId + done, n, share, ref positionId, ref nameId, ref channelId);
                    batch.Entries.ForEach(e => e.Id = entryId++);
                    batch.Keys.ForEach(k => k.Id = keyId++);
                    await bulk.WriteAsync(batch.People, ct);
                    await bulk.WriteAsync(batch.Names, ct);
                    await bulk.WriteAsync(batch.Positions, ct);
                    await bulk.WriteAsync(batch.Channels, ct);
                    await bulk.WriteAsync(batch.Entries, ct);
                    await bulk.WriteAsync(batch.Keys, ct);
                }
            }, ct);

            var engagements = new ScaleEngagements(world, new Random(seed + 3));
            await InStage("engagements", bulk, async () =>
            {
                var count = ScaleTargets.Extra(targets.Engagements, await db.Engagements.IgnoreQueryFilters().CountAsync(ct), ScaleTargets.Full.Engagements);
                var existingSlots = await db.EngagementMembers.IgnoreQueryFilters().CountAsync(ct) + await db.Set<ItineraryItem>().IgnoreQueryFilters().CountAsync(ct);
                var slots = ScaleTargets.Extra(targets.MembersAndItinerary, existingSlots, ScaleTargets.Full.MembersAndItinerary);
                var engagementId = (int)await bulk.NextIdAsync<Engagement>(ct);
                var memberId = (int)await bulk.NextIdAsync<EngagementMember>(ct);
                var itemId = (int)await bulk.NextIdAsync<ItineraryItem>(ct);
                var touchpointId = (int)await bulk.NextIdAsync<Touchpoint>(ct);
                for (var done = 0; done < count; done += EngagementsPerBatch)
                {
                    var n = Math.Min(EngagementsPerBatch, count - done);
                    var share = (int)((long)slots * (done + n) / count) - (int)((long)slots * done / count);
                    var batch = engagements.Create(engagementId + done, n, share, ref memberId, ref itemId, ref touchpointId);
                    await bulk.WriteAsync(batch.Engagements, ct);
                    await bulk.WriteAsync(batch.Countries, ct);
                    await bulk.WriteAsync(batch.Organizations, ct);
                    await bulk.WriteAsync(batch.Members, ct);
                    await bulk.WriteAsync(batch.Items, ct);
                    await WriteTouchpointsAsync(bulk, batch.Touchpoints, batch.TouchpointPeople, batch.TouchpointOrganizations, batch.Participants, [], ct);
                }
            }, ct);

            await InStage("touchpoints", bulk, async () =>
            {
                var existing = await db.Touchpoints.IgnoreQueryFilters().CountAsync(ct);
                var count = ScaleTargets.Extra(targets.Touchpoints, existing, ScaleTargets.Full.Touchpoints);
                var generator = new ScaleTouchpoints(world, new Random(seed + 4));
                var touchpointId = (int)await bulk.NextIdAsync<Touchpoint>(ct);
                var taskId = (int)await bulk.NextIdAsync<TaskItem>(ct);
                for (var done = 0; done < count; done += TouchpointsPerBatch)
                {
                    var batch = generator.Create(Math.Min(TouchpointsPerBatch, count - done), ref touchpointId, ref taskId);
                    await WriteTouchpointsAsync(bulk, batch.Touchpoints, batch.People, batch.Organizations, batch.Participants, batch.Tasks, ct);
                }

                // The latest contact of everyone touched, as TouchpointDates keeps it (one set-based statement each).
                var firstPerson = world.People.Count == 0 ? 0 : world.People[0].Id;
                if (db.IsPostgres)
                {
                    // Fresh statistics first (the rows just arrived by COPY), then one grouped pass per table: a correlated
                    // subquery per row with stale statistics ran past any timeout.
                    await db.Database.ExecuteSqlRawAsync("""ANALYZE "Touchpoints", "TouchpointPeople", "TouchpointOrganizations", "People", "Organizations" """, ct);
                    await db.Database.ExecuteSqlRawAsync("""
                        UPDATE "People" p SET "LastTouchpointOn" = m.last
                        FROM (SELECT x."PersonId", MAX(t."On") AS last FROM "TouchpointPeople" x JOIN "Touchpoints" t ON t."Id" = x."TouchpointId" GROUP BY x."PersonId") m
                        WHERE p."Id" = m."PersonId" AND p."Id" >= {0}
                        """, [firstPerson], ct);
                    await db.Database.ExecuteSqlRawAsync("""
                        UPDATE "Organizations" o SET "LastTouchpointOn" = m.last
                        FROM (SELECT x."OrganizationId", MAX(t."On") AS last FROM "TouchpointOrganizations" x JOIN "Touchpoints" t ON t."Id" = x."TouchpointId" GROUP BY x."OrganizationId") m
                        WHERE o."Id" = m."OrganizationId"
                        """, ct);
                }
                else
                {
                    await db.Database.ExecuteSqlRawAsync("""
                        UPDATE "People" SET "LastTouchpointOn" = (SELECT MAX(t."On") FROM "TouchpointPeople" x JOIN "Touchpoints" t ON t."Id" = x."TouchpointId" WHERE x."PersonId" = "People"."Id") WHERE "Id" >= {0}
                        """, [firstPerson], ct);
                    await db.Database.ExecuteSqlRawAsync("""
                        UPDATE "Organizations" SET "LastTouchpointOn" = (SELECT MAX(t."On") FROM "TouchpointOrganizations" x JOIN "Touchpoints" t ON t."Id" = x."TouchpointId" WHERE x."OrganizationId" = "Organizations"."Id")
                        """, ct);
                }
            }, ct);

            await InStage("documents", bulk, async () =>
            {
                var count = ScaleTargets.Extra(targets.Documents, await db.Set<EngagementDocument>().IgnoreQueryFilters().CountAsync(ct), ScaleTargets.Full.Documents);
                var generator = new ScaleDocuments(new Random(seed + 5));
                var documentId = (int)await bulk.NextIdAsync<EngagementDocument>(ct);
                for (var done = 0; done < count && engagements.Completed.Count > 0; done += DocumentsPerBatch)
                {
                    await bulk.WriteAsync(generator.Create(engagements.Completed, Math.Min(DocumentsPerBatch, count - done), ref documentId), ct);
                }
            }, ct);

            await InStage("audit trail", bulk, async () =>
            {
                var count = ScaleTargets.Extra(targets.AuditEntries, await db.AuditEntries.CountAsync(ct), ScaleTargets.Full.AuditEntries);
                var audit = new ScaleAudit(world, new Random(seed + 6));
                audit.Previous = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct) ?? AuditChain.Genesis;
                audit.Start(count);
                var id = await bulk.NextIdAsync<AuditEntry>(ct);
                for (var done = 0; done < count; done += AuditPerBatch)
                {
                    var entries = audit.Create(Math.Min(AuditPerBatch, count - done));
                    entries.ForEach(e => e.Id = id++);
                    await bulk.WriteAsync(entries, ct);
                }
            }, ct);

            await Stage("keys and statistics", async () =>
            {
                await ResetIdentitiesAsync(ct);
                await TuneAsync(fast: false, ct);
                // On PostgreSQL also VACUUM: it marks the freshly written pages all-visible, so index-only scans work
                // at once, and autovacuum does not then do it for minutes while the database is in use.
                await db.Database.ExecuteSqlRawAsync(db.IsPostgres ? "VACUUM (ANALYZE)" : "ANALYZE; PRAGMA optimize;", ct);
                return 0;
            });

            await db.AuditEventAsync(AuditActions.Create, "DemoData", "scale", $"{{\"scale\":\"{size}\",\"seed\":{seed},\"rows\":{bulk.Written}}}", ct);
            var tables = await CountAsync(ct);
            return new ScaleReport(tables, bulk.Written, clock.Elapsed, world.People.Count == 0 ? 0 : world.People[0].Id);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task WriteTouchpointsAsync(ScaleBulk bulk, List<Touchpoint> touchpoints, List<TouchpointPerson> people, List<TouchpointOrganization> organizations,
        List<TouchpointParticipant> participants, List<TaskItem> tasks, CancellationToken ct)
    {
        await bulk.WriteAsync(touchpoints, ct);
        await bulk.WriteAsync(people, ct);
        await bulk.WriteAsync(organizations, ct);
        await bulk.WriteAsync(participants, ct);
        await bulk.WriteAsync(tasks, ct);
    }

    private static async Task Number<T>(ScaleBulk bulk, IReadOnlyList<T> rows, Action<T, long> set, CancellationToken ct) where T : class
    {
        var next = await bulk.NextIdAsync<T>(ct);
        foreach (var row in rows)
        {
            set(row, next++);
        }
    }

    // One transaction per stage: SQLite writes fastest in large transactions, and a stage is all or nothing.
    private async Task InStage(string name, ScaleBulk bulk, Func<Task> work, CancellationToken ct)
    {
        await Stage(name, async () =>
        {
            var before = bulk.Written;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await work();
            await transaction.CommitAsync(ct);
            return bulk.Written - before;
        });
    }

    private async Task Stage(string name, Func<Task<long>> work)
    {
        var clock = Stopwatch.StartNew();
        var rows = await work();
        var seconds = clock.Elapsed.TotalSeconds;
        await log.WriteLineAsync(FormattableString.Invariant($"  {name,-22} {rows,12:N0} rows {seconds,8:F1} s {(seconds > 0 ? rows / seconds : 0),12:N0} rows/s"));
    }

    private async Task TuneAsync(bool fast, CancellationToken ct)
    {
        var sql = db.IsPostgres
            ? fast ? "SET synchronous_commit = off" : "SET synchronous_commit = on"
            : fast ? "PRAGMA synchronous = OFF; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;" : "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -2000;";
        await db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    private async Task ResetIdentitiesAsync(CancellationToken ct)
    {
        await DemoBulk.ResetIdentityAsync<Organization>(db, ct);
        await DemoBulk.ResetIdentityAsync<OrganizationName>(db, ct);
        await DemoBulk.ResetIdentityAsync<StandingSpan>(db, ct);
        await DemoBulk.ResetIdentityAsync<SearchEntry>(db, ct);
        await DemoBulk.ResetIdentityAsync<Person>(db, ct);
        await DemoBulk.ResetIdentityAsync<PersonName>(db, ct);
        await DemoBulk.ResetIdentityAsync<Position>(db, ct);
        await DemoBulk.ResetIdentityAsync<ContactChannel>(db, ct);
        await DemoBulk.ResetIdentityAsync<PersonMatchKey>(db, ct);
        await DemoBulk.ResetIdentityAsync<Engagement>(db, ct);
        await DemoBulk.ResetIdentityAsync<EngagementMember>(db, ct);
        await DemoBulk.ResetIdentityAsync<ItineraryItem>(db, ct);
        await DemoBulk.ResetIdentityAsync<Touchpoint>(db, ct);
        await DemoBulk.ResetIdentityAsync<TaskItem>(db, ct);
        await DemoBulk.ResetIdentityAsync<EngagementDocument>(db, ct);
        await DemoBulk.ResetIdentityAsync<AuditEntry>(db, ct);
    }

    /// <summary>Rows per table of the model, largest first.</summary>
    public async Task<List<(string Table, long Rows)>> CountAsync(CancellationToken ct)
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var counts = new List<(string, long)>();
        var connection = db.Database.GetDbConnection();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts.Add((table, Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return [.. counts.OrderByDescending(c => c.Item2).ThenBy(c => c.Item1, StringComparer.Ordinal)];
    }
}
