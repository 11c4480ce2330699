using System.Diagnostics;
using System.Text;
using Liaison.Data;
using Microsoft.Data.Sqlite;

namespace Liaison.Features.Backup;

public sealed record BackupResult(string File, long Bytes, TimeSpan Elapsed);

/// <summary>Why a backup file cannot be restored here: not a backup, from the other database, from a newer Liaison, damaged.</summary>
public sealed class BackupRejectedException(string message) : Exception(message);

/// <summary>
/// Consistent online backups and their restore. SQLite: the online backup API copies a snapshot page by page while
/// Liaison keeps serving (and restores the same way into the database). PostgreSQL: <c>pg_dump</c>'s custom format (one
/// snapshot) and <c>pg_restore</c> in a single transaction. Either way the backup is written beside its destination and
/// moved into place when complete, so a failed or cancelled run leaves nothing half-written.
/// </summary>
public static class DatabaseBackup
{
    private static readonly byte[] SqliteMagic = Encoding.ASCII.GetBytes("SQLite format 3\0");
    private static readonly byte[] PostgresMagic = Encoding.ASCII.GetBytes("PGDMP");

    public static async Task<BackupResult> BackupAsync(DatabaseProvider provider, string connectionString, string file, CancellationToken ct = default)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            throw new BackupRejectedException($"{target} already exists; choose a new file name (a backup never overwrites one).");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        var clock = Stopwatch.StartNew();
        try
        {
            if (provider == DatabaseProvider.Postgres)
            {
                await PostgresTools.RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-privileges", "--file", partial], ct);
            }
            else
            {
                await using var source = new SqliteConnection(connectionString);
                await source.OpenAsync(ct);
                await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
                {
                    await destination.OpenAsync(ct);
                    source.BackupDatabase(destination);

                    // One self-contained file: the copy leaves write-ahead logging for the live database only.
                    await using var journal = destination.CreateCommand();
                    journal.CommandText = "PRAGMA journal_mode=DELETE";
                    await journal.ExecuteNonQueryAsync(ct);
                }
            }

            File.Move(partial, target);
            return new BackupResult(target, new FileInfo(target).Length, clock.Elapsed);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Replaces the whole database with the backup's content, after checking that it is a backup of this kind of
    /// database that this version of Liaison can read. The caller upgrades the schema and verifies the audit chain after.
    /// </summary>
    public static async Task RestoreAsync(DatabaseProvider provider, string connectionString, string file, CancellationToken ct = default)
    {
        var source = Path.GetFullPath(file);
        if (!File.Exists(source))
        {
            throw new BackupRejectedException($"{source} does not exist.");
        }

        var header = new byte[16];
        await using (var stream = File.OpenRead(source))
        {
            await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        }

        var isSqlite = header.AsSpan().SequenceEqual(SqliteMagic);
        var isPostgres = header.AsSpan().StartsWith(PostgresMagic);
        if (!isSqlite && !isPostgres)
        {
            throw new BackupRejectedException($"{source} is not a Liaison backup (neither an SQLite database nor a PostgreSQL custom-format dump).");
        }

        if (isSqlite != (provider == DatabaseProvider.Sqlite))
        {
            throw new BackupRejectedException(
                $"{source} is a backup of {(isSqlite ? "an SQLite" : "a PostgreSQL")} database; this Liaison is configured for {provider}. " +
                "Use `liaison export` and the importers to move data between the two.");
        }

        if (provider == DatabaseProvider.Postgres)
        {
            await PostgresTools.RunAsync("pg_restore", connectionString,
                ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
                    "--dbname", new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!, source], ct);
            return;
        }

        var readOnly = new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using (var backup = new SqliteConnection(readOnly))
        {
            await backup.OpenAsync(ct);
            await CheckSqliteBackupAsync(backup, source, ct);
            await using var live = new SqliteConnection(connectionString);
            await live.OpenAsync(ct);
            backup.BackupDatabase(live);
        }

        SqliteConnection.ClearAllPools();
    }

    private static async Task CheckSqliteBackupAsync(SqliteConnection backup, string source, CancellationToken ct)
    {
        await using var command = backup.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        var check = (await command.ExecuteScalarAsync(ct))?.ToString();
        if (check != "ok")
        {
            throw new BackupRejectedException($"{source} is damaged: {check}");
        }

        command.CommandText = "SELECT id FROM __schema_migrations";
        var applied = new List<string>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                applied.Add(reader.GetString(0));
            }
        }
        catch (SqliteException)
        {
            throw new BackupRejectedException($"{source} is an SQLite database but not a Liaison database.");
        }

        var known = SchemaMigrator.ScriptsFor(postgres: false).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (applied.FirstOrDefault(id => !known.Contains(id)) is { } newer)
        {
            throw new BackupRejectedException($"{source} comes from a newer version of Liaison (schema {newer}); upgrade Liaison first.");
        }
    }
}
