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

namespace Liaison.Features.Engagements.Itinerary;

/// <summary>Adds a slot to an itinerary (no item id) or changes one; stale saves show what changed.</summary>
[Authorize(Policy = Policies.Organizer)]
public sealed class ItinerarySlotModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Engagements.Itinerary._SlotForm");

    [BindProperty]
    public ItineraryInput Input { get; set; } = new();

    public EngagementHeader Engagement { get; private set; } = null!;

    public SlotFormView Form { get; private set; } = null!;

    public int? ItemId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? itemId, DateOnly? day, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is { } refused)
        {
            return refused;
        }

        ItemId = itemId;
        if (itemId is int existing)
        {
            var item = await db.ItineraryItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == existing && i.EngagementId == id, ct);
            if (item is null)
            {
                return NotFound();
            }

            Input = ItineraryInput.From(item);
        }
        else
        {
            Input = ItineraryForms.NewInput(Engagement, day);
        }

        Form = await ItineraryForms.ViewAsync(db, Engagement, itemId, Input, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? itemId, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is { } refused)
        {
            return refused;
        }

        ItemId = itemId;
        var unreadable = UnreadableValues.Find(ModelState, Input, nameof(Input));
        ModelState.Clear();
        ConflictDetails? conflict = null;
        if (!UnreadableValues.AddTo(ModelState, unreadable, v => _text["The value '{0}' is not valid.", v]))
        {
            var result = itemId is int existing
                ? await ItineraryEditor.UpdateAsync(db, Engagement, existing, Input, ct)
                : await ItineraryEditor.CreateAsync(db, Engagement, Input, ct);
            switch (result)
            {
                case EditResult.Saved saved:
                    TempData.Success(itemId is null ? _text["The slot was added."] : _text["The slot was saved."]);
                    ItineraryFlash.Warnings(TempData, localizers, await BookingWarnings.ForAsync(db, Engagement, ct), saved.Id);
                    return Redirect($"/engagements/{id}/itinerary#slot-{saved.Id}");
                case EditResult.Invalid invalid:
                    ModelState.AddErrors(invalid.Errors, nameof(Input), _text);
                    break;
                case EditResult.Conflict c:
                    // Keep the user's input; the next save deliberately overwrites the version they have now seen.
                    conflict = c.Details;
                    Input.Version = c.Details.CurrentVersion;
                    break;
                default:
                    return NotFound();
            }
        }

        Form = await ItineraryForms.ViewAsync(db, Engagement, itemId, Input, conflict, ct);
        return Page();
    }

    /// <summary>Null when the caller may organize the engagement; otherwise 404 (it does not exist for them) or a refusal.</summary>
    private async Task<IActionResult?> FindAsync(int id, CancellationToken ct)
    {
        if (await EngagementAccess.FindAsync(db, id, ct) is not { } engagement)
        {
            return NotFound();
        }

        Engagement = engagement;
        return engagement.CanOrganize ? null : Forbid();
    }
}
