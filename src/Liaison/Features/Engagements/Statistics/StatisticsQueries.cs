using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements.Statistics;

/// <summary>The dimensions the department reports its engagements by.</summary>
public enum StatisticsDimension
{
    Year,
    Region,
    Country,
    Kind,
    Family,
}

/// <summary>Completed engagements starting in <see cref="FromYear"/>..<see cref="ToYear"/>, optionally of one kind or desk.</summary>
public sealed record StatisticsFilter(int FromYear, int ToYear, EngagementKind? Kind, int? Desk)
{
    public const int MinYear = 1900;
    public const int MaxYear = 2200;
    public const int DefaultYears = 10;

    public static StatisticsFilter Default(int thisYear) => new(thisYear - DefaultYears + 1, thisYear, null, null);
}

/// <summary>
/// One row of a statistics table. <see cref="Key"/> is stable (a year, region name, ISO3 code, kind or family name, "none");
/// <see cref="Label"/> is for people, in the current UI language.
/// </summary>
public sealed record StatisticsRow(
    string Key, string Label, int Engagements, int DelegationsReceived, int PeopleReceived, int DelegationsSent, int PeopleSent);

public sealed record StatisticsTable(StatisticsDimension By, IReadOnlyList<StatisticsRow> Rows);

/// <summary>The headline figures: delegations received and sent with their people, and all engagements.</summary>
public sealed record StatisticsTotals(int Engagements, int DelegationsReceived, int PeopleReceived, int DelegationsSent, int PeopleSent);

/// <summary>
/// The yearly engagement statistics, aggregated by the database (GROUP BY over the engagements and their countries and
/// organizations, using the stored delegation counts) through the visibility filters: users count only what they can see.
/// Only completed engagements count, by the year they started.
/// </summary>
public static class StatisticsQueries
{
    public const int TopCountries = 30;
    public const string NoneKey = "none";

    public static Task<StatisticsTable> TableAsync(LiaisonDbContext db, StatisticsFilter filter, StatisticsDimension by, CancellationToken ct = default) =>
        StatisticsCache.GetOrAddAsync(db.Database.GetConnectionString(), db.Scope, filter, by, () => ComputeAsync(db, filter, by, ct));

    private static async Task<StatisticsTable> ComputeAsync(LiaisonDbContext db, StatisticsFilter filter, StatisticsDimension by, CancellationToken ct) =>
        by switch
        {
            StatisticsDimension.Year => await ByYearAsync(db, filter, ct),
            StatisticsDimension.Region => await ByRegionAsync(db, filter, ct),
            StatisticsDimension.Country => await ByCountryAsync(db, filter, ct),
            StatisticsDimension.Kind => await ByKindAsync(db, filter, ct),
            _ => await ByFamilyAsync(db, filter, ct),
        };

    /// <summary>One table with the headline totals (from the by-year table, which counts every engagement once).</summary>
    public static async Task<StatisticsReport> ReportAsync(LiaisonDbContext db, StatisticsFilter filter, StatisticsDimension by, CancellationToken ct = default)
    {
        var table = await TableAsync(db, filter, by, ct);
        var byYear = by == StatisticsDimension.Year ? table : await TableAsync(db, filter, StatisticsDimension.Year, ct);
        return new StatisticsReport(by, filter.FromYear, filter.ToYear, filter.Kind, filter.Desk, Totals(byYear), table.Rows);
    }

    /// <summary>Checks query values: years within range and in order, known dimension; the parsed filter or the errors.</summary>
    public static (StatisticsFilter? Filter, StatisticsDimension By, Dictionary<string, string[]> Errors) Parse(
        int? from, int? to, string? by, EngagementKind? kind, int? desk, int thisYear)
    {
        var errors = new Dictionary<string, string[]>();
        var defaults = StatisticsFilter.Default(thisYear);
        var first = from ?? (to is int t ? t - StatisticsFilter.DefaultYears + 1 : defaults.FromYear);
        var last = to ?? Math.Max(first, defaults.ToYear);
        if (first is < StatisticsFilter.MinYear or > StatisticsFilter.MaxYear)
        {
            errors["from"] = [$"The year must be between {StatisticsFilter.MinYear} and {StatisticsFilter.MaxYear}."];
        }

        if (last is < StatisticsFilter.MinYear or > StatisticsFilter.MaxYear)
        {
            errors["to"] = [$"The year must be between {StatisticsFilter.MinYear} and {StatisticsFilter.MaxYear}."];
        }
        else if (last < first)
        {
            errors["to"] = ["The last year cannot be before the first."];
        }

        var dimension = StatisticsDimension.Year;
        if (!string.IsNullOrEmpty(by) && (!Enum.TryParse(by, ignoreCase: true, out dimension) || !Enum.IsDefined(dimension) || by.Any(char.IsDigit)))
        {
            errors["by"] = ["Use year, region, country, kind or family."];
        }

        return (errors.Count == 0 ? new StatisticsFilter(first, last, kind, desk) : null, dimension, errors);
    }

