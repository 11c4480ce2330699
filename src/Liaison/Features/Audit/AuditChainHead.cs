using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Liaison.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Liaison.Features.Audit;

/// <summary>
/// The last hash of each database's audit chain as this process last wrote it, so that an event (a sensitive read, most
/// often) is appended in one statement instead of three: an INSERT that writes its entries only if the chain still ends
/// at that hash, and otherwise writes nothing, after which the caller reads the chain's end and appends as before.
/// The remembered hash is only a hint: the database decides.
/// <list type="bullet">
/// <item>SQLite: the statement runs in a BEGIN IMMEDIATE transaction, so no other writer can extend the chain between its
/// check and its write.</item>
/// <item>PostgreSQL: the statement takes the chain's lock (the one every other chain writer takes) before it writes, but
/// its check reads a snapshot taken when the statement began, possibly before a writer it waited for committed. The
/// unique index on <see cref="AuditEntry.PreviousHash"/> (migration 0024) catches that case: an entry that would extend an
/// entry already extended is skipped (ON CONFLICT DO NOTHING), the count of written rows falls short, and the caller
/// rolls back.</item>
/// </list>
/// </summary>
internal static class AuditChainHead
{
    /// <summary>The PostgreSQL advisory lock every writer of the chain holds until its transaction ends.</summary>
    public const long LockKey = 7_274_661_001;

    private static readonly string[] Columns = ["At", "UserId", "UserName", "Action", "EntityType", "EntityId", "Changes", "PreviousHash", "Hash"];
    private static readonly ConcurrentDictionary<(bool Postgres, int Rows), string> Statements = new();
    private static readonly ConcurrentDictionary<string, string> Heads = new(StringComparer.Ordinal);

    public static string? Known(string database) => Heads.TryGetValue(database, out var hash) ? hash : null;

    /// <summary>Called after a commit that made <paramref name="hash"/> the chain's last entry.</summary>
    public static void Remember(string database, string? hash)
    {
        if (hash is not null)
        {
            Heads[database] = hash;
        }
    }

    /// <summary>Called when the chain turned out not to end at <paramref name="hash"/> (another writer, another process).</summary>
    public static void Forget(string database, string hash) => Heads.TryRemove(new(database, hash));

    /// <summary>
    /// INSERT … SELECT of <paramref name="rows"/> entries, in order, if the chain's last hash is the first entry's
    /// <c>PreviousHash</c> (the genesis hash when the chain is empty).
    /// </summary>
    public static string InsertSql(bool postgres, int rows) => Statements.GetOrAdd((postgres, rows), static key =>
    {
        var (postgres, rows) = key;
        var columns = string.Join(", ", Columns.Select(c => $"\"{c}\""));
        var sql = new StringBuilder($"INSERT INTO \"AuditEntries\" ({columns})\nSELECT {columns}\nFROM (");
        for (var i = 0; i < rows; i++)
        {
            sql.Append(i == 0 ? "\n    SELECT " : "\n    UNION ALL SELECT ").Append(i).Append(" AS \"N\"");
            foreach (var column in Columns)
            {
                sql.Append($", @{column}{i} AS \"{column}\"");
            }
        }

        sql.Append("\n) AS \"v\"");
        if (postgres)
        {
            sql.Append($"\nCROSS JOIN pg_advisory_xact_lock({LockKey}) AS \"l\"");
        }

        sql.Append($"\nWHERE COALESCE((SELECT \"Hash\" FROM \"AuditEntries\" ORDER BY \"Id\" DESC LIMIT 1), '{AuditChain.Genesis}') = @PreviousHash0");
        sql.Append("\nORDER BY \"N\"");
        if (postgres)
        {
            sql.Append("\nON CONFLICT DO NOTHING");
        }

        return sql.ToString();
    });

    /// <summary>The statement's parameters, typed and converted as EF writes these columns.</summary>
    public static DbParameter[] Parameters(LiaisonDbContext db, IReadOnlyList<AuditEntry> entries)
    {
        var type = db.Model.FindEntityType(typeof(AuditEntry))!;
        using var command = db.Database.GetDbConnection().CreateCommand();
        var parameters = new List<DbParameter>(entries.Count * Columns.Length);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            object?[] values = [e.At, e.UserId, e.UserName, e.Action, e.EntityType, e.EntityId, e.Changes, e.PreviousHash, e.Hash];
            for (var c = 0; c < Columns.Length; c++)
            {
                var property = type.FindProperty(Columns[c])!;
                parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, $"@{Columns[c]}{i}", values[c], property.IsNullable));
            }
        }

        return [.. parameters];
    }
}
