using Liaison.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements;

/// <summary>One engagement in a person's, organization's or country's card; Role and Side only for a person.</summary>
public sealed class EngagementListRow
{
    public int Id { get; init; }
    public EngagementKind Kind { get; init; }
    public EngagementStatus Status { get; init; }
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }
    public string Title { get; init; } = "";
    public string? TitleZh { get; init; }
    public DelegationRole? Role { get; init; }
    public EngagementSide? Side { get; init; }

    // Filled by the card's single query: every row carries the visible total.
    internal int Total { get; init; }
}

public sealed record EngagementListView(IReadOnlyList<EngagementListRow> Upcoming, IReadOnlyList<EngagementListRow> Past, int Total, string AllUrl, bool ForPerson);

/// <summary>
/// The engagements a person (as a member), an organization or a country (as a counterpart) took part in, on their pages:
/// those still to come or under way, the latest ten past ones and the total, with a link to all of them in the list. Only
/// what the user may see; the card is left out when nothing is visible.
/// </summary>
[ViewComponent(Name = "EngagementList")]
public sealed class EngagementListViewComponent(LiaisonDbContext db) : ViewComponent
{
    public const int PastLimit = 10;
    public const int UpcomingLimit = 20;

    public async Task<IViewComponentResult> InvokeAsync(int? personId = null, int? organizationId = null, int? countryId = null, string? countryIso3 = null)
    {
        var ct = HttpContext.RequestAborted;
        IQueryable<EngagementListRow> rows;
        string allUrl;
        if (personId is int pid)
        {
            rows = db.EngagementMembers.AsNoTracking().Where(m => m.PersonId == pid).Select(m => new EngagementListRow
            {
                Id = m.EngagementId,
                Kind = m.Engagement!.Kind,
                Status = m.Engagement.Status,
                StartsOn = m.Engagement.StartsOn,
                EndsOn = m.Engagement.EndsOn,
                Title = m.Engagement.Title,
                TitleZh = m.Engagement.TitleZh,
                Role = m.Role,
                Side = m.Side,
            });
            allUrl = $"/engagements?personId={pid}";
        }
        else if (organizationId is int oid)
        {
            rows = db.EngagementOrganizations.AsNoTracking().Where(x => x.OrganizationId == oid).Select(x => new EngagementListRow
            {
                Id = x.EngagementId,
                Kind = x.Engagement!.Kind,
                Status = x.Engagement.Status,
                StartsOn = x.Engagement.StartsOn,
                EndsOn = x.Engagement.EndsOn,
                Title = x.Engagement.Title,
                TitleZh = x.Engagement.TitleZh,
                Role = null,
                Side = null,
            });
            allUrl = $"/engagements?organizationId={oid}";
        }
        else if (countryId is int cid)
        {
            rows = db.EngagementCountries.AsNoTracking().Where(x => x.CountryId == cid).Select(x => new EngagementListRow
            {
                Id = x.EngagementId,
                Kind = x.Engagement!.Kind,
                Status = x.Engagement.Status,
                StartsOn = x.Engagement.StartsOn,
                EndsOn = x.Engagement.EndsOn,
                Title = x.Engagement.Title,
                TitleZh = x.Engagement.TitleZh,
                Role = null,
                Side = null,
            });
            allUrl = $"/engagements?country={Uri.EscapeDataString(countryIso3 ?? "")}";
        }
        else
        {
            return Content("");
        }

        // One statement for the whole card: the coming and the latest past engagements, each row with the visible total.
        var today = Clock.Today;
        var all = rows;
        var upcoming = rows
            .Where(r => r.EndsOn >= today && r.Status != EngagementStatus.Cancelled && r.Status != EngagementStatus.Postponed && r.Status != EngagementStatus.Completed)
            .OrderBy(r => r.StartsOn).ThenBy(r => r.Id).Take(UpcomingLimit);
        var past = rows.Where(r => r.EndsOn < today || r.Status == EngagementStatus.Completed)
            .OrderByDescending(r => r.StartsOn).ThenByDescending(r => r.Id).Take(PastLimit);
        var found = await upcoming.Concat(past).Select(r => new EngagementListRow
        {
            Id = r.Id,
            Kind = r.Kind,
            Status = r.Status,
            StartsOn = r.StartsOn,
            EndsOn = r.EndsOn,
            Title = r.Title,
            TitleZh = r.TitleZh,
            Role = r.Role,
            Side = r.Side,
            Total = all.Count(),
        }).ToListAsync(ct);
        if (found.Count == 0)
        {
            return Content("");
        }

        // The two halves cannot overlap: a past row ended before today or is completed, which no coming one is.
        var coming = found.Where(r => r.EndsOn >= today && r.Status is not (EngagementStatus.Cancelled or EngagementStatus.Postponed or EngagementStatus.Completed)).ToList();
        var view = new EngagementListView(
            coming.OrderBy(r => r.StartsOn).ThenBy(r => r.Id).ToList(),
            found.Except(coming).OrderByDescending(r => r.StartsOn).ThenByDescending(r => r.Id).ToList(),
            found[0].Total, allUrl, personId is not null);
        return View("/Features/Engagements/_EngagementList.cshtml", view);
    }
}
