using Liaison.Bench.Load;

namespace Liaison.Bench.Figures;

/// <summary>Turns one page kind's load result into its table row: p95 against its target, with SQL and errors.</summary>
public static class PageFigures
{
    public const int SqlBudget = 10;

    public static Figure From(PageKind kind, LatencyStats stats, double floorRequestsPerSecond, int urls, int hidden)
    {
        var group = kind.Category switch
        {
            PageCategory.Floor => "Floor",
            PageCategory.Api => "API GET (p95)",
            PageCategory.Search => "Search (p95)",
            PageCategory.Dashboard => "Dashboards and statistics (p95)",
            _ => "Pages (p95)",
        };
        var floorRatio = stats.RequestsPerSecond / floorRequestsPerSecond;
        // Statements per page: the median request's. The most a request ran is shown beside it when higher: once a minute
        // a sign-in cookie is revalidated (the user, roles, claims and desks read again) on whatever page comes next.
        var sql = stats.SqlMedian is double median ? (int?)Math.Ceiling(median) : null;
        var display = $"{stats.P95:0.0} ms · {stats.RequestsPerSecond:0}/s"
            + (sql is int typical ? $" · {typical} sql" + (stats.SqlMax > typical ? $" (max {stats.SqlMax})" : "") : "")
            + (stats.Errors > 0 ? $" · {stats.Errors} err" : "")
            + (urls == 0 ? " · nothing visible" : "");
        var raw = new
        {
            stats.Requests,
            stats.RequestsPerSecond,
            stats.Errors,
            stats.FirstError,
            stats.ClientP50,
            stats.ClientP95,
            stats.ClientP99,
            stats.ServerP50,
            stats.ServerP95,
            stats.ServerP99,
            stats.DbP50,
            stats.SqlMax,
            stats.SqlMedian,
            floorRatio,
            addresses = urls,
            hiddenFromUser = hidden,
            timing = stats.ServerP95.HasValue ? "server" : "client",
        };
        if (kind.TargetMs is not double target)
        {
            return new Figure(group, kind.Key, stats.P95, "ms", display, Raw: raw);
        }

        var met = urls > 0 && stats.P95 <= target && stats.Errors == 0 && (sql ?? 0) <= SqlBudget;
        return new Figure(group, kind.Key, stats.P95, "ms", display, $"p95 ≤ {target:0} ms, ≤ {SqlBudget} sql, 0 err", met, raw);
    }

    public static Figure FloorRatio(string key, double pageRequestsPerSecond, double floorRequestsPerSecond)
    {
        var ratio = pageRequestsPerSecond / floorRequestsPerSecond;
        return Figure.AtLeast("Floor", $"{key} req/s ÷ floor req/s", ratio, "", 0.5, $"{ratio:0.00}");
    }
}
