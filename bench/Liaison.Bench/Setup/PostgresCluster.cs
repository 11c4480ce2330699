namespace Liaison.Bench.Setup;

/// <summary>
/// A PostgreSQL cluster kept inside a dataset folder (so a generated dataset is reused), started on a free loopback
/// port with trust auth for the run and always stopped at the end.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private readonly string _folder;
    private readonly string _bin;
    private readonly bool _asRoot = Environment.UserName == "root";
    private bool _running;

    public PostgresCluster(string folder)
    {
        _folder = folder;
        _bin = FindBinDirectory() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin or PATH; install the postgresql package or use --provider sqlite.");
    }

    public int Port { get; private set; }

    private string DataDir => Path.Combine(_folder, "db");

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=100";

    public void Start()
    {
        Directory.CreateDirectory(_folder);
        if (_asRoot)
        {
            // The server refuses to run as root; the cluster belongs to the postgres user.
            Run("chown", ["-R", "postgres", _folder]);
            Run("chmod", ["o+x", _folder]);
        }

        if (!File.Exists(Path.Combine(DataDir, "PG_VERSION")))
        {
            RunPg("initdb", ["-D", DataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
        }

        Port = LiaisonProcess.FreePort();
        var options = $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        RunPg("pg_ctl", ["-D", DataDir, "-l", Path.Combine(_folder, "log.txt"), "-o", options, "-w", "-t", "120", "start"]);
        _running = true;
        Cleanup.Track(this);
    }

    public void CreateDatabaseIfMissing(string name)
    {
        using var connection = new Npgsql.NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT 1 FROM pg_database WHERE datname = @name";
        exists.Parameters.AddWithValue("name", name);
        if (exists.ExecuteScalar() is not null)
        {
            return;
        }

        using var create = connection.CreateCommand();
        create.CommandText = $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0";
        create.ExecuteNonQuery();
    }

    /// <summary>A new empty database (dropped first if an earlier run left one).</summary>
    public void RecreateDatabase(string name)
    {
        using var connection = new Npgsql.NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
        CreateDatabaseIfMissing(name);
    }

    public void Dispose()
    {
        if (!_running)
        {
            return;
        }

        _running = false;
        Cleanup.Untrack(this);
        try
        {
            RunPg("pg_ctl", ["-D", DataDir, "-m", "fast", "-w", "-t", "60", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
    }

    private void RunPg(string tool, string[] args)
    {
        var exe = Path.Combine(_bin, tool);
        if (_asRoot)
        {
            Run("runuser", ["-u", "postgres", "--", exe, .. args]);
        }
        else
        {
            Run(exe, args);
        }
    }

    private static void Run(string exe, string[] args) => ExternalTool.Run(exe, args, TimeSpan.FromMinutes(3));

    private static string? FindBinDirectory()
    {
        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }
}
