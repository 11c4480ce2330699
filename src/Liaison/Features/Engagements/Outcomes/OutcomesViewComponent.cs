using Liaison.Data;
using Liaison.Features.Engagements.Logistics;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Features.Engagements.Outcomes;

public sealed record OutcomesCard(EngagementHeader Engagement, IReadOnlyList<OutcomeDto> Outcomes);

/// <summary>The outcomes section of an engagement's page: agreements (with their ledger), statements, commitments and their tasks.</summary>
[ViewComponent(Name = "EngagementOutcomes")]
public sealed class OutcomesViewComponent(LiaisonDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int engagementId)
    {
        if (await EngagementAccess.CachedAsync(HttpContext, db, engagementId) is not { } header)
        {
            return Content("");
        }

        var outcomes = await OutcomesQueries.ListAsync(db, engagementId, HttpContext.RequestAborted);
        return View("/Features/Engagements/Outcomes/_OutcomesCard.cshtml", new OutcomesCard(header, outcomes));
    }
}
