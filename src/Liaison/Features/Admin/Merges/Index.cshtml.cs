using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Features.People.Duplicates;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Admin.Merges;

/// <summary>Administrators: every merge of people, with a button to revert it (folder convention: Admin policy).</summary>
public sealed class MergesIndexModel(LiaisonDbContext db, PersonMerger merger, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Admin.Merges.Index");

    public Page<MergeListItem> Result { get; private set; } = new([], 0, 1, 50);

    /// <summary>Why the last revert was refused, in the user's language.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync(int? p, CancellationToken ct) => Result = await MergeQueries.ListAsync(db, p, 50, ct);

    public async Task<IActionResult> OnPostRevertAsync(int id, int? p, CancellationToken ct)
    {
        switch (await merger.RevertAsync(id, ct))
        {
            case RevertOutcome.Reverted r:
                TempData.FlashSuccess(_text["Merge #{0} reverted: {1} positions, {2} touchpoints, {3} contact channels, {4} names and {5} tasks moved back.",
                    r.MergeId, r.Moved.Positions, r.Moved.Touchpoints, r.Moved.Channels, r.Moved.Names, r.Moved.Tasks]);
                return RedirectToPage(new { p });
            case RevertOutcome.Refused refused:
                Problems = refused.Problems.Select(problem => _text[problem.Message, problem.Arguments].Value).ToList();
                Result = await MergeQueries.ListAsync(db, p, 50, ct);
                return Page();
            default:
                return NotFound();
        }
    }
}
