using System.Globalization;
using Liaison.Data;
using Liaison.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Liaison.Features.Touchpoints;

/// <summary>What the timeline partial shows: the events, the kind tabs and the links (all plain links: no JavaScript needed).</summary>
public sealed record TimelineView(
    Timeline Timeline, TimelineKinds Available, string Kind, IReadOnlyList<(string Kind, string Url)> Tabs,
    string? MoreUrl, string ListUrl, string? LogUrl);

/// <summary>
/// The chronological stream (touchpoints, positions, standings…) of a person, an organization or a country, filterable by
/// kind (<c>?tl=touchpoints</c>), 50 at a time (<c>?tlmore=2</c> shows 100), with a "Log a touchpoint" button prefilled for
/// that record for users who may log one there.
/// </summary>
[ViewComponent(Name = "Timeline")]
public sealed class TimelineViewComponent(LiaisonDbContext db) : ViewComponent
{
    public const string KindParameter = "tl";
    public const string MoreParameter = "tlmore";
    private const int MaxMore = 20;

    /// <summary>For a record the page has just read through the visibility filters: its desk and whether it has a country
    /// decide the "Log a touchpoint" button, and the record's existence is not checked again.</summary>
    public async Task<IViewComponentResult> InvokeAsync(int? deskId, bool hasCountry, int? personId = null, int? organizationId = null,
        int? countryId = null, string? countryIso3 = null)
    {
        var ct = HttpContext.RequestAborted;
        var query = Request.Query;
        var kindText = ((string?)query[KindParameter])?.Trim().ToLowerInvariant();
        var more = int.TryParse(query[MoreParameter], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? Math.Clamp(m, 1, MaxMore) : 1;
        var limit = TimelineQueries.DefaultLimit * more;
        var canLog = db.Scope.CanLogTouchpoint(Classification.Internal, deskId, hasCountry);

        TimelineKinds available;
        Timeline? timeline;
        string listUrl;
        string? logUrl;
        if (personId is int pid)
        {
            available = TimelineKinds.Touchpoints | TimelineKinds.Positions;
            timeline = await TimelineQueries.ForPersonAsync(db, pid, Parse(kindText, available), limit, knownVisible: true, ct);
            listUrl = $"/touchpoints?personId={pid}";
            logUrl = canLog ? $"/touchpoints/new?personId={pid}" : null;
        }
        else if (organizationId is int oid)
        {
            available = TimelineKinds.All;
            timeline = await TimelineQueries.ForOrganizationAsync(db, oid, Parse(kindText, available), limit, knownVisible: true, ct);
            listUrl = $"/touchpoints?organizationId={oid}";
            logUrl = canLog ? $"/touchpoints/new?organizationId={oid}" : null;
        }
        else if (countryId is int cid)
        {
            available = TimelineKinds.Touchpoints;
            timeline = await TimelineQueries.ForCountryAsync(db, cid, limit, ct);
            listUrl = $"/touchpoints?country={countryIso3}";
            logUrl = canLog ? $"/touchpoints/new?countryId={cid}" : null;
        }
        else
        {
            return Content("");
        }

        // Touchpoints are desk business: users below Internal clearance see none, and the timeline says nothing about them.
        if (timeline is null)
        {
            return Content("");
        }

        var kind = Parse(kindText, available) == available ? "all" : kindText!;
        var tabs = new List<(string, string)> { ("all", UrlWith(null, null)) };
        if (available != TimelineKinds.Touchpoints)
        {
            tabs.AddRange(Enum.GetValues<TimelineKinds>().Where(k => k != TimelineKinds.All && available.HasFlag(k))
                .Select(k => (k.ToString().ToLowerInvariant(), UrlWith(k.ToString().ToLowerInvariant(), null))));
        }

        var moreUrl = timeline.HasMore && more < MaxMore ? UrlWith(kind == "all" ? null : kind, more + 1) : null;
        return View("/Features/Touchpoints/_Timeline.cshtml", new TimelineView(timeline, available, kind, tabs, moreUrl, listUrl, logUrl));
    }


    private static TimelineKinds Parse(string? text, TimelineKinds available) =>
        TimelineQueries.ParseKinds(text) is { } kinds && (kinds & available) != 0 ? kinds & available : available;

    /// <summary>The current page's URL with the timeline's parameters changed and the others kept, anchored at the timeline.</summary>
    private string UrlWith(string? kind, int? more)
    {
        var values = Request.Query.Where(q => q.Key is not KindParameter and not MoreParameter)
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))).ToList();
        if (kind is not null)
        {
            values.Add(new(KindParameter, kind));
        }

        if (more is int n)
        {
            values.Add(new(MoreParameter, n.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString(Request.PathBase + Request.Path, values) + "#timeline";
    }
}
