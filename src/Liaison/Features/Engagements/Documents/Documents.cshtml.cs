using Liaison.Data;
using Liaison.Features.Engagements.Logistics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements.Documents;

/// <summary>An engagement's files: the list (never their bytes), upload for organizers, delete.</summary>
[RequestSizeLimit(DocumentStore.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DocumentStore.MaxRequestBytes)]
public sealed class DocumentsPageModel(LiaisonDbContext db, IStringLocalizerFactory localizers)
    : EngagementSectionPage(db, localizers, "Features.Engagements.Documents.Documents")
{
    [BindProperty]
    public EngagementDocumentKind Kind { get; set; } = EngagementDocumentKind.VisitReport;

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<DocumentDto> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, change: false, ct) is { } refusal)
        {
            return refusal;
        }

        Documents = await DocumentStore.ListAsync(Db, Engagement.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, change: true, ct) is { } refusal)
        {
            return refusal;
        }

        ModelState.Clear();
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Text[DocumentStore.Empty]);
        }
        else if (Upload.Length > DocumentStore.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), Text[DocumentStore.TooLarge]);
        }
        else
        {
            await using var stream = Upload.OpenReadStream();
            var (bytes, error) = await DocumentStore.ReadAsync(stream, ct);
            if (bytes is null)
            {
                ModelState.AddModelError(nameof(Upload), Text[error!]);
            }
            else
            {
                var result = await DocumentStore.AddAsync(Db, Engagement, Kind, Title, Upload.FileName, bytes, ct);
                if (result is Web.EditResult.Invalid invalid && invalid.Errors.Remove("File", out var fileErrors))
                {
                    foreach (var message in fileErrors)
                    {
                        ModelState.AddModelError(nameof(Upload), Text[message]);
                    }
                }

                if (Outcome(result, "", Text["The document was uploaded."]) is { } done)
                {
                    return done;
                }
            }
        }

        Documents = await DocumentStore.ListAsync(Db, Engagement.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int documentId, CancellationToken ct)
    {
        if (await LoadAsync(id, change: true, ct) is { } refusal)
        {
            return refusal;
        }

        return Outcome(await DocumentStore.DeleteAsync(Db, Engagement, documentId, ct), "", Text["The document was deleted."])
            ?? RedirectToPage(null, null, new { id }, null);
    }
}
