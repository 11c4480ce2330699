using Liaison.Data;
using Liaison.Features.Imports;
using Liaison.Features.Organizations;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Admin.Imports;

/// <summary>Administrators: one import run, its counts by record type, its provenance rows, and the rollback button.</summary>
public sealed class ImportDetailModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Admin.Imports.Detail");

    public ImportRunDetail Detail { get; private set; } = null!;

    /// <summary>Why the last rollback was refused (the importer's own words, in English).</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? p, CancellationToken ct) =>
        await LoadAsync(id, p, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRollbackAsync(int id, CancellationToken ct)
    {
        switch (await ImportRollback.RollBackAsync(db, id, ct))
        {
            case RollbackOutcome.RolledBack r:
                TempData.FlashSuccess(_text["Import run {0} rolled back: {1} rows deleted, {2} restored.", r.RunId, r.Deleted, r.Restored]);
                return RedirectToPage(new { id });
            case RollbackOutcome.Refused refused:
                Refusal = refused.Reason;
                return await LoadAsync(id, null, ct) ? Page() : NotFound();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, int? page, CancellationToken ct)
    {
        var detail = await ImportQueries.DetailAsync(db, id, page, 100, ct);
        if (detail is null)
        {
            return false;
        }

        Detail = detail;
        return true;
    }
}
