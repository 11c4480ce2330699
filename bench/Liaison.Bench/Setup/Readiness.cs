using System.Diagnostics;

namespace Liaison.Bench.Setup;

public static class Readiness
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    /// <summary>Polls /healthz every ~10 ms; returns the time from the process start to the first 2xx.</summary>
    public static async Task<TimeSpan> WaitHealthyAsync(RunningServer server, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (server.Process.HasExited)
            {
                throw new InvalidOperationException("liaison exited before it was healthy:\n" + server.Output);
            }

            try
            {
                using var response = await Http.GetAsync(new Uri(server.BaseAddress, "/healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return server.SinceStart;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but still starting.
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("liaison did not become healthy:\n" + server.Output);
    }
}
