using System.Globalization;
using System.Text;
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
    private readonly object?[] _bound;
    private readonly bool[] _boundOnce;
    private byte[] _utf8 = new byte[256];

    public SqliteInsert(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
        _bound = new object?[raw.sqlite3_bind_parameter_count(_statement)];
        _boundOnce = new bool[_bound.Length];
    }

    /// <summary>Whether values of this provider type are bound here exactly as Microsoft.Data.Sqlite would bind them.</summary>
    public static bool CanBind(Type providerType) => Bindable.Contains(Nullable.GetUnderlyingType(providerType) ?? providerType);

    /// <summary>
    /// Binds the value of the 0-based parameter <paramref name="index"/>. SQLite keeps a statement's bindings across
    /// executions, so a value equal to the one already bound there (most often null) is not bound again.
    /// </summary>
    public void Bind(int index, object? value)
    {
        ref var bound = ref _bound[index];
        if (value is null ? bound is null && _boundOnce[index] : value.Equals(bound))
        {
            return;
        }

        bound = value;
        _boundOnce[index] = true;
        var position = index + 1;
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(_statement, position),
            string text => BindText(position, text),
            long number => raw.sqlite3_bind_int64(_statement, position, number),
            int number => raw.sqlite3_bind_int64(_statement, position, number),
            short number => raw.sqlite3_bind_int64(_statement, position, number),
            byte number => raw.sqlite3_bind_int64(_statement, position, number),
            bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
            double number => raw.sqlite3_bind_double(_statement, position, number),
            float number => raw.sqlite3_bind_double(_statement, position, number),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, position, bytes),
            DateTime time => BindFormatted(position, time, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF"),
            DateOnly date => BindFormatted(position, date, @"yyyy\-MM\-dd"),
            _ => throw new NotSupportedException($"SqliteInsert cannot bind a {value.GetType().Name}."),
        };
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    // UTF-8 through one reused buffer (SQLite copies the bytes), as Microsoft.Data.Sqlite encodes text, without a new array per value.
    private int BindText(int position, string text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < length)
        {
            _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        }

        return raw.sqlite3_bind_text(_statement, position, _utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, _utf8)));
    }

    private int BindFormatted<T>(int position, T value, string format) where T : IUtf8SpanFormattable
    {
        Span<byte> utf8 = stackalloc byte[40];
        return value.TryFormat(utf8, out var written, format, CultureInfo.InvariantCulture)
            ? raw.sqlite3_bind_text(_statement, position, utf8[..written])
            : throw new FormatException($"{value} does not fit in a SQLite date.");
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