    public static StatisticsTotals Totals(StatisticsTable byYear) => new(
        byYear.Rows.Sum(r => r.Engagements), byYear.Rows.Sum(r => r.DelegationsReceived), byYear.Rows.Sum(r => r.PeopleReceived),
        byYear.Rows.Sum(r => r.DelegationsSent), byYear.Rows.Sum(r => r.PeopleSent));

    /// <summary>The completed engagements the filter selects (StartsOn bounded for the index).</summary>
    public static IQueryable<Engagement> Completed(LiaisonDbContext db, StatisticsFilter filter)
    {
        var first = new DateOnly(filter.FromYear, 1, 1);
        var last = new DateOnly(filter.ToYear, 12, 31);
        var query = db.Engagements.AsNoTracking()
            .Where(e => e.Status == EngagementStatus.Completed && e.StartsOn >= first && e.StartsOn <= last);
        if (filter.Kind is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }

        if (filter.Desk is int desk)
        {
            query = query.Where(e => e.Country!.DeskId == desk);
        }

        return query;
    }

    // The child tables' own filters already join the (visible) engagement: conditions go through that same navigation, so
    // the database joins the engagements once rather than twice.
    private static IQueryable<EngagementCountry> CompletedCountries(LiaisonDbContext db, StatisticsFilter filter)
    {
        var (first, last) = (new DateOnly(filter.FromYear, 1, 1), new DateOnly(filter.ToYear, 12, 31));
        var query = db.EngagementCountries.AsNoTracking().Where(x =>
            x.Engagement!.Status == EngagementStatus.Completed && x.Engagement.StartsOn >= first && x.Engagement.StartsOn <= last);
        if (filter.Kind is { } kind)
        {
            query = query.Where(x => x.Engagement!.Kind == kind);
        }

        return filter.Desk is int desk ? query.Where(x => x.Engagement!.Country!.DeskId == desk) : query;
    }

    private static IQueryable<EngagementOrganization> CompletedOrganizations(LiaisonDbContext db, StatisticsFilter filter)
    {
        var (first, last) = (new DateOnly(filter.FromYear, 1, 1), new DateOnly(filter.ToYear, 12, 31));
        var query = db.EngagementOrganizations.AsNoTracking().Where(x =>
            x.Engagement!.Status == EngagementStatus.Completed && x.Engagement.StartsOn >= first && x.Engagement.StartsOn <= last);
        if (filter.Kind is { } kind)
        {
            query = query.Where(x => x.Engagement!.Kind == kind);
        }

        return filter.Desk is int desk ? query.Where(x => x.Engagement!.Country!.DeskId == desk) : query;
    }

