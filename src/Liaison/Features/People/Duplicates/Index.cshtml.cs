using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.People.Duplicates;

[Authorize(Policy = Policies.Editor)]
public sealed class DuplicatesIndexModel(DuplicateFinder finder, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.People.Duplicates.Index");

    public const int PageSize = 50;

    public Page<DuplicatePair> Result { get; private set; } = new([], 0, 1, PageSize);

    public async Task OnGetAsync(int? p, CancellationToken ct) => Result = await finder.PairsAsync(p, PageSize, ct);

    public async Task<IActionResult> OnPostDistinctAsync(int a, int b, int? p, CancellationToken ct)
    {
        if (!await finder.MarkDistinctAsync(a, b, ct))
        {
            return NotFound();
        }

        TempData.FlashSuccess(_text["Marked as different people; they will no longer be flagged."]);
        return RedirectToPage(new { p });
    }
}
