using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Liaison.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster on loopback for the whole test run: <c>LIAISON_TEST_POSTGRES</c> (a connection
/// string to a server the caller started) wins; otherwise the tests initdb and start their own. Under CI a missing
/// server is a failure, never a skip.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private static readonly Lazy<PostgresServer> Shared = new(() => new PostgresServer(), LazyThreadSafetyMode.ExecutionAndPublication);
    private const string StaleClusterPrefix = "liaison-pg-";
    private readonly string? _dataDir;
    private readonly string? _pgCtl;
    private int _databaseCounter;

    public static PostgresServer Instance => Shared.Value;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public string? AdminConnectionString { get; }
    public string? UnavailableReason { get; }

    private PostgresServer()
    {
        var external = Environment.GetEnvironmentVariable("LIAISON_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external))
        {
            AdminConnectionString = external;
            return;
        }

        var bin = FindBinDirectory();
        if (bin is null)
        {
            UnavailableReason = "PostgreSQL server binaries (initdb, pg_ctl) not found; install the postgresql package.";
            return;
        }

        RemoveStaleClusters();
        try
        {
            _dataDir = Path.Combine(Path.GetTempPath(), StaleClusterPrefix + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(_dataDir);
            var port = FreePort();
            var asRoot = Environment.UserName == "root";
            if (asRoot)
            {
                Run("chown", $"postgres \"{_dataDir}\"");
            }

            var initdb = Path.Combine(bin, "initdb");
            _pgCtl = Path.Combine(bin, "pg_ctl");
            RunPg(asRoot, initdb, $"-D \"{_dataDir}/db\" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8");
            var options = $"-p {port} -k {_dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            RunPg(asRoot, _pgCtl, $"-D \"{_dataDir}/db\" -l \"{_dataDir}/log.txt\" -o \"{options}\" -w -t 60 start");
            AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50";
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
        {
            UnavailableReason = "Could not start a throwaway PostgreSQL: " + ex.Message;
        }
    }

    /// <summary>Skips the calling test when PostgreSQL is unavailable, except under CI where that is a failure.</summary>
    public void RequireOrSkip()
    {
        if (AdminConnectionString is not null)
        {
            return;
        }

        if (IsCi)
        {
            throw new InvalidOperationException("PostgreSQL tests must run under CI: " + UnavailableReason);
        }

        Skip.If(true, UnavailableReason);
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string CreateDatabase()
    {
        RequireOrSkip();
        var name = $"liaison_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}_{Guid.NewGuid().ToString("N")[..6]}";
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString();
    }

    public void Dispose()
    {
        if (_pgCtl is null || _dataDir is null || !Directory.Exists(_dataDir))
        {
            return;
        }

        try
        {
            RunPg(Environment.UserName == "root", _pgCtl, $"-D \"{_dataDir}/db\" -m immediate -w stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up with the temp folder.
        }
    }

    /// <summary>
    /// Deletes the clusters of earlier runs whose server is gone and that are older than half an hour (a test host killed before its exit handler ran leaves
    /// its cluster, with every test database in it, behind in the temp folder).
    /// </summary>
    private static void RemoveStaleClusters()
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), StaleClusterPrefix + "*"))
        {
            var pidFile = Path.Combine(dir, "db", "postmaster.pid");
            try
            {
                var starting = Directory.GetLastWriteTimeUtc(dir) > DateTime.UtcNow.AddMinutes(-30);
                var running = File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) && Directory.Exists($"/proc/{pid}");
                if (starting || running)
                {
                    continue;
                }

                Directory.Delete(dir, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another run's, still in use or not ours to delete.
            }
        }
    }

    private static string? FindBinDirectory()
    {
        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")) && File.Exists(Path.Combine(d, "postgres")));
    }

    private static void RunPg(bool asRoot, string exe, string arguments)
    {
        if (asRoot)
        {
            Run("runuser", $"-u postgres -- \"{exe}\" {arguments}");
        }
        else
        {
            Run(exe, arguments);
        }
    }

    private static void Run(string exe, string arguments)
    {
        var info = new ProcessStartInfo(exe, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {exe}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{exe} timed out");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{exe} {arguments} exited {process.ExitCode}: {stderr.Result}{stdout.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
