namespace Liaison.Bench.Load;

public readonly record struct Sample(double ClientMs, ServerTiming Server, int Status);

/// <summary>What one page kind did under load: percentiles of client and server time, throughput, errors, SQL.</summary>
public sealed record LatencyStats(
    int Requests,
    double RequestsPerSecond,
    int Errors,
    string? FirstError,
    double ClientP50,
    double ClientP95,
    double ClientP99,
    double? ServerP50,
    double? ServerP95,
    double? ServerP99,
    double? DbP50,
    int? SqlMax,
    double? SqlMedian)
{
    /// <summary>The figure the targets speak of: server time when the product reports it, else what the client saw.</summary>
    public double P95 => ServerP95 ?? ClientP95;

    public static LatencyStats From(IReadOnlyList<Sample> samples, TimeSpan elapsed, string? firstError)
    {
        var client = samples.Select(s => s.ClientMs).Order().ToArray();
        var app = samples.Where(s => s.Server.AppMs.HasValue).Select(s => s.Server.AppMs!.Value).Order().ToArray();
        var db = samples.Where(s => s.Server.DbMs.HasValue).Select(s => s.Server.DbMs!.Value).Order().ToArray();
        var sql = samples.Where(s => s.Server.SqlStatements.HasValue).Select(s => (double)s.Server.SqlStatements!.Value).Order().ToArray();
        return new LatencyStats(
            samples.Count,
            samples.Count / Math.Max(elapsed.TotalSeconds, 1e-9),
            samples.Count(s => s.Status is < 200 or > 299),
            firstError,
            Percentile(client, 50), Percentile(client, 95), Percentile(client, 99),
            app.Length == 0 ? null : Percentile(app, 50),
            app.Length == 0 ? null : Percentile(app, 95),
            app.Length == 0 ? null : Percentile(app, 99),
            db.Length == 0 ? null : Percentile(db, 50),
            sql.Length == 0 ? null : (int)sql[^1],
            sql.Length == 0 ? null : Percentile(sql, 50));
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double percent)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IEnumerable<double> values) => Percentile([.. values.Order()], 50);
}
