using System.Data.Common;
using Liaison.Data;
using Liaison.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Liaison.Features.Demo.Scale;

/// <summary>
/// Writes millions of rows that carry their keys, bypassing the change tracker: on SQLite prepared INSERTs of a few rows
/// each whose parameters are reused statement after statement; on PostgreSQL binary COPY. Columns and value conversions come from
/// the EF model, so a row is stored exactly as SaveChanges would store it. Rows are written in batches, parents before children.
/// </summary>
internal sealed partial class ScaleBulk(LiaisonDbContext db) : IAsyncDisposable
{
    // A statement per row costs a statement round (reset, bind, step) per row; several rows per statement save most of it,
    // but Microsoft.Data.Sqlite binds each parameter by looking its name up in the statement, which grows with the count.
    private const int ParametersPerInsert = 40;

    private sealed record Column(string Name, IProperty Property, IClrPropertyGetter Getter, ValueConverter? Converter, RelationalTypeMapping Mapping, string PgType);

    private sealed record Table(string Name, IReadOnlyList<Column> Columns, DbCommand? InsertMany, DbCommand? InsertOne, string? Staging)
    {
        public SqliteInsert[] Raw { get; init; } = [];

        /// <summary>Rows per execution of <see cref="Raw"/>'s first statement.</summary>
        public int RawRows { get; init; } = 1;
    }

    // SQLite: search entries feed the FTS5 index through their insert trigger, and FTS5 writes its pending terms out at
    // every statement's savepoint: row by row that is a new index segment per row (about 30 µs each). They are staged in a
    // temporary table without a trigger and moved with one INSERT … SELECT per batch, one segment per batch.
    private static readonly HashSet<Type> Staged = [typeof(SearchEntry)];

    private readonly Dictionary<Type, Table> _tables = [];
    private readonly Dictionary<Type, DbCommand> _updates = [];
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();

    public long Written { get; private set; }

    public Task WriteAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class => WriteAsync(typeof(T), rows, ct);

    /// <summary>Writes rows of the entity type <paramref name="type"/> (a <c>List&lt;T&gt;</c> passes as a list of objects).</summary>
    public async Task WriteAsync(Type type, IReadOnlyList<object> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = TableFor(type);
        if (db.IsPostgres)
        {
            await CopyAsync(table, rows, ct);
        }
        else
        {
            Insert(table, rows, ct);
        }

        Written += rows.Count;
    }

    private void Insert(Table table, IReadOnlyList<object> rows, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var start = 0;
        if (table.Raw.Length > 0)
        {
            InsertRaw(table, rows, ct);
            start = rows.Count;
        }

        foreach (var command in new[] { table.InsertMany!, table.InsertOne! }.Where(_ => start < rows.Count))
        {
            command.Transaction = transaction;
            var parameters = command.Parameters.Cast<DbParameter>().ToArray();
            var perStatement = parameters.Length / table.Columns.Count;
            for (; start + perStatement <= rows.Count; start += perStatement)
            {
                for (var p = 0; p < parameters.Length; p++)
                {
                    parameters[p].Value = ProviderValue(table.Columns[p % table.Columns.Count], rows[start + (p / table.Columns.Count)]) ?? DBNull.Value;
                }

                // Microsoft.Data.Sqlite runs synchronously anyway; the async path only adds a state machine per statement.
                ct.ThrowIfCancellationRequested();
                command.ExecuteNonQuery();
            }
        }

        if (table.Staging is not null)
        {
            // In key order: FTS5 keeps its pending terms only while row ids ascend.
            var columns = string.Join(", ", table.Columns.Select(c => _sql.DelimitIdentifier(c.Name)));
            var key = _sql.DelimitIdentifier(table.Columns.First(c => c.Property.IsPrimaryKey()).Name);
            Execute($"INSERT INTO {table.Name} ({columns}) SELECT {columns} FROM {table.Staging} ORDER BY {key}; DELETE FROM {table.Staging};", transaction);
        }
    }

    private static void InsertRaw(Table table, IReadOnlyList<object> rows, CancellationToken ct)
    {
        var start = 0;
        var width = table.Columns.Count;
        foreach (var (insert, perStatement) in new[] { (table.Raw[0], table.RawRows), (table.Raw[1], 1) })
        {
            for (; start + perStatement <= rows.Count; start += perStatement)
            {
                for (var p = 0; p < perStatement * width; p++)
                {
                    insert.Bind(p, ProviderValue(table.Columns[p % width], rows[start + (p / width)]));
                }

                ct.ThrowIfCancellationRequested();
                insert.Execute();
            }
        }
    }

