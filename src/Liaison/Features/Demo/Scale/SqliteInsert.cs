using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Liaison.Features.Demo.Scale;

/// <summary>
/// A prepared SQLite statement whose parameters are bound by position straight through SQLitePCL: Microsoft.Data.Sqlite
/// looks every parameter up by name on every execution, which cost more than the insert itself for wide rows. Values are
/// stored as Microsoft.Data.Sqlite stores them; a table with a column of any other type keeps the ADO.NET path.
/// </summary>
internal sealed class SqliteInsert : IDisposable
{
    private static readonly HashSet<Type> Bindable =
        [typeof(string), typeof(long), typeof(int), typeof(short), typeof(byte), typeof(bool), typeof(double), typeof(float), typeof(byte[]), typeof(DateTime), typeof(DateOnly)];

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteInsert(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
    }

    /// <summary>Whether values of this provider type are bound here exactly as Microsoft.Data.Sqlite would bind them.</summary>
    public static bool CanBind(Type providerType) => Bindable.Contains(Nullable.GetUnderlyingType(providerType) ?? providerType);

    /// <summary>Binds the value of the 0-based parameter <paramref name="index"/>.</summary>
    public void Bind(int index, object? value)
    {
        var position = index + 1;
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(_statement, position),
            string text => raw.sqlite3_bind_text(_statement, position, text),
            long number => raw.sqlite3_bind_int64(_statement, position, number),
            int number => raw.sqlite3_bind_int64(_statement, position, number),
            short number => raw.sqlite3_bind_int64(_statement, position, number),
            byte number => raw.sqlite3_bind_int64(_statement, position, number),
            bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
            double number => raw.sqlite3_bind_double(_statement, position, number),
            float number => raw.sqlite3_bind_double(_statement, position, number),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, position, bytes),
            DateTime time => raw.sqlite3_bind_text(_statement, position, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            DateOnly date => raw.sqlite3_bind_text(_statement, position, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException($"SqliteInsert cannot bind a {value.GetType().Name}."),
        };
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Runs the statement once and resets it for the next values.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose() => _statement.Dispose();
}
