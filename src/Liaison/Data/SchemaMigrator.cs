using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Liaison.Data;

/// <summary>
/// Versioned schema without EF Core Design: ordered SQL scripts per provider, embedded in the assembly
/// (<c>Data/Migrations/{Sqlite|Postgres}/NNNN_name.sql</c>), each applied once in its own transaction and
/// recorded in <c>__schema_migrations</c>. A test fails when the scripts and the EF model disagree.
/// </summary>
public sealed class SchemaMigrator(LiaisonDbContext db, ILogger<SchemaMigrator> logger)
{
    private const string HistoryTable = "__schema_migrations";
    private const long MigrationLockKey = 7_274_661_000;

    public sealed record Script(string Id, string Sql);

    public IReadOnlyList<Script> Scripts => ScriptsFor(db.IsPostgres);

    public static IReadOnlyList<Script> ScriptsFor(bool postgres)
    {
        var prefix = postgres ? "Liaison.Migrations.Postgres." : "Liaison.Migrations.Sqlite.";
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Select(n => (Resource: n, Name: n.Replace('/', '.').Replace('\\', '.')))
            .Where(n => n.Name.StartsWith(prefix, StringComparison.Ordinal) && n.Name.EndsWith(".sql", StringComparison.Ordinal))
            .OrderBy(n => n.Name, StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n.Resource)!;
                using var reader = new StreamReader(stream);
                return new Script(n.Name[prefix.Length..^4], reader.ReadToEnd());
            })
            .ToList();
    }

    public async Task<IReadOnlyList<string>> AppliedAsync(CancellationToken ct = default)
    {
        await EnsureHistoryTableAsync(ct);
        return await db.Database.SqlQueryRaw<string>($"SELECT id AS \"Value\" FROM {HistoryTable} ORDER BY id").ToListAsync(ct);
    }

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct = default)
    {
        var applied = (await AppliedAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return Scripts.Where(s => !applied.Contains(s.Id)).Select(s => s.Id).ToList();
    }

    /// <summary>Applies every pending script; returns the ids applied. Safe to run from several instances at once.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (db.IsPostgres)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", ct);
            }

            var pending = await PendingAsync(ct);
            var scripts = Scripts.Where(s => pending.Contains(s.Id)).ToList();
            foreach (var script in scripts)
            {
                logger.LogInformation("Applying schema migration {Id}", script.Id);
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await using (var command = db.Database.GetDbConnection().CreateCommand())
                {
                    command.Transaction = transaction.GetDbTransaction();
                    command.CommandText = script.Sql;
                    command.CommandTimeout = 600;
                    await command.ExecuteNonQueryAsync(ct);
                }

                await db.Database.ExecuteSqlAsync($"INSERT INTO __schema_migrations (id, applied_at) VALUES ({script.Id}, {Clock.UtcNow.ToString("O")})", ct);
                await transaction.CommitAsync(ct);
            }

            return scripts.Select(s => s.Id).ToList();
        }
        finally
        {
            if (db.IsPostgres)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    private Task EnsureHistoryTableAsync(CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync($"CREATE TABLE IF NOT EXISTS {HistoryTable} (id varchar(150) NOT NULL PRIMARY KEY, applied_at varchar(40) NOT NULL)", ct);
}
