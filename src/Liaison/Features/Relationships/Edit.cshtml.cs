using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Relationships;

[Authorize(Policy = Policies.Editor)]
public sealed class EditRelationshipModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : RelationshipPageBase(db)
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Relationships.Edit");

    [BindProperty]
    public RelationshipInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Levels { get; private set; } = [];

    public IReadOnlyList<SelectListItem> DeskOfficers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadOrganizationAsync(id, ct) || await RelationshipEditor.GetAsync(Db, id, ct) is not { } r)
        {
            return NotFound();
        }

        Input = new RelationshipInput
        {
            Level = r.Level.Code,
            Since = r.Since,
            Channels = r.Channels,
            DeskOfficerId = r.DeskOfficerId,
            Notes = r.Notes,
            Version = r.Version,
        };
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadOrganizationAsync(id, ct))
        {
            return NotFound();
        }

        var unreadable = UnreadableValues.Find(ModelState, Input, nameof(Input));
        ModelState.Clear();
        var result = UnreadableValues.AddTo(ModelState, unreadable, v => _text["The value '{0}' is not valid.", v])
            ? new EditResult.Invalid([])
            : await RelationshipEditor.SaveAsync(Db, id, Input, ct);
        switch (result)
        {
            case EditResult.Saved:
                TempData.FlashSuccess(_text["Our relationship was saved."]);
                return Redirect(DetailUrl);
            case EditResult.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, nameof(Input), _text);
                break;
            case EditResult.Conflict conflict:
                Conflict = conflict.Details;
                Input.Version = conflict.Details.CurrentVersion;
                break;
            default:
                return NotFound();
        }

        await LoadOptionsAsync(ct);
        return Page();
    }

    private async Task LoadOptionsAsync(CancellationToken ct)
    {
        Levels = (await Db.RelationshipLevels.AsNoTracking().OrderBy(l => l.Rank).ToListAsync(ct))
            .Select(l => new SelectListItem(EnumText.Pick(l.NameEn, l.NameZh), l.Code, l.Code == Input.Level))
            .ToList();
        DeskOfficers = (await Db.Users.AsNoTracking().Where(u => !u.IsDisabled || u.Id == Input.DeskOfficerId)
                .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct))
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(u => new SelectListItem(string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email : $"{u.DisplayName} ({u.Email})", u.Id, u.Id == Input.DeskOfficerId))
            .ToList();
    }
}
