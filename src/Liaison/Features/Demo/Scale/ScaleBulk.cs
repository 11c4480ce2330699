using System.Data.Common;
using Liaison.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Liaison.Features.Demo.Scale;

/// <summary>
/// Writes millions of rows that carry their keys, bypassing the change tracker: on SQLite one prepared INSERT per table whose
/// parameters are reused row after row; on PostgreSQL binary COPY. Columns and value conversions come from the EF model, so a
/// row is stored exactly as SaveChanges would store it. Rows are written in batches, parents before children.
/// </summary>
internal sealed class ScaleBulk(LiaisonDbContext db) : IAsyncDisposable
{
    private sealed record Column(string Name, IProperty Property, IClrPropertyGetter Getter, ValueConverter? Converter, RelationalTypeMapping Mapping, string PgType);

    private sealed record Table(string Name, IReadOnlyList<Column> Columns, DbCommand? Insert);

    private readonly Dictionary<Type, Table> _tables = [];
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();

    public long Written { get; private set; }

    public async Task WriteAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = TableFor<T>();
        if (db.IsPostgres)
        {
            await CopyAsync(table, rows, ct);
        }
        else
        {
            var command = table.Insert!;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var parameters = command.Parameters.Cast<DbParameter>().ToArray();
            foreach (var row in rows)
            {
                for (var c = 0; c < parameters.Length; c++)
                {
                    parameters[c].Value = ProviderValue(table.Columns[c], row) ?? DBNull.Value;
                }

                // Microsoft.Data.Sqlite runs synchronously anyway; the async path only adds a state machine per row.
                ct.ThrowIfCancellationRequested();
                command.ExecuteNonQuery();
            }
        }

        Written += rows.Count;
    }

    private async Task CopyAsync<T>(Table table, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var columns = string.Join(", ", table.Columns.Select(c => _sql.DelimitIdentifier(c.Name)));
        await using var import = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await import.StartRowAsync(ct);
            foreach (var column in table.Columns)
            {
                var value = ProviderValue(column, row);
                if (value is null)
                {
                    await import.WriteNullAsync(ct);
                }
                else
                {
                    await import.WriteAsync(value, column.PgType, ct);
                }
            }
        }

        await import.CompleteAsync(ct);
    }

    private static object? ProviderValue(Column column, object row)
    {
        var value = column.Getter.GetClrValue(row);
        return value is null || column.Converter is null ? value : column.Converter.ConvertToProvider(value);
    }

    private Table TableFor<T>() where T : class
    {
        if (_tables.TryGetValue(typeof(T), out var table))
        {
            return table;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.PropertyInfo is not null && p.GetColumnName(store) is not null)
            .Select(p =>
            {
                var mapping = p.GetRelationalTypeMapping();
                var pgType = mapping.StoreType.Split('(')[0].Trim();
                return new Column(p.GetColumnName(store)!, p, p.GetGetter(), mapping.Converter, mapping, pgType);
            })
            .ToList();
        var name = _sql.DelimitIdentifier(store.Name, store.Schema);
        DbCommand? insert = null;
        if (!db.IsPostgres)
        {
            insert = db.Database.GetDbConnection().CreateCommand();
            insert.CommandText = $"INSERT INTO {name} ({string.Join(", ", columns.Select(c => _sql.DelimitIdentifier(c.Name)))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
            for (var i = 0; i < columns.Count; i++)
            {
                // The mapping configures the parameter (type, size) as EF would; only the value changes from row to row.
                insert.Parameters.Add(columns[i].Mapping.CreateParameter(insert, "@p" + i, null, nullable: true));
            }
        }

        table = new Table(name, columns, insert);
        _tables[typeof(T)] = table;
        return table;
    }

    /// <summary>The next free key of an entity's table (keys are assigned here, in insert order).</summary>
    public async Task<long> NextIdAsync<T>(CancellationToken ct) where T : class => await DemoBulk.NextIdAsync<T>(db, ct);

    public async ValueTask DisposeAsync()
    {
        foreach (var table in _tables.Values.Where(t => t.Insert is not null))
        {
            await table.Insert!.DisposeAsync();
        }

        _tables.Clear();
    }
}