    /// <summary>
    /// Rows per INSERT. Bound by position, parameters cost the same however many a statement has, so narrow tables take
    /// many rows a statement. But inside a transaction SQLite runs an INSERT of several rows under a statement journal that
    /// copies every page the statement first touches, and spills it to a file past 64 KiB; a row of a table with several
    /// indexes touches a page in each. There one row a statement is faster (100,000 people imported: 2.35 s in rows of 13,
    /// 1.2 s one by one; match keys, channels and provenance rows the other way round).
    /// </summary>
    private int RawRowsPerInsert(string table, int columns)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "SELECT COUNT(*) FROM pragma_index_list(@table)";
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = ("@table", table.Trim('"'));
        command.Parameters.Add(parameter);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) >= 3 ? 1 : Math.Max(1, 400 / columns);
    }

    private void Execute(string sql, DbTransaction? transaction)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private async Task CopyAsync(Table table, IReadOnlyList<object> rows, CancellationToken ct)
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

    private Table TableFor(Type type)
    {
        if (_tables.TryGetValue(type, out var table))
        {
            return table;
        }

        var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
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
        table = db.IsPostgres ? new Table(name, columns, null, null, null) : SqliteTable(entity, name, columns);
        _tables[type] = table;
        return table;
    }

    private Table SqliteTable(IEntityType entity, string name, List<Column> columns)
    {
        string? staging = null;
        if (Staged.Contains(entity.ClrType))
        {
            staging = _sql.DelimitIdentifier("bulk_" + name.Trim('"'), "temp");
            Execute($"CREATE TEMP TABLE IF NOT EXISTS {staging} AS SELECT * FROM {name} WHERE 0", db.Database.CurrentTransaction?.GetDbTransaction());
        }

        var target = staging ?? name;
        var table = new Table(name, columns, InsertCommand(target, columns, Math.Max(1, ParametersPerInsert / columns.Count)), InsertCommand(target, columns, 1), staging);
        if (columns.All(c => SqliteInsert.CanBind(c.Converter?.ProviderClrType ?? c.Property.ClrType)))
        {
            var connection = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();
            // Staged rows go to a temporary table without indexes.
            var rows = staging is null ? RawRowsPerInsert(name, columns.Count) : Math.Max(1, 400 / columns.Count);
            table = table with
            {
                Raw = [new SqliteInsert(connection, InsertSql(target, columns, rows)), new SqliteInsert(connection, InsertSql(target, columns, 1))],
                RawRows = rows,
            };
        }

        return table;
    }

    private string InsertSql(string table, List<Column> columns, int rows)
    {
        var values = Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", columns.Select((_, c) => "@p" + ((r * columns.Count) + c))) + ")");
        return $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => _sql.DelimitIdentifier(c.Name)))}) VALUES {string.Join(", ", values)}";
    }

    private DbCommand InsertCommand(string table, List<Column> columns, int rows)
    {
        var insert = db.Database.GetDbConnection().CreateCommand();
        insert.CommandText = InsertSql(table, columns, rows);
        for (var i = 0; i < rows * columns.Count; i++)
        {
            // The mapping configures the parameter (type, size) as EF would; only the value changes from statement to statement.
            insert.Parameters.Add(columns[i % columns.Count].Mapping.CreateParameter(insert, "@p" + i, null, nullable: true));
        }

        return insert;
    }

    /// <summary>The next free key of an entity's table (keys are assigned here, in insert order).</summary>
    public async Task<long> NextIdAsync<T>(CancellationToken ct) where T : class => await DemoBulk.NextIdAsync<T>(db, ct);

    /// <summary>The next free key of each entity type's table, in one statement.</summary>
    public static async Task<long[]> NextIdsAsync(LiaisonDbContext db, IReadOnlyList<Type> types, CancellationToken ct)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var id = sql.DelimitIdentifier("Id");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "SELECT " + string.Join(", ", types.Select(t => $"COALESCE((SELECT MAX({id}) FROM {sql.DelimitIdentifier(db.Model.FindEntityType(t)!.GetTableName()!)}), 0) + 1"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return [.. types.Select((_, i) => Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))];
    }

    /// <summary>PostgreSQL: moves the key sequences of these entity types' tables past the keys written here, in one statement.</summary>
    public static async Task ResetIdentitiesAsync(LiaisonDbContext db, IReadOnlyCollection<Type> types, CancellationToken ct)
    {
        if (!db.IsPostgres || types.Count == 0)
        {
            return;
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var resets = types.Select(t => sql.DelimitIdentifier(db.Model.FindEntityType(t)!.GetTableName()!)).Select(quoted =>
            $"setval(pg_get_serial_sequence('{quoted.Replace("'", "''", StringComparison.Ordinal)}', 'Id'), COALESCE((SELECT MAX(\"Id\") FROM {quoted}), 0) + 1, false)");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "SELECT " + string.Join(", ", resets);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var update in _updates.Values)
        {
            await update.DisposeAsync();
        }

        _updates.Clear();
        foreach (var table in _tables.Values.Where(t => t.InsertMany is not null))
        {
            await table.InsertMany!.DisposeAsync();
            await table.InsertOne!.DisposeAsync();
            foreach (var insert in table.Raw)
            {
                insert.Dispose();
            }

            if (table.Staging is not null && db.Database.GetDbConnection().State == System.Data.ConnectionState.Open)
            {
                Execute($"DROP TABLE IF EXISTS {table.Staging}", db.Database.CurrentTransaction?.GetDbTransaction());
            }
        }

        _tables.Clear();
    }
}
