using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Liaison.Data;

public static class DataServiceExtensions
{
    public const string ConnectionStringName = "Liaison";

    // Options are configured for every context (every request): the connection string is rewritten once, not parsed each time.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> PostgresConnectionStrings = new(StringComparer.Ordinal);

    /// <summary>The data folder: <c>--data</c>, <c>LIAISON_DATA</c> or <c>./data</c>.</summary>
    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Liaison:DataDirectory"] ?? Environment.GetEnvironmentVariable("LIAISON_DATA") ?? "data");

    public static IServiceCollection AddLiaisonData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        var connectionString = ConnectionString(configuration, options);
        // Contexts come from a pool: a new context resolved EF's internal services afresh, about a fifth of a small
        // page's database time. A leased context reads with the request's user (LeasedTo) and forgets it on return.
        services.AddPooledDbContextFactory<LiaisonDbContext>(builder => Configure(builder, options.Provider, connectionString));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<LiaisonDbContext>>().CreateDbContext()
            .LeasedTo(sp.GetService<Security.CurrentUser>()));
        services.AddScoped<SchemaMigrator>();
        return services;
    }

    public static string ConnectionString(IConfiguration configuration, DatabaseOptions options)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (options.Provider == DatabaseProvider.Postgres)
        {
            return configured ?? throw new InvalidOperationException(
                "Liaison__Database__Provider is postgres but ConnectionStrings__Liaison is not set.");
        }

        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var dir = DataDirectory(configuration);
        Directory.CreateDirectory(dir);
        return SqliteConnectionString(Path.Combine(dir, "liaison.db"));
    }

    public static string SqliteConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        ForeignKeys = true,
        DefaultTimeout = SqlitePragmas.BusyTimeoutMilliseconds / 1000,
        Pooling = true,
    }.ToString();

    /// <summary>
    /// Points EF Core at the database. The model is the compiled one of the provider (<c>Data/CompiledModels</c>, written
    /// by <c>tools/Liaison.CompiledModel</c>): building it from the configuration took a third of a cold start.
    /// <paramref name="compiledModel"/> false builds it from the configuration instead, for that tool (as does a build
    /// without the generated files).
    /// </summary>
    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, bool compiledModel = true)
    {
        // Lists in queries keep EF 10's default translation, one parameter per item. The single array parameter
        // (json_each) lets EF cache the SQL, but SQLite plans json_each worse: pages took 20-40 % more CPU with it.
        if (provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(PostgresConnectionStrings.GetOrAdd(connectionString, WithoutJit), o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
        }
        else
        {
            builder.UseSqlite(connectionString).AddInterceptors(SqlitePragmas.Instance, KeepSqliteConnectionOpen.Instance);
        }

        if (compiledModel && CompiledModels.CompiledModel.For(provider) is { } model)
        {
            builder.UseModel(model);
        }

        builder.AddInterceptors(Web.Diagnostics.SqlStatementMeter.Instance);
        builder.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
    }

    /// <summary>
    /// PostgreSQL compiles a query to machine code once its estimated cost passes <c>jit_above_cost</c>, and Liaison's
    /// queries with visibility filters are estimated high while reading little: compiling took 0.6 s of a 0.9 s duplicates
    /// query, for a page that reads a few thousand rows. Turned off unless the connection string sets <c>jit</c> itself.
    /// </summary>
    public static string WithoutJit(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = (builder.Options + " -c jit=off").Trim();
        }

        return builder.ToString();
    }
}

/// <summary>
/// Per-connection SQLite settings (WAL itself is persistent in the file, these are not). Pooled connections are
/// reopened for every query, so the pragmas run once per underlying SQLite handle, not on every open.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    /// <summary>As long as the connection's <c>DefaultTimeout</c> (30 s).</summary>
    public const int BusyTimeoutMilliseconds = 30_000;

    public static readonly SqlitePragmas Instance = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || !Configured.TryAdd(handle, handle))
        {
            return;
        }

        using var command = connection.CreateCommand();
        // Sorts and temporary tables larger than the page cache spill to a temporary file instead of growing the
        // process (a sort of 200,000 rows in memory held hundreds of megabytes); SQLite's own caches across all
        // connections give memory back above 64 MB. A writer that finds the database locked waits in SQLite's busy
        // handler (1, 2, 5, 10… ms) rather than in Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms a turn:
        // two requests writing audit entries at once made one of them 150 ms slower.
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=FILE; PRAGMA soft_heap_limit=67108864; "
            + $"PRAGMA busy_timeout={BusyTimeoutMilliseconds};";
        command.ExecuteNonQuery();
    }
}
