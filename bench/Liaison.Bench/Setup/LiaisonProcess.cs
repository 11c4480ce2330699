using System.Diagnostics;
using System.Text;

namespace Liaison.Bench.Setup;

public sealed record CliResult(int ExitCode, string Output, string Error, TimeSpan Elapsed);

/// <summary>
/// Runs the published <c>liaison.dll</c> (<see cref="PublishedBuild"/>), pointed at one dataset (or at another folder and
/// environment, such as the dataset's scratch database).
/// </summary>
public sealed class LiaisonProcess(Dataset dataset, string? directory = null, IReadOnlyDictionary<string, string>? environment = null)
{
    public static string Dll => PublishedBuild.Dll;

    public Dataset Dataset => dataset;

    public async Task<CliResult> RunAsync(string? stdin, TimeSpan timeout, params string[] args)
    {
        var info = StartInfo(args);
        info.RedirectStandardInput = true;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        if (stdin is not null)
        {
            await process.StandardInput.WriteLineAsync(stdin);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"liaison {string.Join(' ', args)} did not finish in {timeout}");
        }

        return new CliResult(process.ExitCode, await output, await error, clock.Elapsed);
    }

    /// <summary>Runs a verb that must succeed; a failure stops the bench with what the verb printed.</summary>
    public async Task<CliResult> RunCheckedAsync(string? stdin, TimeSpan timeout, params string[] args)
    {
        var result = await RunAsync(stdin, timeout, args);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"liaison {string.Join(' ', args)} exited {result.ExitCode}:\n{result.Error}{result.Output}");
        }

        return result;
    }

    /// <summary>Starts <c>liaison serve</c> in Production with Server-Timing on; the caller polls for readiness.</summary>
    public RunningServer Serve(int port)
    {
        var info = StartInfo(["serve", "--urls", $"http://127.0.0.1:{port}"]);
        var output = new StringBuilder();
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return Cleanup.Track(new RunningServer(process, port, output, started));
    }

    private ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add("--data");
        info.ArgumentList.Add(directory ?? dataset.Directory);
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["Liaison__Diagnostics__ServerTiming"] = "true";
        foreach (var (key, value) in environment ?? dataset.Environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A <c>liaison serve</c> child process; disposing kills it.</summary>
public sealed class RunningServer(Process process, int port, StringBuilder output, long startedTimestamp) : IDisposable
{
    public TimeSpan SinceStart => Stopwatch.GetElapsedTime(startedTimestamp);

    public Process Process => process;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{port}");

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public void Dispose()
    {
        Cleanup.Untrack(this);
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }
}
