using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Liaison.Data;
using Liaison.Features.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Liaison.Features.Exports;

public sealed class ExportRejectedException(string message) : Exception(message);

public sealed record TableCount(string Table, long Rows);

public sealed record DatabaseExportResult(string Directory, IReadOnlyList<TableCount> Tables, long Rows, long Files, TimeSpan Elapsed);

/// <summary>The manifest.json of an export: where it came from and, for every table, its file, rows, columns and keys.</summary>
public sealed record ExportManifest(
    string Format, int FormatVersion, string LiaisonVersion, string? SchemaMigration, string Provider, DateTime ExportedAt,
    ExportConventions Conventions, IReadOnlyList<ManifestTable> Tables, IReadOnlyList<WithheldDescription> WithheldTables);

public sealed record ExportConventions(
    string Encoding, string Csv, string Null, string EmptyText, string Booleans, string Dates, string Times, string Timestamps,
    string Binary, bool FormulaEscaping);

public sealed record ManifestTable(
    string Name, string File, long Rows, IReadOnlyList<string> PrimaryKey, IReadOnlyList<ColumnDescription> Columns,
    IReadOnlyList<ForeignKeyDescription> ForeignKeys, IReadOnlyList<WithheldDescription> WithheldColumns);

/// <summary>
/// <c>liaison export DIR</c>: every table of the database as a CSV file plus <c>manifest.json</c>, read in one snapshot while
/// Liaison keeps serving (REPEATABLE READ on PostgreSQL; one read transaction on SQLite, which WAL keeps apart from writers).
/// Written into <c>DIR.partial-…</c> and renamed at the end, so a failed export leaves nothing behind; recorded in the audit
/// trail with the row counts before it is published.
/// </summary>
public static class DatabaseExport
{
    public const string ManifestFile = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly ExportConventions Conventions = new(
        Encoding: "UTF-8 without a byte-order mark",
        Csv: "RFC 4180: comma separated, CRLF line ends, a header row of column names, fields with a comma, quote, CR or LF in double quotes (quotes doubled)",
        Null: "an empty unquoted field (,,)",
        EmptyText: "a quoted empty field (,\"\",)",
        Booleans: "true / false",
        Dates: "yyyy-MM-dd",
        Times: "HH:mm:ss[.fffffff]",
        Timestamps: "ISO 8601 in UTC: yyyy-MM-ddTHH:mm:ss[.fffffff]Z",
        Binary: "a file of its own under files/<table>/<primary key>.<ext>; the field holds its path relative to the export folder",
        FormulaEscaping: false);

    public static async Task<DatabaseExportResult> ExportAsync(LiaisonDbContext db, DatabaseProvider provider, string directory, CancellationToken ct = default)
    {
        var target = Path.GetFullPath(directory);
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
        {
            throw new ExportRejectedException($"{target} already exists and is not empty; export into a new or empty folder.");
        }

        var clock = Stopwatch.StartNew();
        var partial = $"{target.TrimEnd(Path.DirectorySeparatorChar)}.partial-{Guid.NewGuid().ToString("N")[..8]}";
        Directory.CreateDirectory(partial);
        try
        {
            var tables = DatabaseSchema.Tables(db.Model);
            var (manifestTables, migration, files) = await WriteTablesAsync(provider, db.Database.GetConnectionString()!, tables, partial, ct);
            var manifest = new ExportManifest(
                "liaison-export", 1, Version, migration, provider.ToString(), Clock.UtcNow, Conventions, manifestTables,
                DatabaseSchema.WithheldTables(db.Model));
            await using (var stream = new FileStream(Path.Combine(partial, ManifestFile), FileMode.CreateNew))
            {
                await JsonSerializer.SerializeAsync(stream, manifest, Json, ct);
            }

            var counts = manifestTables.Select(t => new TableCount(t.Name, t.Rows)).ToList();
            var details = JsonSerializer.Serialize(new
            {
                folder = Path.GetFileName(target.TrimEnd(Path.DirectorySeparatorChar)),
                tables = counts.ToDictionary(c => c.Table, c => c.Rows),
                files,
            });
            await db.AuditEventAsync(AuditActions.Export, "Database", provider.ToString(), details, ct);

            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(partial, target);
            return new DatabaseExportResult(target, counts, counts.Sum(c => c.Rows), files, clock.Elapsed);
        }
        catch
        {
            Directory.Delete(partial, recursive: true);
            throw;
        }
    }

    public static string Version =>
        typeof(DatabaseExport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";

    private static async Task<(List<ManifestTable> Tables, string? Migration, long Files)> WriteTablesAsync(
        DatabaseProvider provider, string connectionString, IReadOnlyList<TableDescription> tables, string folder, CancellationToken ct)
    {
        await using DbConnection connection = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await BeginSnapshotAsync(connection, ct);

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id FROM __schema_migrations ORDER BY id DESC LIMIT 1";
        var migration = await command.ExecuteScalarAsync(ct) as string;

        var written = new List<ManifestTable>();
        long files = 0;
        foreach (var table in tables)
        {
            var (rows, tableFiles) = await TableDump.WriteAsync(connection, transaction, table, folder, ct);
            files += tableFiles;
            written.Add(new ManifestTable(table.Name, table.FileName, rows, table.PrimaryKey, table.Columns, table.ForeignKeys, table.Withheld));
        }

        await transaction.CommitAsync(ct);
        return (written, migration, files);
    }

    /// <summary>A read-only snapshot: every table as of one moment, however long the export takes.</summary>
    private static async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct)
    {
        if (connection is SqliteConnection sqlite)
        {
            // Deferred: a read transaction (BEGIN IMMEDIATE would take the write lock and stop Liaison's writers).
            return sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: true);
        }

        var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using var readOnly = connection.CreateCommand();
        readOnly.Transaction = transaction;
        readOnly.CommandText = "SET TRANSACTION READ ONLY";
        await readOnly.ExecuteNonQueryAsync(ct);
        return transaction;
    }
}
