using System.Linq.Expressions;
using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Touchpoints;

/// <summary>Which kinds of events a timeline shows.</summary>
[Flags]
public enum TimelineKinds
{
    Touchpoints = 1,
    Positions = 2,
    Standings = 4,
    All = Touchpoints | Positions | Standings,
}

public enum TimelineEventKind
{
    Touchpoint = 0,
    PositionStarted = 1,
    PositionEnded = 2,
    StandingChanged = 3,
}

/// <summary>One entry of a timeline: a touchpoint, someone taking or leaving a post, or a party's standing changing.</summary>
public sealed record TimelineEvent(
    DateOnly On,
    TimelineEventKind Kind,
    string Title,
    string? TitleZh,
    int? TouchpointId = null,
    TouchpointChannel? Channel = null,
    string? Medium = null,
    Classification? Classification = null,
    int? PersonId = null,
    string? PersonName = null,
    string? PersonNameZh = null,
    int? OrganizationId = null,
    string? OrganizationName = null,
    string? OrganizationNameZh = null,
    Standing? Standing = null);

public sealed record Timeline(IReadOnlyList<TimelineEvent> Events, bool HasMore, int Limit);

/// <summary>
/// The chronological stream of a person, an organization or a country, newest first. Each source is read with its own
/// index and <c>ORDER BY … DESC LIMIT</c>, then merged: no timeline ever loads everything.
/// </summary>
public static class TimelineQueries
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    public static int ClampLimit(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

    /// <summary>Null when the person does not exist for this user (not checked again when the caller has just read it: <paramref name="knownVisible"/>).</summary>
    public static async Task<Timeline?> ForPersonAsync(LiaisonDbContext db, int personId, TimelineKinds kinds, int limit, bool knownVisible, CancellationToken ct = default)
    {
        if (!knownVisible && !await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return null;
        }

        var events = new List<TimelineEvent>();
        if (kinds.HasFlag(TimelineKinds.Touchpoints))
        {
            events.AddRange(await TouchpointsAsync(db.TouchpointPeople.Where(x => x.PersonId == personId).Select(x => x.Touchpoint!), limit, ct));
        }

        if (kinds.HasFlag(TimelineKinds.Positions))
        {
            // A person holds a handful of posts: read them all (index on PersonId).
            var positions = await db.Positions.AsNoTracking().Where(p => p.PersonId == personId)
                .Select(p => new PositionRow(p.PersonId, p.Person!.NameEn, p.Person.NameZh, p.OrganizationId, p.Organization!.NameEn, p.Organization.NameZh, p.Title, p.TitleZh, p.From, p.To))
                .ToListAsync(ct);
            events.AddRange(positions.Where(p => p.From is not null).Select(p => PositionEvent(p, TimelineEventKind.PositionStarted, p.From!.Value)));
            events.AddRange(positions.Where(p => p.To is not null).Select(p => PositionEvent(p, TimelineEventKind.PositionEnded, p.To!.Value)));
        }

        return Merge(events, limit);
    }

    /// <summary>Null when the organization does not exist for this user (not checked again when <paramref name="knownVisible"/>).</summary>
    public static async Task<Timeline?> ForOrganizationAsync(LiaisonDbContext db, int organizationId, TimelineKinds kinds, int limit, bool knownVisible, CancellationToken ct = default)
    {
        if (!knownVisible && !await db.Organizations.AnyAsync(o => o.Id == organizationId, ct))
        {
            return null;
        }

        var events = new List<TimelineEvent>();
        if (kinds.HasFlag(TimelineKinds.Touchpoints))
        {
            events.AddRange(await TouchpointsAsync(db.TouchpointOrganizations.Where(x => x.OrganizationId == organizationId).Select(x => x.Touchpoint!), limit, ct));
        }

        // One statement for the standings and the posts: the latest standings, and the latest starts and the latest ends of
        // posts (a parliament's history can hold thousands), each limited. Columns that are not text hold a placeholder, not
        // NULL, where a source has no value: PostgreSQL types a NULL in a UNION's branch as text.
        var sources = new List<IQueryable<OrganizationEventRow>>();
        if (kinds.HasFlag(TimelineKinds.Standings))
        {
            sources.Add(db.StandingSpans.AsNoTracking().Where(s => s.OrganizationId == organizationId)
                .OrderByDescending(s => s.From).Take(limit + 1)
                .Select(s => new OrganizationEventRow
                {
                    Kind = TimelineEventKind.StandingChanged,
                    PersonId = 0,
                    PersonEn = null,
                    PersonZh = null,
                    OrgEn = s.Organization!.NameEn,
                    OrgZh = s.Organization.NameZh,
                    Title = null,
                    TitleZh = null,
                    From = s.From,
                    To = s.To,
                    Standing = s.Standing,
                }));
        }

        if (kinds.HasFlag(TimelineKinds.Positions))
        {
            var positions = db.Positions.AsNoTracking().Where(p => p.OrganizationId == organizationId);
            sources.Add(positions.Where(p => p.From != null).OrderByDescending(p => p.From).ThenByDescending(p => p.Id).Take(limit + 1)
                .Select(PostEvent(TimelineEventKind.PositionStarted)));
            sources.Add(positions.Where(p => p.To != null).OrderByDescending(p => p.To).ThenByDescending(p => p.Id).Take(limit + 1)
                .Select(PostEvent(TimelineEventKind.PositionEnded)));
        }

        var rows = sources.Count == 0 ? null : sources.Skip(1).Aggregate(sources[0], (all, next) => all.Concat(next));
        foreach (var r in rows is null ? [] : await rows.ToListAsync(ct))
        {
            events.Add(r.Kind switch
            {
                TimelineEventKind.StandingChanged => new TimelineEvent(
                    r.From!.Value, TimelineEventKind.StandingChanged, r.OrgEn, r.OrgZh, OrganizationId: organizationId,
                    OrganizationName: r.OrgEn, OrganizationNameZh: r.OrgZh, Standing: r.Standing),
                _ => PositionEvent(
                    new PositionRow(r.PersonId, r.PersonEn!, r.PersonZh, organizationId, r.OrgEn, r.OrgZh, r.Title!, r.TitleZh, r.From, r.To),
                    r.Kind, r.Kind == TimelineEventKind.PositionStarted ? r.From!.Value : r.To!.Value),
            });
        }

        return Merge(events, limit);
    }

    /// <summary>The touchpoints owned by a country's desk (index on CountryId, On); countries are reference data, seen by all.</summary>
    public static async Task<Timeline?> ForCountryAsync(LiaisonDbContext db, int countryId, int limit, CancellationToken ct = default)
    {
        return Merge(await TouchpointsAsync(db.Touchpoints.Where(t => t.CountryId == countryId), limit, ct), limit);
    }

    /// <summary>Parses "touchpoints,positions" (case-insensitive; empty or "all" means everything).</summary>
    public static TimelineKinds? ParseKinds(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || string.Equals(text.Trim(), "all", StringComparison.OrdinalIgnoreCase))
        {
            return TimelineKinds.All;
        }

        TimelineKinds kinds = 0;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<TimelineKinds>(part, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                return null;
            }

            kinds |= kind;
        }

        return kinds;
    }

    /// <summary>A post taken or left, or a standing, of an organization: one row shape for both sources.</summary>
    private sealed class OrganizationEventRow
    {
        public TimelineEventKind Kind { get; init; }
        public int PersonId { get; init; }
        public string? PersonEn { get; init; }
        public string? PersonZh { get; init; }
        public string OrgEn { get; init; } = "";
        public string? OrgZh { get; init; }
        public string? Title { get; init; }
        public string? TitleZh { get; init; }
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
        public Standing Standing { get; init; }
    }

    private static Expression<Func<Position, OrganizationEventRow>> PostEvent(TimelineEventKind kind) => p => new OrganizationEventRow
    {
        Kind = kind,
        PersonId = p.PersonId,
        PersonEn = p.Person!.NameEn,
        PersonZh = p.Person.NameZh,
        OrgEn = p.Organization!.NameEn,
        OrgZh = p.Organization.NameZh,
        Title = p.Title,
        TitleZh = p.TitleZh,
        From = p.From,
        To = p.To,
        Standing = Standing.LeadingRuling,
    };

    private sealed record PositionRow(
        int PersonId, string PersonName, string? PersonNameZh, int OrganizationId, string OrganizationName, string? OrganizationNameZh,
        string Title, string? TitleZh, DateOnly? From, DateOnly? To);

    private static TimelineEvent PositionEvent(PositionRow p, TimelineEventKind kind, DateOnly on) => new(
        on, kind, p.Title, p.TitleZh, PersonId: p.PersonId, PersonName: p.PersonName, PersonNameZh: p.PersonNameZh,
        OrganizationId: p.OrganizationId, OrganizationName: p.OrganizationName, OrganizationNameZh: p.OrganizationNameZh);

    private static async Task<List<TimelineEvent>> TouchpointsAsync(IQueryable<Touchpoint> touchpoints, int limit, CancellationToken ct) =>
        (await touchpoints.AsNoTracking().OrderByDescending(t => t.On).ThenByDescending(t => t.Id).Take(limit + 1)
            .Select(t => new { t.Id, t.On, t.Channel, t.Medium, t.Subject, t.Classification })
            .ToListAsync(ct))
        .Select(t => new TimelineEvent(t.On, TimelineEventKind.Touchpoint, t.Subject, null, TouchpointId: t.Id, Channel: t.Channel, Medium: t.Medium, Classification: t.Classification))
        .ToList();

    private static Timeline Merge(List<TimelineEvent> events, int limit)
    {
        var ordered = events.OrderByDescending(e => e.On).ThenBy(e => e.Kind).ThenByDescending(e => e.TouchpointId ?? 0).ToList();
        return new Timeline(ordered.Take(limit).ToList(), ordered.Count > limit, limit);
    }
}
