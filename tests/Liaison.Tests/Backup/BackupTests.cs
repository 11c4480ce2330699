using System.Data.Common;
using System.Globalization;
using System.Net;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Backup;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Liaison.Tests.Backup;

public sealed class BackupTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_backup_taken_while_organizations_are_written_restores_the_same_records_and_a_verifying_audit_chain(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var provider = db == Db.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var name = "Backup Test Party " + written.ToString(CultureInfo.InvariantCulture);
                var created = await admin.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = name, kind = "PoliticalParty", countryIso3 = "FRA" });
                created.StatusCode.ShouldBe(HttpStatusCode.Created);
                Interlocked.Increment(ref written);
            }
        });
        while (Volatile.Read(ref written) < 5)
        {
            await Task.Delay(20);
        }

        var file = Path.Combine(app.DataDir, "liaison.backup");
        var backup = await DatabaseBackup.BackupAsync(provider, app.ConnectionString, file);
        var writtenDuringBackup = Volatile.Read(ref written);
        while (Volatile.Read(ref written) < writtenDuringBackup + 5)
        {
            await Task.Delay(20);
        }

        await stop.CancelAsync();
        await writer;
        backup.Bytes.ShouldBeGreaterThan(0);
        File.Exists(file + ".partial").ShouldBeFalse();
        await Should.ThrowAsync<BackupRejectedException>(() => DatabaseBackup.BackupAsync(provider, app.ConnectionString, file));

        var target = db == Db.Postgres
            ? PostgresServer.Instance.CreateDatabase()
            : DataServiceExtensions.SqliteConnectionString(Path.Combine(app.DataDir, "restored.db"));
        await DatabaseBackup.RestoreAsync(provider, target, file);

        // Every restored record is the source's record as it was; the writes after the snapshot are simply not there.
        const string organizations = """SELECT "Id", "NameEn", "Version", "CreatedAt" FROM "Organizations" ORDER BY "Id" """;
        var source = await RowsAsync(provider, app.ConnectionString, organizations);
        var restored = await RowsAsync(provider, target, organizations);
        restored.Count.ShouldBeGreaterThan(5);
        restored.Count.ShouldBeLessThan(source.Count);
        source.Take(restored.Count).ShouldBe(restored);

        const string audit = """SELECT "Id", "Hash" FROM "AuditEntries" ORDER BY "Id" """;
        var sourceAudit = await RowsAsync(provider, app.ConnectionString, audit);
        var restoredAudit = await RowsAsync(provider, target, audit);
        sourceAudit.Take(restoredAudit.Count).ShouldBe(restoredAudit);

        var options = new DbContextOptionsBuilder<LiaisonDbContext>();
        DataServiceExtensions.Configure(options, provider, target);
        await using var restoredDb = new LiaisonDbContext(options.Options) { Scope = AccessScope.System };
        var chain = await AuditChain.VerifyAsync(restoredDb);
        chain.IsIntact.ShouldBeTrue(chain.Problem);
        chain.EntriesChecked.ShouldBe(restoredAudit.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Files_that_are_not_backups_of_this_database_are_refused_and_nothing_changes(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var provider = db == Db.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var countries = await RowsAsync(provider, app.ConnectionString, """SELECT "Id" FROM "Countries" """);

        var text = Path.Combine(app.DataDir, "notes.txt");
        await File.WriteAllTextAsync(text, "name,country\nnot a backup,FRA\n");
        (await Should.ThrowAsync<BackupRejectedException>(() => DatabaseBackup.RestoreAsync(provider, app.ConnectionString, text)))
            .Message.ShouldContain("not a Liaison backup");
        (await Should.ThrowAsync<BackupRejectedException>(() => DatabaseBackup.RestoreAsync(provider, app.ConnectionString, text + ".missing")))
            .Message.ShouldContain("does not exist");

        // A backup of the other kind of database is named as such.
        var other = Path.Combine(app.DataDir, "other.backup");
        await File.WriteAllBytesAsync(other, db == Db.Postgres ? "SQLite format 3\0........"u8.ToArray() : "PGDMP\u0001\u000e\0........"u8.ToArray());
        (await Should.ThrowAsync<BackupRejectedException>(() => DatabaseBackup.RestoreAsync(provider, app.ConnectionString, other)))
            .Message.ShouldContain("this Liaison is configured for " + provider);

        (await RowsAsync(provider, app.ConnectionString, """SELECT "Id" FROM "Countries" """)).Count.ShouldBe(countries.Count);
    }

    [Fact]
    public async Task The_command_line_backs_up_and_restores_into_a_new_folder_with_the_audit_chain_intact()
    {
        var root = Path.Combine(Path.GetTempPath(), "liaison-backup-" + Guid.NewGuid().ToString("N")[..8]);
        var live = Path.Combine(root, "live");
        var copy = Path.Combine(root, "copy");
        try
        {
            (await LiaisonProcess.RunAsync(live, null, "migrate")).ExitCode.ShouldBe(0);
            (await LiaisonProcess.RunAsync(live, null, "desks", "save", "Backup Desk", "--country", "FRA")).ExitCode.ShouldBe(0);
            var file = Path.Combine(root, "liaison.backup");
            var backup = await LiaisonProcess.RunAsync(live, null, "backup", file);
            backup.ExitCode.ShouldBe(0, backup.Error);
            backup.Output.ShouldContain("Backup written");
            var again = await LiaisonProcess.RunAsync(live, null, "backup", file);
            again.ExitCode.ShouldBe(2);
            again.Error.ShouldContain("already exists");

            var unconfirmed = await LiaisonProcess.RunAsync(copy, null, "restore", file);
            unconfirmed.ExitCode.ShouldBe(2);
            unconfirmed.Error.ShouldContain("--yes");
            var restore = await LiaisonProcess.RunAsync(copy, null, "restore", file, "--yes");
            restore.ExitCode.ShouldBe(0, restore.Error);
            restore.Output.ShouldContain("audit chain intact");

            (await LiaisonProcess.RunAsync(copy, null, "desks", "list")).Output.ShouldContain("Backup Desk");
            (await LiaisonProcess.RunAsync(copy, null, "audit", "verify")).ExitCode.ShouldBe(0);
            var actions = await RowsAsync(DatabaseProvider.Sqlite, DataServiceExtensions.SqliteConnectionString(Path.Combine(copy, "liaison.db")),
                """SELECT "Action" FROM "AuditEntries" WHERE "Action" IN ('backup', 'restore') ORDER BY "Id" """);
            actions.ShouldBe(["backup", "restore"]);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<List<string>> RowsAsync(DatabaseProvider provider, string connectionString, string sql)
    {
        await using DbConnection connection = provider == DatabaseProvider.Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
