using System.Globalization;
using Liaison.Security;
using Microsoft.Extensions.Caching.Memory;

namespace Liaison.Features.Engagements.Statistics;

/// <summary>
/// Statistics tables for a few minutes, per visibility scope (clearance, desks), filter and UI language: aggregating decades
/// of engagements costs tens of milliseconds, and the figures change only when an engagement, its countries or
/// organizations change — which clears the cache at once on this instance (other instances catch up within the lifetime).
/// </summary>
public static class StatisticsCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private static readonly MemoryCache Tables = new(new MemoryCacheOptions { SizeLimit = 2_000 });
    private static long _generation;

    public static void Invalidate() => Interlocked.Increment(ref _generation);

    /// <param name="database">Which database (its connection string): one process may serve several, as the tests do.</param>
    public static async Task<StatisticsTable> GetOrAddAsync(
        string? database, AccessScope scope, StatisticsFilter filter, StatisticsDimension by, Func<Task<StatisticsTable>> compute)
    {
        var key = string.Join('|',
            Interlocked.Read(ref _generation).ToString(CultureInfo.InvariantCulture), database,
            CultureInfo.CurrentUICulture.Name, by, filter,
            (int)scope.Clearance, scope.AllDesks, string.Join(',', scope.DeskIds.Order()));
        if (Tables.TryGetValue(key, out StatisticsTable? cached) && cached is not null)
        {
            return cached;
        }

        var table = await compute();
        Tables.Set(key, table, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return table;
    }
}
