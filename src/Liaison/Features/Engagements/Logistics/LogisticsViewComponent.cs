using Liaison.Data;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Features.Engagements.Logistics;

public sealed record LogisticsCard(
    EngagementHeader Engagement, IReadOnlyList<LogisticsItemDto> Items, IReadOnlyList<InterpreterDto> Interpreters,
    IReadOnlyList<GiftTotal> GiftTotals);

/// <summary>The logistics section of an engagement's page: travel, accommodation, transport, interpreters and gift totals.</summary>
[ViewComponent(Name = "EngagementLogistics")]
public sealed class LogisticsViewComponent(LiaisonDbContext db) : ViewComponent
{
    /// <param name="members">The engagement's visible members, which the page has already read: the interpreters come from them.</param>
    public async Task<IViewComponentResult> InvokeAsync(int engagementId, IReadOnlyList<EngagementMemberItem> members)
    {
        var ct = HttpContext.RequestAborted;
        if (await EngagementAccess.CachedAsync(HttpContext, db, engagementId) is not { } header)
        {
            return Content("");
        }

        var items = await LogisticsQueries.CachedItemsAsync(HttpContext, db, engagementId);
        var interpreters = members.Where(m => m.Role == DelegationRole.Interpreter).OrderBy(m => m.Side).ThenBy(m => m.Rank).ThenBy(m => m.Id)
            .Select(m => new InterpreterDto(m.Id, m.PersonId, m.NameEn, m.NameZh, m.Side, m.Languages)).ToList();
        var totals = await LogisticsQueries.GiftTotalsAsync(db, engagementId, ct);
        return View("/Features/Engagements/Logistics/_LogisticsCard.cshtml", new LogisticsCard(header, items, interpreters, totals));
    }
}
