using Liaison.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Features.People;

/// <summary>Serves a person's photo to those who may see the person (the visibility filter decides; otherwise 404).</summary>
public sealed class PersonPhotoModel(LiaisonDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await PhotoStore.ServeAsync(HttpContext, db, id, ct);
        return new HttpResultAdapter(result);
    }

    private sealed class HttpResultAdapter(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
