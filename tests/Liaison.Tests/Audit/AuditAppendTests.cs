using System.Globalization;
using System.Net;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Desks;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Liaison.Tests.Audit;

/// <summary>
/// A sensitive read is appended to the audit chain in one statement when the process knows where the chain ends
/// (<see cref="AuditChainHead"/>). Whatever else writes to the chain meanwhile, every read is recorded once and the chain
/// stays one unbroken line.
/// </summary>
public sealed class AuditAppendTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Sensitive_reads_among_other_writers_are_each_recorded_in_one_unbroken_chain(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var url = $"/api/v1/organizations/{dir.RestrictedGerman}";
        var before = await ReadsAsync();

        // Reads from many requests at once, while saves (which append under the chain's lock) run beside them.
        var reads = Enumerable.Range(0, 24).Select(_ => admin.Client.GetAsync(url));
        var saves = Enumerable.Range(0, 6).Select(i => app.WithDbAsync(async d =>
        {
            d.Desks.Add(new Desk { Name = $"Desk of round {i}" });
            return await d.SaveChangesAsync();
        }));
        var responses = await Task.WhenAll(reads);
        await Task.WhenAll(saves);
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        (await ReadsAsync()).ShouldBe(before + 24);

        // Another instance of Liaison on the same database appends an entry this process does not know of.
        var foreign = await AppendAsAnotherInstanceAsync(app);
        (await admin.Client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadsAsync()).ShouldBe(before + 25);
        var last = await app.WithDbAsync(d => d.AuditEntries.OrderByDescending(a => a.Id).FirstAsync());
        last.Action.ShouldBe(AuditActions.Read);
        last.PreviousHash.ShouldBe(foreign, "the read extends the other instance's entry, not the end this process remembered");

        var verification = await app.WithDbAsync(d => AuditChain.VerifyAsync(d));
        verification.IsIntact.ShouldBeTrue(verification.Problem);

        Task<int> ReadsAsync() => app.WithDbAsync(d => d.AuditEntries.CountAsync(a =>
            a.Action == AuditActions.Read && a.EntityType == "Organization" && a.EntityId == dir.RestrictedGerman.ToString(CultureInfo.InvariantCulture)));
    }

    [SkippableFact]
    public async Task PostgreSQL_refuses_a_second_entry_after_the_same_entry()
    {
        await using var app = await TestApp.StartAsync(Db.Postgres);
        await TestDirectory.SeedAsync(app);
        var extended = await app.WithDbAsync(d => d.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.PreviousHash).FirstAsync());

        var error = await Should.ThrowAsync<PostgresException>(() => app.WithDbAsync(d => InsertAsync(d, extended, "fork")));
        error.SqlState.ShouldBe(PostgresErrorCodes.UniqueViolation);
    }

    [SkippableFact]
    public async Task A_database_whose_chain_already_forked_still_migrates()
    {
        PostgresServer.Instance.RequireOrSkip();
        var options = new DbContextOptionsBuilder<LiaisonDbContext>();
        DataServiceExtensions.Configure(options, DatabaseProvider.Postgres, PostgresServer.Instance.CreateDatabase());
        await using var db = new LiaisonDbContext(options.Options);
        var migrator = new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance);

        // The schema before the unique index, with a chain that forks at its first entry (a damaged database).
        await migrator.AppliedAsync();
        await db.Database.OpenConnectionAsync();
        foreach (var script in migrator.Scripts.Where(s => string.CompareOrdinal(s.Id, "0024") < 0))
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = script.Sql;
            await command.ExecuteNonQueryAsync();
            await db.Database.ExecuteSqlAsync($"INSERT INTO __schema_migrations (id, applied_at) VALUES ({script.Id}, '2026-01-01')");
        }

        var first = await InsertAsync(db, AuditChain.Genesis, "first");
        await InsertAsync(db, AuditChain.Genesis, "forged");

        (await migrator.MigrateAsync()).ShouldHaveSingleItem().ShouldStartWith("0024");
        (await AuditChain.VerifyAsync(db)).IsIntact.ShouldBeFalse();

        // From here on the chain cannot fork again.
        await InsertAsync(db, first, "after the fork");
        (await Should.ThrowAsync<PostgresException>(() => InsertAsync(db, first, "second after the fork"))).SqlState.ShouldBe(PostgresErrorCodes.UniqueViolation);
    }

    /// <summary>What another process would write: a valid entry after <paramref name="previous"/>, by plain SQL.</summary>
    private static async Task<string> InsertAsync(LiaisonDbContext db, string previous, string entityId)
    {
        var entry = new AuditEntry
        {
            At = Clock.UtcNow,
            UserName = "another instance",
            Action = AuditActions.SignIn,
            EntityType = "AppUser",
            EntityId = entityId,
            PreviousHash = previous,
        };
        entry.Hash = AuditChain.ComputeHash(entry);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "AuditEntries" ("At", "UserId", "UserName", "Action", "EntityType", "EntityId", "Changes", "PreviousHash", "Hash")
            VALUES ({entry.At}, {entry.UserId}, {entry.UserName}, {entry.Action}, {entry.EntityType}, {entry.EntityId}, {entry.Changes}, {entry.PreviousHash}, {entry.Hash})
            """);
        return entry.Hash;
    }

    private static Task<string> AppendAsAnotherInstanceAsync(TestApp app) => app.WithDbAsync(async d =>
        await InsertAsync(d, await d.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstAsync(), "elsewhere"));
}
