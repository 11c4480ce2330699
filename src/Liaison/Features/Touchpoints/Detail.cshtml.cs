using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Features.Shared;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Touchpoints;

public sealed class TouchpointDetailModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Touchpoints.Detail");

    public TouchpointDetail Touchpoint { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await TouchpointQueries.DetailAsync(db, id, ct) is not { } detail)
        {
            return NotFound();
        }

        Touchpoint = detail;
        return Page();
    }

    /// <summary>Deletes after the confirmation; the version the user saw must still be current.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, int? version, CancellationToken ct)
    {
        switch (await TouchpointEditor.DeleteAsync(db, id, version, ct))
        {
            case EditResult.Saved:
                TempData.FlashSuccess(_text["The touchpoint was deleted."]);
                return Redirect("/touchpoints");
            case EditResult.Conflict:
                TempData.Error(_text["Someone changed this touchpoint after you opened it; nothing was deleted. Check it and try again."]);
                return RedirectToPage("Detail", new { id });
            default:
                return NotFound();
        }
    }
}
