using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Liaison.Data;

/// <summary>
/// Keeps a context's SQLite connection open from its first query until the context is disposed, instead of closing it
/// after every query. Each open of a pooled SQLite connection by EF registers EF's SQL functions on it again, about
/// 50 µs; a page runs ten queries. Disposing the context still closes the connection and returns it to the pool.
/// </summary>
/// <remarks>
/// SQLite only: a PostgreSQL connection held for a whole request would count against the server's connection limit.
/// </remarks>
internal sealed class KeepSqliteConnectionOpen : DbConnectionInterceptor
{
    public static readonly KeepSqliteConnectionOpen Instance = new();

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());
}
