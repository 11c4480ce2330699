using System.Globalization;
using Liaison.Data;
using Liaison.Features.Shared;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements.Itinerary;

/// <summary>What the slot form partial shows: the input, the engagement's days, the chosen people and any conflict.</summary>
public sealed record SlotFormView(
    int EngagementId, int? ItemId, ItineraryInput Input, IReadOnlyList<SelectListItem> Days, IReadOnlyList<PickedRecord> Counterpart,
    IReadOnlyList<PickedRecord> Host, ConflictDetails? Conflict);

/// <summary>Dates as an itinerary writes them: "Sunday 22 November 2026" or "2026年11月22日 星期日".</summary>
public static class ItineraryDates
{
    public static string Long(DateOnly day) => EnumText.IsChinese
        ? day.ToString("yyyy年M月d日 dddd", CultureInfo.GetCultureInfo("zh-Hans"))
        : day.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en"));

    /// <summary>A date range: "22–24 November 2026"-like texts are left to the reader; both dates in full keep it unambiguous.</summary>
    public static string Range(DateOnly from, DateOnly to) => from == to ? Long(from) : Long(from) + " – " + Long(to);

    public static string Short(DateOnly day) => EnumText.IsChinese
        ? day.ToString("M月d日 ddd", CultureInfo.GetCultureInfo("zh-Hans"))
        : day.ToString("ddd d MMM", CultureInfo.GetCultureInfo("en"));
}

public static class ItineraryForms
{
    public static IReadOnlyList<SelectListItem> DayOptions(EngagementHeader engagement, DateOnly? selected)
    {
        var days = EngagementDays.Of(engagement.StartsOn, engagement.EndsOn).ToList();

        // A slot left outside the dates keeps its day in the list, so the form shows what is stored (and refuses to save it).
        if (selected is { } s && !days.Contains(s))
        {
            days.Add(s);
            days.Sort();
        }

        return days.Select(d => new SelectListItem(ItineraryDates.Long(d), d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d == selected)).ToList();
    }

    /// <summary>The form for a new slot: on the given day (else the first), 09:00–10:00.</summary>
    public static ItineraryInput NewInput(EngagementHeader engagement, DateOnly? day) => new()
    {
        Day = day is { } d && d >= engagement.StartsOn && d <= engagement.EndsOn ? d : engagement.StartsOn,
        StartsAt = new TimeOnly(9, 0),
        EndsAt = new TimeOnly(10, 0),
    };

    public static async Task<SlotFormView> ViewAsync(
        LiaisonDbContext db, EngagementHeader engagement, int? itemId, ItineraryInput input, ConflictDetails? conflict, CancellationToken ct)
    {
        int?[] candidates = [input.CounterpartId, input.HostId];
        var ids = candidates.OfType<int>().Distinct().ToList();
        var people = ids.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.NameEn, p.NameZh }).ToListAsync(ct);
        IReadOnlyList<PickedRecord> Picked(int? id) =>
            people.Where(p => p.Id == id).Select(p => new PickedRecord(p.Id, EnumText.Pick(p.NameEn, p.NameZh))).ToList();
        return new SlotFormView(engagement.Id, itemId, input, DayOptions(engagement, input.Day), Picked(input.CounterpartId), Picked(input.HostId), conflict);
    }
}
