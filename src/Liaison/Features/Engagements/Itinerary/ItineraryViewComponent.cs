using Liaison.Data;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Features.Engagements.Itinerary;

/// <summary>What the itinerary card shows: counts, the first slots of each day, the warnings and the links.</summary>
public sealed record ItineraryCard(
    EngagementHeader Engagement, int DayCount, int SlotCount, IReadOnlyList<(DateOnly Day, IReadOnlyList<ItinerarySlot> Slots, int More)> Days,
    int WarningCount);

/// <summary>The itinerary section of an engagement's page.</summary>
[ViewComponent(Name = "EngagementItinerary")]
public sealed class ItineraryViewComponent(LiaisonDbContext db) : ViewComponent
{
    /// <summary>Slots shown per day on the card; the itinerary page has them all.</summary>
    public const int SlotsPerDay = 3;

    private const int MaxDays = 14;

    public async Task<IViewComponentResult> InvokeAsync(int engagementId)
    {
        var ct = HttpContext.RequestAborted;
        if (await EngagementAccess.CachedAsync(HttpContext, db, engagementId) is not { } engagement)
        {
            return Content("");
        }

        var slots = await ItineraryQueries.SlotsAsync(db, engagementId, ct);
        var logistics = await Logistics.LogisticsQueries.CachedItemsAsync(HttpContext, db, engagementId);
        var warnings = await BookingWarnings.ForAsync(db, engagement, slots, ct, logistics);
        var days = ItineraryQueries.ByDay(engagement.StartsOn, engagement.EndsOn, slots)
            .Where(d => d.Slots.Count > 0).Take(MaxDays)
            .Select(d => (d.Day, (IReadOnlyList<ItinerarySlot>)d.Slots.Take(SlotsPerDay).ToList(), Math.Max(0, d.Slots.Count - SlotsPerDay)))
            .ToList();
        var dayCount = engagement.EndsOn.DayNumber - engagement.StartsOn.DayNumber + 1;
        return View("/Features/Engagements/Itinerary/_ItineraryCard.cshtml",
            new ItineraryCard(engagement, Math.Max(dayCount, 0), slots.Count, days, warnings.Count));
    }
}
