using Liaison.Data;
using Liaison.Features.Relationships;
using Liaison.Features.Shared;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Admin.Levels;

public sealed class IndexModel(LiaisonDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<LevelDto> Levels { get; private set; } = [];

    [BindProperty]
    public RelationshipLevelInput Input { get; set; } = new();

    [BindProperty]
    public int? LevelId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await RelationshipLevelEditor.SaveAsync(db, LevelId, Input, ct);
        if (result is EditResult.Invalid invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError($"Input.{field}", t[message]);
                }
            }

            await LoadAsync(ct);
            return Page();
        }

        if (result is EditResult.NotFound)
        {
            return NotFound();
        }

        Flash.Success(TempData, t["Relationship level saved."]);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Levels = await db.RelationshipLevels.AsNoTracking().OrderBy(l => l.Rank).Select(l => new LevelDto(l.Id, l.Code, l.NameEn, l.NameZh, l.Rank)).ToListAsync(ct);
}
