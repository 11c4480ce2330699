using System.Diagnostics;
using System.Text;

namespace Liaison.Tests.Infrastructure;

public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the real <c>liaison</c> executable (built next to the tests) as a child process.</summary>
public static class LiaisonProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "liaison.dll");

    public static async Task<CliResult> RunAsync(string dataDir, string? stdin, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add("--data");
        info.ArgumentList.Add(dataDir);
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        using var process = Process.Start(info)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteLineAsync(stdin);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }

    /// <summary>Starts <c>liaison serve</c> and waits until it answers /healthz; returns the process and everything it printed so far.</summary>
    public static async Task<(Process Process, StringBuilder Output)> ServeAsync(string dataDir, int port, params string[] extra)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        info.ArgumentList.Add("--data");
        info.ArgumentList.Add(dataDir);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var arg in extra)
        {
            info.ArgumentList.Add(arg);
        }

        var output = new StringBuilder();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/healthz")).IsSuccessStatusCode)
                {
                    return (process, output);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("liaison did not become healthy:\n" + output);
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
