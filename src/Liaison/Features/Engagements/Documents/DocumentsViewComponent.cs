using Liaison.Data;
using Liaison.Features.Engagements.Logistics;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Features.Engagements.Documents;

public sealed record DocumentsCard(EngagementHeader Engagement, IReadOnlyList<DocumentDto> Documents);

/// <summary>The documents section of an engagement's page: the files (never their bytes) and an upload link for organizers.</summary>
[ViewComponent(Name = "EngagementDocuments")]
public sealed class DocumentsViewComponent(LiaisonDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int engagementId)
    {
        if (await EngagementAccess.CachedAsync(HttpContext, db, engagementId) is not { } header)
        {
            return Content("");
        }

        var documents = await DocumentStore.ListAsync(db, engagementId, HttpContext.RequestAborted);
        return View("/Features/Engagements/Documents/_DocumentsCard.cshtml", new DocumentsCard(header, documents));
    }
}
