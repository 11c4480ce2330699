using Liaison.Bench.Load;
using Liaison.Bench.Setup;

namespace Liaison.Bench.Figures;

/// <summary>Process start to the first 2xx of /healthz, and to the first signed-in page; three starts, medians.</summary>
public static class ColdStart
{
    private const int Starts = 3;

    public static async Task<IReadOnlyList<Figure>> MeasureAsync(LiaisonProcess liaison, BenchAccount admin)
    {
        var healthy = new List<double>();
        var signedIn = new List<double>();
        for (var i = 0; i < Starts; i++)
        {
            using var server = liaison.Serve(LiaisonProcess.FreePort());
            healthy.Add((await Readiness.WaitHealthyAsync(server, TimeSpan.FromMinutes(5))).TotalMilliseconds);
            using var http = Session.CreateClient(server.BaseAddress, 4);
            var session = await Session.SignInAsync(http, "admin", admin.Email, admin.Password, admin.Token);
            using var home = await http.SendAsync(session.Get("/"));
            home.EnsureSuccessStatusCode();
            signedIn.Add(server.SinceStart.TotalMilliseconds);
        }

        var toHealthy = LatencyStats.Median(healthy);
        var toPage = LatencyStats.Median(signedIn);
        return
        [
            Figure.AtMost("Start", "cold start to first successful request", toHealthy, "ms", 1500, $"{toHealthy:0} ms", healthy),
            new Figure("Start", "cold start to first signed-in page", toPage, "ms", $"{toPage:0} ms", Raw: signedIn),
        ];
    }
}
