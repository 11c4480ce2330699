using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.People;

/// <summary>Adds or edits a contact channel; the page does not exist for anyone who may not see the person's channels.</summary>
[Authorize(Policy = Policies.Editor)]
public sealed class ChannelFormModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.People.Channel");

    [BindProperty]
    public ChannelInput Input { get; set; } = new();

    public int Id { get; private set; }

    public int? ChannelId { get; private set; }

    public string PersonName { get; private set; } = "";

    public ConflictDetails? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? channelId, CancellationToken ct)
    {
        if (!await PrepareAsync(id, channelId, ct))
        {
            return NotFound();
        }

        if (channelId is int cid)
        {
            var channel = await db.ContactChannels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid && c.PersonId == id, ct);
            if (channel is null)
            {
                return NotFound();
            }

            Input = ChannelInput.From(PeopleQueries.ToDto(channel));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? channelId, CancellationToken ct)
    {
        if (!await PrepareAsync(id, channelId, ct))
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
        else if (channelId is int cid)
        {
            result = await db.ContactChannels.AnyAsync(c => c.Id == cid && c.PersonId == id, ct)
                ? await ChannelEditor.UpdateAsync(db, cid, Input, ct)
                : new EditResult.NotFound();
        }
        else
        {
            result = await ChannelEditor.AddAsync(db, id, Input, ct);
        }

        switch (result)
        {
            case EditResult.Saved:
                TempData.FlashSuccess(channelId is null ? _text["The contact channel was added."] : _text["The contact channel was saved."]);
                return RedirectToPage("Detail", null, new { id }, "contacts");
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

        return Page();
    }

    private async Task<bool> PrepareAsync(int id, int? channelId, CancellationToken ct)
    {
        Id = id;
        ChannelId = channelId;
        if (!await ChannelEditor.MayChangeAsync(db, id, ct))
        {
            return false;
        }

        var person = await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.NameEn, p.NameZh }).FirstAsync(ct);
        PersonName = EnumText.Pick(person.NameEn, person.NameZh);
        return true;
    }
}
