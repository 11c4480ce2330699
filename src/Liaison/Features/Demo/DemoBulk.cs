using System.Text;
using Liaison.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Liaison.Features.Demo;

/// <summary>
/// Multi-row INSERTs for the tens of thousands of demo rows (people, touchpoints, search entries…), built from the EF model
/// (table, columns, value conversions), so first start stays fast on both providers. Rows carry their keys; the caller
/// assigns them. These rows bypass SaveChanges: no per-row audit entries and no automatic re-indexing — the demo loader
/// writes the search entries and match keys itself and records one audit event for the whole load.
/// </summary>
internal static class DemoBulk
{

    public static async Task InsertAsync<T>(LiaisonDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.PropertyInfo is not null && p.GetColumnName(table) is not null)
            .Select(p => (Property: p, Column: p.GetColumnName(table)!, Mapping: p.GetRelationalTypeMapping()))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) VALUES ";
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (!db.IsPostgres)
        {
            // SQLite runs one prepared single-row statement fastest: it looks each named parameter up among all of a
            // statement's parameters, so long multi-row statements cost more than they save.
            await using var single = connection.CreateCommand();
            single.Transaction = transaction;
            single.CommandText = head + "(" + string.Join(", ", columns.Select((_, i) => "@p" + i)) + ")";
            foreach (var row in rows)
            {
                single.Parameters.Clear();
                for (var c = 0; c < columns.Count; c++)
                {
                    var (property, _, mapping) = columns[c];
                    single.Parameters.Add(mapping.CreateParameter(single, "@p" + c, property.PropertyInfo!.GetValue(row), property.IsNullable));
                }

                await single.ExecuteNonQueryAsync(ct);
            }

            return;
        }

        var perBatch = Math.Clamp(20_000 / columns.Count, 1, 1000);
        foreach (var chunk in rows.Chunk(perBatch))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head, head.Length + (chunk.Length * columns.Count * 8));
            var n = 0;
            for (var r = 0; r < chunk.Length; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = "@p" + n++;
                    text.Append(c == 0 ? name : ", " + name);
                    var (property, _, mapping) = columns[c];
                    var value = property.PropertyInfo!.GetValue(chunk[r]);
                    command.Parameters.Add(mapping.CreateParameter(command, name, value, property.IsNullable));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>After explicit keys were inserted, PostgreSQL's identity sequence must continue after the largest one.</summary>
    public static async Task ResetIdentityAsync<T>(LiaisonDbContext db, CancellationToken ct) where T : class
    {
        if (!db.IsPostgres)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = entity.GetTableName()!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var quoted = sql.DelimitIdentifier(table);
        var statement = $"SELECT setval(pg_get_serial_sequence('{quoted.Replace("'", "''", StringComparison.Ordinal)}', 'Id'), COALESCE((SELECT MAX(\"Id\") FROM {quoted}), 0) + 1, false)";
        await db.Database.ExecuteSqlRawAsync(statement, ct);
    }

    public static async Task<long> NextIdAsync<T>(LiaisonDbContext db, CancellationToken ct) where T : class
    {
        var table = db.Model.FindEntityType(typeof(T))!.GetTableName()!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT COALESCE(MAX({sql.DelimitIdentifier("Id")}), 0) FROM {sql.DelimitIdentifier(table)}";
        var value = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) + 1;
    }
}