    private static async Task<StatisticsTable> ByYearAsync(LiaisonDbContext db, StatisticsFilter filter, CancellationToken ct)
    {
        var groups = await ByYearQuery(db, filter).ToListAsync(ct);
        var found = groups.ToDictionary(g => g.Key);
        // Every year of the range has a row, quiet years too: the chart's axis stays continuous.
        var rows = Enumerable.Range(filter.FromYear, filter.ToYear - filter.FromYear + 1)
            .Select(y => found.TryGetValue(y, out var g) ? g : new Aggregated<int>(y, 0, 0, 0, 0, 0))
            .Select(g => Row(g, g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return new StatisticsTable(StatisticsDimension.Year, rows);
    }

    /// <summary>The SQL of the by-year aggregation as the database receives it (for checking the plan and the visibility filter).</summary>
    public static string SqlFor(LiaisonDbContext db, StatisticsFilter filter) => ByYearQuery(db, filter).ToQueryString();

    public static string RegionSqlFor(LiaisonDbContext db, StatisticsFilter filter) => ByRegionQuery(db, filter).ToQueryString();

    private static IQueryable<Aggregated<string>> ByRegionQuery(LiaisonDbContext db, StatisticsFilter filter) =>
        CompletedCountries(db, filter)
            .Select(c => new { c.EngagementId, Key = c.Country!.Region ?? NoneKey, c.Engagement!.Kind, c.Engagement.DelegationCount })
            .Distinct()
            .Select(x => new Fact<string> { Key = x.Key, Kind = x.Kind, DelegationCount = x.DelegationCount })
            .GroupBy(f => f.Key).Select(Aggregate<string>());

    private static IQueryable<Aggregated<int>> ByYearQuery(LiaisonDbContext db, StatisticsFilter filter) =>
        Completed(db, filter)
            .Select(e => new Fact<int> { Key = e.StartsOn.Year, Kind = e.Kind, DelegationCount = e.DelegationCount })
            .GroupBy(f => f.Key).Select(Aggregate<int>());

    private static async Task<StatisticsTable> ByKindAsync(LiaisonDbContext db, StatisticsFilter filter, CancellationToken ct)
    {
        var groups = await Completed(db, filter)
            .Select(e => new Fact<EngagementKind> { Key = e.Kind, Kind = e.Kind, DelegationCount = e.DelegationCount })
            .GroupBy(f => f.Key).Select(Aggregate<EngagementKind>()).ToListAsync(ct);
        var rows = groups.OrderBy(g => g.Key).Select(g => Row(g, g.Key.ToString(), EnumText.Name(g.Key))).ToList();
        return new StatisticsTable(StatisticsDimension.Kind, rows);
    }

    // An engagement counts once per region, however many of its countries lie there.
    private static async Task<StatisticsTable> ByRegionAsync(LiaisonDbContext db, StatisticsFilter filter, CancellationToken ct)
    {
        var groups = await ByRegionQuery(db, filter).ToListAsync(ct);
        var rows = Ordered(groups)
            .Select(g => Row(g, g.Key, g.Key == NoneKey ? Text("No region") : RegionText.Name(g.Key)))
            .ToList();
        return new StatisticsTable(StatisticsDimension.Region, rows);
    }

    // Grouped by the country's id (a narrow key); the names of the top 30 come in a second small query.
    private static async Task<StatisticsTable> ByCountryAsync(LiaisonDbContext db, StatisticsFilter filter, CancellationToken ct)
    {
        // Joined to the completed engagements explicitly: both databases plan this better than through the navigation.
        var groups = await db.EngagementCountries.AsNoTracking()
            .Join(Completed(db, filter), c => c.EngagementId, e => e.Id, (c, e) => new { c.CountryId, e.Kind, e.DelegationCount })
            .GroupBy(x => x.CountryId)
            .Select(g => new
            {
                g.Key,
                Engagements = g.Count(),
                Received = g.Count(x => x.Kind == EngagementKind.InboundVisit),
                ReceivedPeople = g.Sum(x => x.Kind == EngagementKind.InboundVisit ? x.DelegationCount : 0),
                Sent = g.Count(x => x.Kind == EngagementKind.OutboundVisit),
                SentPeople = g.Sum(x => x.Kind == EngagementKind.OutboundVisit ? x.DelegationCount : 0),
            })
            .OrderByDescending(g => g.Engagements).ThenBy(g => g.Key).Take(TopCountries)
            .ToListAsync(ct);
        var ids = groups.Select(g => g.Key).ToList();
        var names = await db.Countries.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Iso3, c.NameEn, c.NameZh }).ToDictionaryAsync(c => c.Id, ct);
        var rows = groups.Where(g => names.ContainsKey(g.Key))
            .Select(g => (Group: g, Country: names[g.Key]))
            .OrderByDescending(x => x.Group.Engagements).ThenBy(x => x.Country.Iso3, StringComparer.Ordinal)
            .Select(x => new StatisticsRow(x.Country.Iso3, EnumText.Pick(x.Country.NameEn, x.Country.NameZh),
                x.Group.Engagements, x.Group.Received, x.Group.ReceivedPeople, x.Group.Sent, x.Group.SentPeople))
            .ToList();
        return new StatisticsTable(StatisticsDimension.Country, rows);
    }

