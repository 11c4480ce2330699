using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Admin.Tiers;

/// <summary>Cultivation tiers and their contact cadence (administrators; the /Admin folder requires the Admin policy).</summary>
public sealed class IndexModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Admin.Tiers.Index");

    public IReadOnlyList<TierRow> Tiers { get; private set; } = [];

    [BindProperty]
    public TierInput Input { get; set; } = new();

    [BindProperty]
    public int? TierId { get; set; }

    /// <summary>The row whose save failed (null: the add form), to show its errors beside it.</summary>
    public int? FailedTierId { get; private set; }

    public bool Failed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Tiers = await TierEditor.RowsAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await ShowAsync(await TierEditor.SaveAsync(db, TierId, Input, ct), "The tier was saved.", ct);

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) =>
        TierId is int id ? await ShowAsync(await TierEditor.DeleteAsync(db, id, ct), "The tier was deleted.", ct) : NotFound();

    private async Task<IActionResult> ShowAsync(EditResult result, string saved, CancellationToken ct)
    {
        switch (result)
        {
            case EditResult.Saved:
                TempData.FlashSuccess(_text[saved]);
                return RedirectToPage();
            case EditResult.Invalid invalid:
                ModelState.Clear();
                ModelState.AddErrors(invalid.Errors, nameof(Input), _text);
                Failed = true;
                FailedTierId = TierId;
                Tiers = await TierEditor.RowsAsync(db, ct);
                return Page();
            default:
                return NotFound();
        }
    }
}
