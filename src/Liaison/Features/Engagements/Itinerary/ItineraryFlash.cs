using Liaison.Features.Organizations;
using Liaison.Features.Shared;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements.Itinerary;

/// <summary>After a save: how many warnings the itinerary has now, and those about the slot just saved, as flash messages.</summary>
public static class ItineraryFlash
{
    private const int MaxListed = 5;

    public static void Warnings(ITempDataDictionary tempData, IStringLocalizerFactory localizers, IReadOnlyList<BookingWarning> warnings, int? slotId)
    {
        if (warnings.Count == 0)
        {
            return;
        }

        var form = ViewStrings.For(localizers, "Features.Engagements.Itinerary._SlotForm");
        var text = ViewStrings.For(localizers, ItineraryApi.WarningsView);
        tempData.Info(form["This itinerary has {0} booking warning(s); they are listed at the top of the page.", warnings.Count]);
        foreach (var warning in warnings.Where(w => slotId is int id && (w.Slot?.Id == id || w.OtherSlot?.Id == id)).Take(MaxListed))
        {
            tempData.Info(BookingWarningText.Plain(warning, text));
        }
    }
}
