using System.Diagnostics;

namespace Liaison.Bench.Load;

/// <summary>Closed-loop load: <c>concurrency</c> workers each send the next address as soon as the last answer is read.</summary>
public static class LoadRunner
{
    public static async Task<LatencyStats> RunAsync(HttpClient http, Session session, IReadOnlyList<string> urls, int concurrency, TimeSpan duration)
    {
        var next = -1;
        string? firstError = null;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var samples = new List<Sample>(4096);
            while (clock.Elapsed < duration)
            {
                var url = urls[(int)((uint)Interlocked.Increment(ref next) % (uint)urls.Count)];
                var sample = await SendAsync(http, session, url);
                samples.Add(sample);
                if (sample.Status is < 200 or > 299)
                {
                    Interlocked.CompareExchange(ref firstError, $"{sample.Status} {url}", null);
                }
            }

            return samples;
        }).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(s => s).ToList();
        return LatencyStats.From(all, clock.Elapsed, firstError);
    }

    public static async Task<Sample> SendAsync(HttpClient http, Session session, string url)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var request = session.Get(url);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            session.Keep(response);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            return new Sample(elapsed, ServerTiming.Read(response), (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // A refused or timed-out request is an error like a 5xx; status 0 marks it.
            return new Sample(Stopwatch.GetElapsedTime(start).TotalMilliseconds, default, 0);
        }
    }

    /// <summary>
    /// Visits each candidate once (warming caches and JIT) and keeps those the user may see: a sampled record that
    /// answers 404 is outside the user's desk or clearance, not a failure. Every other status stays, to be counted.
    /// </summary>
    public static async Task<(List<string> Kept, int Hidden)> WarmUpAsync(HttpClient http, Session session, IEnumerable<string> candidates, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        var kept = new List<string>();
        var hidden = 0;
        foreach (var url in candidates)
        {
            if (clock.Elapsed > budget && kept.Count > 0)
            {
                break;
            }

            var sample = await SendAsync(http, session, url);
            if (sample.Status == 404)
            {
                hidden++;
            }
            else
            {
                kept.Add(url);
            }
        }

        // A second pass at the kept addresses, so the first measured requests are not the first compiled ones.
        foreach (var url in kept.Take(10))
        {
            await SendAsync(http, session, url);
        }

        return (kept, hidden);
    }
}
