using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Features.Shared;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements;

public sealed class EngagementDetailModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Engagements.Detail");

    public EngagementDetail Engagement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await EngagementQueries.DetailAsync(db, id, ct) is not { } detail)
        {
            return NotFound();
        }

        Engagement = detail;
        EngagementAccess.Prime(HttpContext, detail.ToHeader());
        return Page();
    }

    /// <summary>One lifecycle step, from the panel's buttons; the version the user saw must still be current.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int id, EngagementStatus to, string? note, int? version, CancellationToken ct)
    {
        var result = await EngagementTransitions.MoveAsync(db, id, new TransitionInput { To = to, Note = note, Version = version }, ct);
        switch (result)
        {
            case EditResult.Saved:
                TempData.FlashSuccess(_text["The engagement is now {0}.", EnumText.Name(to)]);
                break;
            case EditResult.Conflict:
                TempData.Error(_text["Someone changed this engagement after you opened it; nothing was changed. Check it and try again."]);
                break;
            case EditResult.Invalid invalid:
                foreach (var message in invalid.Errors.Values.SelectMany(m => m))
                {
                    TempData.Error(_text[message]);
                }

                break;
            case EngagementForbidden:
                return Forbid();
            default:
                return NotFound();
        }

        return Redirect($"/engagements/{id}");
    }

    /// <summary>Deletes after the confirmation; only engagements that never went ahead.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, int? version, CancellationToken ct)
    {
        switch (await EngagementEditor.DeleteAsync(db, id, version, ct))
        {
            case EditResult.Saved:
                TempData.FlashSuccess(_text["The engagement was deleted."]);
                return Redirect("/engagements");
            case EditResult.Conflict:
                TempData.Error(_text["Someone changed this engagement after you opened it; nothing was deleted. Check it and try again."]);
                return Redirect($"/engagements/{id}");
            case EditResult.Invalid invalid:
                foreach (var message in invalid.Errors.Values.SelectMany(m => m))
                {
                    TempData.Error(_text[message]);
                }

                return Redirect($"/engagements/{id}");
            case EngagementForbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }
}
