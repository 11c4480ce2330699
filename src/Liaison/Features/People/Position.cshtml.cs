using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Features.Search;
using Liaison.Features.Shared;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.People;

/// <summary>Adds a position to a person, or corrects one (ending and deleting are on the person's page).</summary>
[Authorize(Policy = Policies.Editor)]
public sealed class PositionFormModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.People.Position");

    [BindProperty]
    public PositionInput Input { get; set; } = new() { From = Clock.Today };

    public int Id { get; private set; }

    public int? PositionId { get; private set; }

    public string PersonName { get; private set; } = "";

    public string? OrganizationName { get; private set; }

    public ConflictDetails? Conflict { get; private set; }

    /// <summary>The organization typeahead, holding the chosen organization (one).</summary>
    public RecordPicker OrganizationPicker(string label, string hint) => new(
        "Input.OrganizationId", SearchKinds.Organization, label,
        Input.OrganizationId is int orgId && OrganizationName is not null ? [new PickedRecord(orgId, OrganizationName)] : [],
        Multiple: false, Hint: hint);

    public async Task<IActionResult> OnGetAsync(int id, int? positionId, int? organizationId, CancellationToken ct)
    {
        if (!await PrepareAsync(id, positionId, ct))
        {
            return NotFound();
        }

        if (positionId is int pid)
        {
            var position = await PeopleQueries.PositionAsync(db, pid, ct);
            if (position is null || position.PersonId != id)
            {
                return NotFound();
            }

            Input = PositionInput.FromDto(position);
        }
        else
        {
            Input.OrganizationId = organizationId;
        }

        await LoadNamesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? positionId, CancellationToken ct)
    {
        if (!await PrepareAsync(id, positionId, ct))
        {
            return NotFound();
        }

        var unreadable = UnreadableValues.Find(ModelState, Input, nameof(Input));
        ModelState.Clear();
        EditResult result;
        if (UnreadableValues.AddTo(ModelState, unreadable, v => _text["The value '{0}' is not valid.", v]))
        {
            result = new EditResult.Invalid([]);
        }
        else if (positionId is int pid)
        {
            result = await db.Positions.AnyAsync(p => p.Id == pid && p.PersonId == id, ct)
                ? await PositionEditor.UpdateAsync(db, pid, Input, ct)
                : new EditResult.NotFound();
        }
        else
        {
            result = await PositionEditor.AddAsync(db, id, Input, ct);
        }

        switch (result)
        {
            case EditResult.Saved:
                TempData.FlashSuccess(positionId is null ? _text["The position was added."] : _text["The position was saved."]);
                return RedirectToPage("Detail", null, new { id }, "career");
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

        await LoadNamesAsync(ct);
        return Page();
    }

    private async Task<bool> PrepareAsync(int id, int? positionId, CancellationToken ct)
    {
        Id = id;
        PositionId = positionId;
        if (!await PositionEditor.CanEditPersonAsync(db, id, ct))
        {
            return false;
        }

        var person = await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.NameEn, p.NameZh }).FirstAsync(ct);
        PersonName = EnumText.Pick(person.NameEn, person.NameZh);
        return true;
    }

    private async Task LoadNamesAsync(CancellationToken ct)
    {
        if (Input.OrganizationId is int orgId)
        {
            var org = await db.Organizations.AsNoTracking().Where(o => o.Id == orgId).Select(o => new { o.NameEn, o.NameZh }).FirstOrDefaultAsync(ct);
            OrganizationName = org is null ? null : EnumText.Pick(org.NameEn, org.NameZh);
        }
    }
}