    // Once per family per engagement; engagements none of whose (visible) organizations has a family form the "none" row:
    // all engagements less those with a family, counted through the engagements once.
    private static async Task<StatisticsTable> ByFamilyAsync(LiaisonDbContext db, StatisticsFilter filter, CancellationToken ct)
    {
        var withFamily = CompletedOrganizations(db, filter).Where(o => o.Organization!.Family != null);
        var groups = await withFamily
            .Select(o => new { o.EngagementId, Family = o.Organization!.Family!.Value, o.Engagement!.Kind, o.Engagement.DelegationCount })
            .Distinct()
            .Select(x => new Fact<IdeologyFamily> { Key = x.Family, Kind = x.Kind, DelegationCount = x.DelegationCount })
            .GroupBy(f => f.Key).Select(Aggregate<IdeologyFamily>()).ToListAsync(ct);
        var any = await withFamily
            .Select(o => new { o.EngagementId, o.Engagement!.Kind, o.Engagement.DelegationCount })
            .Distinct()
            .Select(x => new Fact<int> { Key = 0, Kind = x.Kind, DelegationCount = x.DelegationCount })
            .GroupBy(f => f.Key).Select(Aggregate<int>()).ToListAsync(ct);
        var all = await Completed(db, filter)
            .Select(e => new Fact<int> { Key = 0, Kind = e.Kind, DelegationCount = e.DelegationCount })
            .GroupBy(f => f.Key).Select(Aggregate<int>()).ToListAsync(ct);
        var none = Minus(all.SingleOrDefault(), any.SingleOrDefault());
        var rows = groups.OrderByDescending(g => g.Engagements).ThenBy(g => g.Key)
            .Select(g => Row(g, g.Key.ToString(), EnumText.Name(g.Key)))
            .ToList();
        if (none.Engagements > 0)
        {
            rows.Add(Row(none, NoneKey, Text("No family")));
        }

        return new StatisticsTable(StatisticsDimension.Family, rows);
    }

    private static Aggregated<int> Minus(Aggregated<int>? all, Aggregated<int>? part) => new(
        0,
        (all?.Engagements ?? 0) - (part?.Engagements ?? 0),
        (all?.Received ?? 0) - (part?.Received ?? 0),
        (all?.ReceivedPeople ?? 0) - (part?.ReceivedPeople ?? 0),
        (all?.Sent ?? 0) - (part?.Sent ?? 0),
        (all?.SentPeople ?? 0) - (part?.SentPeople ?? 0));

    private static IEnumerable<Aggregated<string>> Ordered(IEnumerable<Aggregated<string>> groups) =>
        groups.OrderBy(g => g.Key == NoneKey).ThenByDescending(g => g.Engagements).ThenBy(g => g.Key, StringComparer.Ordinal);

    private static StatisticsRow Row<TKey>(Aggregated<TKey> g, string key, string label) =>
        new(key, label, g.Engagements, g.Received, g.ReceivedPeople, g.Sent, g.SentPeople);

    private static System.Linq.Expressions.Expression<Func<IGrouping<TKey, Fact<TKey>>, Aggregated<TKey>>> Aggregate<TKey>() => g => new Aggregated<TKey>(
        g.Key,
        g.Count(),
        g.Count(f => f.Kind == EngagementKind.InboundVisit),
        g.Sum(f => f.Kind == EngagementKind.InboundVisit ? f.DelegationCount : 0),
        g.Count(f => f.Kind == EngagementKind.OutboundVisit),
        g.Sum(f => f.Kind == EngagementKind.OutboundVisit ? f.DelegationCount : 0));

    private static string Text(string english) => StatisticsText.Name(english);

    // Member initialisation rather than a constructor, so the database query can read the members back.
    private sealed class Fact<TKey>
    {
        public required TKey Key { get; init; }
        public EngagementKind Kind { get; init; }
        public int DelegationCount { get; init; }
    }

    private sealed record Aggregated<TKey>(TKey Key, int Engagements, int Received, int ReceivedPeople, int Sent, int SentPeople);
}
