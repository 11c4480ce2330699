using Liaison.Features.Imports.Files;
using Liaison.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Imports.Wizard;

/// <summary>The wizard's first step: choose a CSV or XLSX file and what its rows are.</summary>
[Authorize(Policy = Policies.Editor)]
[RequestSizeLimit(WizardApi.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = WizardApi.MaxRequestBytes)]
[IgnoreAntiforgeryToken(Order = 1001)]
public sealed class NewImportModel(ImportWizard wizard, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Type { get; set; } = ImportTargets.People;

    [BindProperty]
    public string? Encoding { get; set; }

    [BindProperty]
    public string? Delimiter { get; set; }

    public string? Problem { get; private set; }

    public long MaxUploadMegabytes => wizard.MaxUploadBytes / 1024 / 1024;

    public void OnGet()
    {
        if (!ImportTargets.IsKnown(Type))
        {
            Type = ImportTargets.People;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Request.ContentLength > wizard.MaxUploadBytes + (1024 * 1024))
        {
            Problem = t["The file is larger than {0} MB, the most Liaison accepts.", MaxUploadMegabytes];
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }

        IFormFile? file;
        try
        {
            var form = await Request.ReadFormAsync(ct);
            if (!await HttpContext.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>().IsRequestValidAsync(HttpContext))
            {
                return BadRequest();
            }

            file = form.Files.GetFile("file");
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            Problem = t["The file is larger than {0} MB, the most Liaison accepts.", MaxUploadMegabytes];
            return Page();
        }

        if (file is null || file.Length == 0)
        {
            Problem = t["Choose a CSV or Excel (.xlsx) file."];
            return Page();
        }

        try
        {
            await using var stream = file.OpenReadStream();
            var upload = await wizard.UploadAsync(stream, file.FileName, ImportTargets.IsKnown(Type) ? Type : ImportTargets.People,
                new SpreadsheetOptions(string.IsNullOrEmpty(Encoding) ? null : Encoding, string.IsNullOrEmpty(Delimiter) ? null : Delimiter), ct);
            return Redirect($"/imports/{upload.Id}");
        }
        catch (SpreadsheetException e)
        {
            Problem = t[e.Format, e.Args];
            return Page();
        }
    }
}
