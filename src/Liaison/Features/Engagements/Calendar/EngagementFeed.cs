using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Features.Work;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements.Calendar;

/// <summary>
/// The engagements of the user's secret calendar address (<c>/calendar/{secret}/engagements.ics</c>): one all-day event per
/// engagement from 90 days back to a year ahead, read with the owner's access scope — what they would see signed in.
/// </summary>
public static class EngagementFeed
{
    public const int PastDays = 90;
    public const int FutureDays = 365;
    public const int Limit = 3000;

    public static string PathFor(string secret) => $"/calendar/{secret}/engagements.ics";

    /// <returns>The iCalendar text, or null for an unknown or revoked secret.</returns>
    public static async Task<string?> RenderAsync(
        LiaisonDbContext db, IStringLocalizerFactory localizers, string secret, string baseUrl, int? desk, EngagementKind? kind, CancellationToken ct = default)
    {
        if (await CalendarFeeds.OpenAsync(db, secret, ct) is not { } user)
        {
            return null;
        }

        return await CalendarFeeds.InCultureOfAsync(user, async () =>
        {
            var text = ViewStrings.For(localizers, "Features.Engagements.Calendar.EngagementFeed");
            var name = user.DisplayName.Length > 0 ? user.DisplayName : user.UserName ?? "";
            return await WriteAsync(db, text, name, baseUrl.TrimEnd('/'), desk, kind, ct);
        });
    }

    private static async Task<string> WriteAsync(
        LiaisonDbContext db, IStringLocalizer text, string userName, string baseUrl, int? desk, EngagementKind? kind, CancellationToken ct)
    {
        var now = Clock.UtcNow;
        var today = DateOnly.FromDateTime(now);
        // Postponed engagements have no date to show; cancelled ones stay so subscribed calendars learn of the cancellation.
        var statuses = Enum.GetValues<EngagementStatus>().Where(s => s != EngagementStatus.Postponed).ToList();
        var query = CalendarQueries.Overlapping(db, CalendarQueries.Filtered(db, new CalendarFilter(desk, kind, statuses)), today.AddDays(-PastDays), today.AddDays(FutureDays));
        var engagements = await query.OrderBy(e => e.StartsOn).ThenBy(e => e.Id).Take(Limit)
            .Select(e => new { e.Id, e.Title, e.TitleZh, e.Kind, e.Status, e.StartsOn, e.EndsOn, e.Location, e.UpdatedAt, e.DelegationCount, e.HostCount })
            .ToListAsync(ct);

        // The counterparts of those engagements in one query (the filters hide organizations the owner may not see).
        var ids = engagements.Select(e => e.Id).ToList();
        var counterparts = (await db.EngagementOrganizations.AsNoTracking().Where(o => ids.Contains(o.EngagementId))
                .Select(o => new { o.EngagementId, o.Organization!.NameEn, o.Organization.NameZh })
                .ToListAsync(ct))
            .ToLookup(o => o.EngagementId, o => EnumText.Pick(o.NameEn, o.NameZh));

        var ics = new IcsWriter().BeginCalendar(text["Liaison engagements — {0}", userName]);
        foreach (var e in engagements)
        {
            var url = $"{baseUrl}/engagements/{e.Id}";
            var title = EnumText.Pick(e.Title, e.TitleZh);
            var lines = new List<string> { text["Status: {0}", EnumText.Name(e.Status)] };
            if (counterparts[e.Id].ToList() is { Count: > 0 } names)
            {
                lines.Add(text["Counterparts: {0}", string.Join(", ", names)]);
            }

            if (e.DelegationCount > 0 || e.HostCount > 0)
            {
                lines.Add(text["Delegation: {0} people; our side: {1}", e.DelegationCount, e.HostCount]);
            }

            lines.Add(url);
            ics.AllDaySpan($"engagement-{e.Id}@liaison", e.UpdatedAt, e.StartsOn, e.EndsOn,
                $"{title} ({EnumText.Name(e.Kind)})", string.Join("\n", lines), url, e.Location, IcsStatus(e.Status));
        }

        return ics.EndCalendar().ToString();
    }

    public static string IcsStatus(EngagementStatus status) => status switch
    {
        EngagementStatus.Proposed or EngagementStatus.Approved => "TENTATIVE",
        EngagementStatus.Cancelled or EngagementStatus.Postponed => "CANCELLED",
        _ => "CONFIRMED",
    };
}
