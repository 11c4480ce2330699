using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Liaison.Data;
using Liaison.Features.Demo;
using Liaison.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Liaison.Bench.Setup;

/// <summary>How a dataset came to be: measured when it was built, kept in its ready marker for later runs.</summary>
public sealed record Generation(DateTimeOffset At, double Seconds, long Rows, double RowsPerSecond, bool ThisRun);

/// <summary>One provider's dataset folder: for SQLite the <c>--data</c> folder itself, for PostgreSQL also its cluster.</summary>
public sealed class Dataset : IDisposable
{
    private const string ReadyMarker = "ready.json";
    private const string PgDatabase = "liaison";
    private PostgresCluster? _cluster;
    private PooledDbContextFactory<LiaisonDbContext>? _contexts;

    private Dataset(Provider provider, string directory)
    {
        Provider = provider;
        Directory = directory;
    }

    public Provider Provider { get; }

    public string Directory { get; }

    public Generation? Generation { get; private set; }

    public IReadOnlyDictionary<string, string> Environment { get; private set; } = new Dictionary<string, string>();

    public string ConnectionString { get; private set; } = "";

    public DbConnection OpenConnection()
    {
        DbConnection connection = Provider == Provider.Postgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>A DbContext on this dataset, for in-process reads (EF vs ADO.NET) and the PostgreSQL demo load.</summary>
    public LiaisonDbContext CreateDbContext(AccessScope scope)
    {
        // Leased from a pool built once, as the product's contexts are (DataServiceExtensions).
        if (_contexts is null)
        {
            var builder = new DbContextOptionsBuilder<LiaisonDbContext>();
            DataServiceExtensions.Configure(builder, Provider == Provider.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, ConnectionString);
            _contexts = new PooledDbContextFactory<LiaisonDbContext>(builder.Options);
        }

        var context = _contexts.CreateDbContext();
        context.Scope = scope;
        return context;
    }

    /// <summary>Reuses <c>root/provider-scale-seed</c> when its ready marker is there, otherwise builds it.</summary>
    public static async Task<Dataset> EnsureAsync(BenchOptions options, Provider provider, Action<string> log)
    {
        var dir = Path.GetFullPath(Path.Combine(options.DataRoot, $"{provider.ToString().ToLowerInvariant()}-{options.Scale}-{options.Seed}"));
        var dataset = new Dataset(provider, dir);
        try
        {
            var marker = Path.Combine(dir, ReadyMarker);
            var ready = File.Exists(marker);
            if (!ready && System.IO.Directory.Exists(dir))
            {
                log($"removing the unfinished dataset {dir}");
                System.IO.Directory.Delete(dir, recursive: true);
            }

            System.IO.Directory.CreateDirectory(dir);
            dataset.Connect();
            if (ready)
            {
                dataset.Generation = JsonSerializer.Deserialize<Generation>(await File.ReadAllTextAsync(marker))! with { ThisRun = false };
                log($"reusing {dir}");

                // A dataset from an older commit gets this commit's schema first, so that no start measures an upgrade.
                await new LiaisonProcess(dataset).RunCheckedAsync(null, TimeSpan.FromMinutes(30), "migrate");
                return dataset;
            }

            log($"building the {options.Scale} dataset (seed {options.Seed}) in {dir}");
            var clock = Stopwatch.StartNew();
            await dataset.BuildAsync(options);
            var seconds = clock.Elapsed.TotalSeconds;
            var rows = RowCounts.Read(dataset).Values.Sum();
            dataset.Generation = new Generation(DateTimeOffset.UtcNow, seconds, rows, rows / seconds, ThisRun: true);
            await File.WriteAllTextAsync(marker, JsonSerializer.Serialize(dataset.Generation));
            log($"built in {seconds:0.0} s ({rows:N0} rows, {rows / seconds:N0} rows/s)");
            return dataset;
        }
        catch
        {
            dataset.Dispose();
            throw;
        }
    }

    /// <summary>
    /// An empty database beside the dataset (a folder for SQLite, a database in the same cluster for PostgreSQL), for
    /// figures that need a fresh start such as imports: its folder and the environment that points Liaison at it.
    /// </summary>
    public (string Directory, IReadOnlyDictionary<string, string> Environment) Scratch(string name)
    {
        var directory = Path.Combine(Directory, "scratch-" + name);
        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }

        System.IO.Directory.CreateDirectory(directory);
        if (_cluster is null)
        {
            return (directory, new Dictionary<string, string>());
        }

        _cluster.RecreateDatabase(name);
        return (directory, new Dictionary<string, string>
        {
            ["Liaison__Database__Provider"] = "Postgres",
            ["ConnectionStrings__Liaison"] = _cluster.ConnectionString(name),
        });
    }

    private void Connect()
    {
        if (Provider == Provider.Sqlite)
        {
            ConnectionString = DataServiceExtensions.SqliteConnectionString(Path.Combine(Directory, "liaison.db"));
            return;
        }

        _cluster = new PostgresCluster(Path.Combine(Directory, "pg"));
        _cluster.Start();
        _cluster.CreateDatabaseIfMissing(PgDatabase);
        ConnectionString = _cluster.ConnectionString(PgDatabase);
        Environment = new Dictionary<string, string>
        {
            ["Liaison__Database__Provider"] = "Postgres",
            ["ConnectionStrings__Liaison"] = ConnectionString,
        };
    }

    private async Task BuildAsync(BenchOptions options)
    {
        var liaison = new LiaisonProcess(this);
        if (!options.IsDemo)
        {
            await liaison.RunCheckedAsync(null, TimeSpan.FromHours(2), "dev", "generate", "--scale", options.Scale, "--seed", options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (Provider == Provider.Sqlite)
        {
            // An empty embedded database loads the demo on its first start.
            using var server = liaison.Serve(LiaisonProcess.FreePort());
            await Readiness.WaitHealthyAsync(server, TimeSpan.FromMinutes(15));
            return;
        }

        // PostgreSQL gets no demo on start; the bench loads the same demo in-process through the product's code.
        await liaison.RunCheckedAsync(null, TimeSpan.FromMinutes(5), "migrate");
        await using var db = CreateDbContext(AccessScope.System);
        await DemoData.LoadAsync(db, DemoData.DefaultSeed, Clock.Today);
    }

    public void Dispose()
    {
        _cluster?.Dispose();
        _cluster = null;
        if (Provider == Provider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
