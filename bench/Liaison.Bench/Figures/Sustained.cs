using Liaison.Bench.Load;

namespace Liaison.Bench.Figures;

/// <summary>256 connections for 60 s on a mix of pages and API reads: errors and p99 as the client saw them.</summary>
public static class Sustained
{
    public const int Connections = 256;

    public static async Task<IReadOnlyList<Figure>> MeasureAsync(Uri baseAddress, Session admin, Samples samples)
    {
        var mix = samples.People.Select(id => $"/people/{id}")
            .Concat(samples.Organizations.Select(id => $"/organizations/{id}"))
            .Concat(samples.Countries.Select(c => $"/people?country={c}"))
            .Concat(samples.SearchTerms.Select(q => $"/search?q={Uri.EscapeDataString(q)}"))
            .Concat(samples.Engagements.Select(id => $"/api/v1/engagements/{id}"))
            .Concat(["/", "/my-work", "/organizations", "/engagements"])
            .OrderBy(u => u.GetHashCode(StringComparison.Ordinal))
            .ToList();
        using var http = Session.CreateClient(baseAddress, Connections);
        var stats = await LoadRunner.RunAsync(http, admin, mix, Connections, TimeSpan.FromSeconds(60));
        return
        [
            new Figure("Sustained (256 connections, 60 s)", "errors", stats.Errors, "", $"{stats.Errors} of {stats.Requests:N0}", "0", stats.Errors == 0, stats),
            Figure.AtMost("Sustained (256 connections, 60 s)", "p99 (client)", stats.ClientP99, "ms", 200, $"{stats.ClientP99:0} ms · {stats.RequestsPerSecond:0}/s", stats),
        ];
    }
}
