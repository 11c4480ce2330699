using Liaison.Features.Imports.Files;
using Liaison.Features.Shared;
using Liaison.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Imports.Wizard;

/// <summary>The wizard for one upload: map the columns, check every row, import, with live progress and the outcome.</summary>
[Authorize(Policy = Policies.Editor)]
public sealed class UploadModel(ImportWizard wizard, IStringLocalizer<SharedResource> t) : PageModel
{
    public UploadView View { get; private set; } = null!;

    public IReadOnlyList<ImportField> Fields => ImportTargets.FieldsOf(View.Type);

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool IsAdministrator => User.IsInRole(Roles.Administrator);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await wizard.FindAsync(id, ct) is { } upload ? await ShowAsync(upload, ct) : NotFound();

    /// <summary>Saves the mapping (and reading options) and starts checking every row.</summary>
    public async Task<IActionResult> OnPostCheckAsync(string id, string type, string[] columns, string? encoding, string? delimiter, string? sheet, CancellationToken ct)
    {
        if (await wizard.FindAsync(id, ct) is not { } upload)
        {
            return NotFound();
        }

        try
        {
            (Problems, var reread) = await wizard.MapAsync(upload, type, columns, new SpreadsheetOptions(Blank(encoding), Blank(delimiter), Blank(sheet)), ct);
            if (Problems.Count > 0 || reread)
            {
                return await ShowAsync(upload, ct);
            }

            await wizard.CheckAsync(upload, ct);
            return Redirect($"/imports/{id}");
        }
        catch (SpreadsheetException e)
        {
            TempData.Error(t[e.Format, e.Args]);
            return Redirect($"/imports/{id}");
        }
    }

    public async Task<IActionResult> OnPostCommitAsync(string id, bool skipInvalid, CancellationToken ct)
    {
        if (await wizard.FindAsync(id, ct) is not { } upload)
        {
            return NotFound();
        }

        if (await wizard.CommitAsync(upload, skipInvalid, ct) is null)
        {
            TempData.Error(t["Check the rows before importing them."]);
        }

        return Redirect($"/imports/{id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(string id, CancellationToken ct)
    {
        if (await wizard.FindAsync(id, ct) is not { } upload)
        {
            return NotFound();
        }

        wizard.Cancel(upload);
        return Redirect($"/imports/{id}");
    }

    public async Task<IActionResult> OnPostDiscardAsync(string id, CancellationToken ct)
    {
        if (await wizard.FindAsync(id, ct) is { } upload)
        {
            wizard.Discard(upload);
        }

        return Redirect("/imports/new");
    }

    public async Task<IActionResult> OnGetErrorsAsync(string id, CancellationToken ct) =>
        await wizard.FindAsync(id, ct) is { } upload && wizard.ErrorReport(upload) is { } path
            ? PhysicalFile(path, "text/csv; charset=utf-8", $"{Path.GetFileNameWithoutExtension(upload.FileName)}-errors.csv")
            : NotFound();

    private async Task<IActionResult> ShowAsync(StagedUpload upload, CancellationToken ct)
    {
        try
        {
            View = await wizard.ViewAsync(upload, ct);
            return Page();
        }
        catch (SpreadsheetException e)
        {
            // Re-reading with other options failed: say why and go back to detection.
            TempData.Error(t[e.Format, e.Args]);
            await wizard.MapAsync(upload, upload.Type, [], new SpreadsheetOptions(), ct);
            View = await wizard.ViewAsync(upload, ct);
            return Page();
        }
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
