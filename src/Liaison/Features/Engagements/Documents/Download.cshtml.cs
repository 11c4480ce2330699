using Liaison.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Features.Engagements.Documents;

/// <summary>Downloads a document of an engagement the reader may see (404 otherwise); ?inline=1 shows images only in the page.</summary>
public sealed class DocumentDownloadModel(LiaisonDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int docId, string? inline, CancellationToken ct)
    {
        if (await EngagementAccess.FindAsync(db, id, ct) is not { } header)
        {
            return NotFound();
        }

        var asInline = inline is "1" or "true";
        return new HttpResultAdapter(await DocumentStore.ServeAsync(HttpContext, db, header, docId, asInline, ct));
    }

    private sealed class HttpResultAdapter(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
