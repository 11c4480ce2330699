using System.Diagnostics;
using Npgsql;

namespace Liaison.Features.Backup;

/// <summary>Runs PostgreSQL's own client tools (pg_dump, pg_restore) against the configured database.</summary>
public static class PostgresTools
{
    public static async Task RunAsync(string tool, string connectionString, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var exe = Find(tool) ?? throw new BackupRejectedException(
            $"{tool} was not found on PATH or under /usr/lib/postgresql/*/bin; install the PostgreSQL client tools (package postgresql-client).");
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(exe) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The connection goes through the environment, never the command line (which other users can read).
        info.Environment["PGHOST"] = connection.Host;
        info.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["PGDATABASE"] = connection.Database;
        info.Environment["PGUSER"] = connection.Username;
        if (connection.Password is { Length: > 0 } password)
        {
            info.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {exe}");
        var error = process.StandardError.ReadToEndAsync(ct);
        _ = process.StandardOutput.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new BackupRejectedException($"{tool} failed (exit {process.ExitCode}): {(await error).Trim()}");
        }
    }

    /// <summary>The tool on PATH, or the newest one of Debian's server packages.</summary>
    private static string? Find(string tool)
    {
        var versioned = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
            : Enumerable.Empty<string>();
        return versioned.Select(d => Path.Combine(d, "bin"))
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            .Select(d => Path.Combine(d, tool))
            .FirstOrDefault(File.Exists);
    }
}
