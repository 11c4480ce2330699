using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Features.Shared;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements;

/// <summary>The delegation and our hosts: add, change and remove members.</summary>
[Authorize(Policy = Policies.Organizer)]
public sealed class EngagementMembersModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Engagements.Members");

    [BindProperty]
    public MemberInput Input { get; set; } = new();

    public EngagementHeader Header { get; private set; } = null!;

    public IReadOnlyList<EngagementMemberItem> Members { get; private set; } = [];

    /// <summary>The member being changed, or null when the form adds one.</summary>
    public int? EditingId { get; private set; }

    public IReadOnlyList<PickedRecord> PickedPerson { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? edit, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if (edit is int memberId)
        {
            if (Members.FirstOrDefault(m => m.Id == memberId) is not { } m)
            {
                return NotFound();
            }

            EditingId = memberId;
            Input = new MemberInput
            {
                PersonId = m.PersonId,
                Side = m.Side,
                Role = m.Role,
                Rank = m.Rank,
                Title = m.Title,
                Languages = m.Languages,
                Notes = m.Notes,
                Version = m.Version,
            };
        }
        else
        {
            Input.Side = Header.Kind == EngagementKind.OutboundVisit ? EngagementSide.Host : EngagementSide.Delegation;
        }

        await PickAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? edit, CancellationToken ct)
    {
        var unreadable = UnreadableValues.Find(ModelState, Input, nameof(Input));
        ModelState.Clear();
        var result = UnreadableValues.AddTo(ModelState, unreadable, v => _text["The value '{0}' is not valid.", v])
            ? new EditResult.Invalid([])
            : edit is int memberId
                ? await EngagementMembers.UpdateAsync(db, id, memberId, Input, ct)
                : await EngagementMembers.AddAsync(db, id, Input, ct);
        switch (result)
        {
            case EditResult.Saved:
                TempData.FlashSuccess(edit is null ? _text["The member was added."] : _text["The member was saved."]);
                return Redirect($"/engagements/{id}/members");
            case EditResult.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, nameof(Input), _text);
                break;
            case EditResult.Conflict conflict:
                ModelState.AddModelError("", _text["Someone changed this member after you opened it. The form now shows your values over the current version; save again to keep them."]);
                Input.Version = conflict.Details.CurrentVersion;
                break;
            case EngagementForbidden:
                return Forbid();
            default:
                return NotFound();
        }

        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        EditingId = edit;
        await PickAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int memberId, int? version, CancellationToken ct)
    {
        switch (await EngagementMembers.RemoveAsync(db, id, memberId, version, ct))
        {
            case EditResult.Saved:
                TempData.FlashSuccess(_text["The member was removed."]);
                break;
            case EditResult.Conflict:
                TempData.Error(_text["Someone changed this member after you opened it; nothing was removed. Check it and try again."]);
                break;
            case EngagementForbidden:
                return Forbid();
            default:
                return NotFound();
        }

        return Redirect($"/engagements/{id}/members");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var header = await EngagementAccess.FindAsync(db, id, ct);
        if (header is null)
        {
            return NotFound();
        }

        if (!header.CanOrganize)
        {
            return Forbid();
        }

        Header = header;
        Members = await EngagementQueries.MembersAsync(db, id, ct);
        return null;
    }

    private async Task PickAsync(CancellationToken ct) =>
        PickedPerson = Input.PersonId <= 0 ? []
            : (await db.People.AsNoTracking().Where(p => p.Id == Input.PersonId).Select(p => new { p.Id, p.NameEn, p.NameZh }).ToListAsync(ct))
                .Select(p => new PickedRecord(p.Id, EnumText.Pick(p.NameEn, p.NameZh))).ToList();
}
