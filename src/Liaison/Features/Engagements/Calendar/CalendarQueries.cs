using Liaison.Data;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements.Calendar;

/// <summary>One engagement on the calendar: what a day cell, a feed event or an API item shows.</summary>
public sealed record CalendarEntry(
    int Id, string Title, string? TitleZh, EngagementKind Kind, EngagementStatus Status, DateOnly StartsOn, DateOnly EndsOn,
    string? Location, string? CountryIso3, string? CountryName, string? CountryNameZh, int DelegationCount, int HostCount)
{
    public bool Covers(DateOnly day) => StartsOn <= day && EndsOn >= day;
}

/// <summary>Which engagements a calendar shows: the lead country's desk, the kind, the statuses (empty: the active ones).</summary>
public sealed record CalendarFilter(int? Desk, EngagementKind? Kind, IReadOnlyCollection<EngagementStatus> Statuses)
{
    public static readonly IReadOnlyList<EngagementStatus> ActiveStatuses =
        Enum.GetValues<EngagementStatus>().Where(EngagementLifecycle.IsActive).ToList();

    public IReadOnlyCollection<EngagementStatus> EffectiveStatuses => Statuses.Count == 0 ? ActiveStatuses : Statuses;
}

/// <summary>
/// Bounded calendar reads: engagements overlapping a date range (StartsOn ≤ end and EndsOn ≥ start), with a lower bound on
/// StartsOn so the StartsOn index carries the query (<see cref="EngagementQueries.StillRunning"/>), however long the
/// longest engagement is.
/// </summary>
public static class CalendarQueries
{
    /// <summary>Most entries one range returns (a month of the busiest department is far below).</summary>
    public const int RangeLimit = 2000;

    public const int MaxRangeDays = 366;

    public static async Task<IReadOnlyList<CalendarEntry>> RangeAsync(
        LiaisonDbContext db, DateOnly from, DateOnly to, CalendarFilter filter, CancellationToken ct = default) =>
        await Overlapping(db, Filtered(db, filter), from, to)
            .OrderBy(e => e.StartsOn).ThenBy(e => e.Id).Take(RangeLimit)
            .Select(Projection)
            .ToListAsync(ct);

    /// <summary>The list view: engagements still running on or after <paramref name="from"/>, chronologically, paged.</summary>
    public static async Task<Page<CalendarEntry>> ListAsync(
        LiaisonDbContext db, DateOnly from, CalendarFilter filter, int? page, int pageSize, CancellationToken ct = default)
    {
        var query = EngagementQueries.StillRunning(db, Filtered(db, filter), from);
        var total = await query.CountAsync(ct);
        var pageNumber = Math.Clamp(page ?? 1, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await query.OrderBy(e => e.StartsOn).ThenBy(e => e.Id)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(Projection)
            .ToListAsync(ct);
        return new Page<CalendarEntry>(items, total, pageNumber, pageSize);
    }

    public static IQueryable<Engagement> Overlapping(LiaisonDbContext db, IQueryable<Engagement> query, DateOnly from, DateOnly to) =>
        EngagementQueries.StillRunning(db, query, from).Where(e => e.StartsOn <= to);

    public static IQueryable<Engagement> Filtered(LiaisonDbContext db, CalendarFilter filter)
    {
        var query = db.Engagements.AsNoTracking();
        if (filter.Desk is int desk)
        {
            query = query.Where(e => e.Country!.DeskId == desk);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }

        var statuses = filter.EffectiveStatuses.ToArray();
        if (statuses.Length < Enum.GetValues<EngagementStatus>().Length)
        {
            query = query.Where(e => statuses.Contains(e.Status));
        }

        return query;
    }

    public static readonly System.Linq.Expressions.Expression<Func<Engagement, CalendarEntry>> Projection = e => new CalendarEntry(
        e.Id, e.Title, e.TitleZh, e.Kind, e.Status, e.StartsOn, e.EndsOn, e.Location,
        e.Country!.Iso3, e.Country.NameEn, e.Country.NameZh, e.DelegationCount, e.HostCount);

    /// <summary>Statuses from query values ("Confirmed", "confirmed,completed" or repeated); null when one is unknown; "all" means every status.</summary>
    public static IReadOnlyCollection<EngagementStatus>? ParseStatuses(IEnumerable<string?>? values)
    {
        var result = new HashSet<EngagementStatus>();
        foreach (var part in (values ?? []).SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (string.Equals(part, "all", StringComparison.OrdinalIgnoreCase))
            {
                return Enum.GetValues<EngagementStatus>();
            }

            if (!Enum.TryParse<EngagementStatus>(part, ignoreCase: true, out var status) || !Enum.IsDefined(status) || part.Any(char.IsDigit))
            {
                return null;
            }

            result.Add(status);
        }

        return result;
    }
}
