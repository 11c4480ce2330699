using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Features.Shared;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements.Itinerary;

/// <summary>
/// The itinerary of an engagement, day by day, with its booking warnings. Organizers of the engagement get the add, edit
/// and delete controls; every other reader sees it read-only; for those who may not see the engagement it does not exist.
/// </summary>
public sealed class ItineraryEditorModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    public EngagementHeader Engagement { get; private set; } = null!;

    public IReadOnlyList<(DateOnly Day, IReadOnlyList<ItinerarySlot> Slots)> Days { get; private set; } = [];

    public IReadOnlyList<BookingWarning> Warnings { get; private set; } = [];

    public int SlotCount { get; private set; }

    /// <summary>The add form (organizers only).</summary>
    public SlotFormView? NewSlot { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await EngagementAccess.FindAsync(db, id, ct) is not { } engagement)
        {
            return NotFound();
        }

        Engagement = engagement;
        await ItineraryApi.AuditReadAsync(db, engagement);
        var slots = await ItineraryQueries.SlotsAsync(db, id, ct);
        SlotCount = slots.Count;
        Days = ItineraryQueries.ByDay(engagement.StartsOn, engagement.EndsOn, slots);
        Warnings = await BookingWarnings.ForAsync(db, engagement, slots, ct);
        if (engagement.CanOrganize)
        {
            NewSlot = await ItineraryForms.ViewAsync(db, engagement, null, ItineraryForms.NewInput(engagement, null), null, ct);
        }

        return Page();
    }

    /// <summary>Deletes a slot after the confirmation; the version the user saw must still be current.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, int itemId, int? version, CancellationToken ct)
    {
        if (await EngagementAccess.FindAsync(db, id, ct) is not { } engagement)
        {
            return NotFound();
        }

        if (!engagement.CanOrganize)
        {
            return Forbid();
        }

        var text = ViewStrings.For(localizers, "Features.Engagements.Itinerary._SlotForm");
        switch (await ItineraryEditor.DeleteAsync(db, engagement, itemId, version, ct))
        {
            case EditResult.Saved:
                TempData.Success(text["The slot was deleted."]);
                ItineraryFlash.Warnings(TempData, localizers, await BookingWarnings.ForAsync(db, engagement, ct), null);
                break;
            case EditResult.Conflict:
                TempData.Error(text["Someone changed this slot after you opened it; nothing was deleted. Check it and try again."]);
                break;
            default:
                TempData.Error(text["The slot no longer exists."]);
                break;
        }

        return Redirect($"/engagements/{id}/itinerary");
    }
}
