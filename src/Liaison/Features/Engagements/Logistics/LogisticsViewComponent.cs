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
    public async Task<IViewComponentResult> InvokeAsync(int engagementId)
    {
        var ct = HttpContext.RequestAborted;
        if (await EngagementAccess.CachedAsync(HttpContext, db, engagementId) is not { } header)
        {
            return Content("");
        }

        var overview = await LogisticsQueries.OverviewAsync(db, engagementId, ct);
        var totals = await LogisticsQueries.GiftTotalsAsync(db, engagementId, ct);
        return View("/Features/Engagements/Logistics/_LogisticsCard.cshtml", new LogisticsCard(header, overview.Items, overview.Interpreters, totals));
    }
}
