using Liaison.Data;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements.Itinerary;

/// <summary>A person named on a slot, as the caller may see them (English and Chinese names).</summary>
public sealed record SlotPerson(int Id, string Name, string? NameZh)
{
    public string DisplayName => EnumText.Pick(Name, NameZh);
}

/// <summary>One time slot as lists, the API and the printout show it; people the caller cannot see are left out.</summary>
public sealed record ItinerarySlot(
    int Id, DateOnly Day, TimeOnly StartsAt, TimeOnly EndsAt, ItineraryActivity Activity, string Title, string? TitleZh,
    string? City, string? CityZh, string? Venue, string? VenueZh, SlotPerson? Counterpart, SlotPerson? Host, string? Notes, int Version)
{
    public string DisplayTitle => EnumText.Pick(Title, TitleZh);

    public string? DisplayCity => City is null && CityZh is null ? null : EnumText.Pick(City ?? CityZh!, CityZh);

    public string? DisplayVenue => Venue is null && VenueZh is null ? null : EnumText.Pick(Venue ?? VenueZh!, VenueZh);
}

/// <summary>An engagement's itinerary: its dates and its slots in order.</summary>
public sealed record ItineraryView(int EngagementId, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<ItinerarySlot> Items);

public static class ItineraryQueries
{
    /// <summary>More slots than any real programme has; a bound so one engagement can never load an unbounded list.</summary>
    public const int MaxSlots = 2000;

    /// <summary>The slots of a visible engagement ordered by day and start time, in one query (index EngagementId, Day, StartsAt).</summary>
    public static async Task<List<ItinerarySlot>> SlotsAsync(LiaisonDbContext db, int engagementId, CancellationToken ct)
    {
        var rows = await db.ItineraryItems.AsNoTracking().Where(i => i.EngagementId == engagementId)
            .OrderBy(i => i.Day).ThenBy(i => i.StartsAt).ThenBy(i => i.EndsAt).ThenBy(i => i.Id)
            .Take(MaxSlots)
            .Select(i => new
            {
                i.Id,
                i.Day,
                i.StartsAt,
                i.EndsAt,
                i.Activity,
                i.Title,
                i.TitleZh,
                i.City,
                i.CityZh,
                i.Venue,
                i.VenueZh,
                i.Notes,
                i.Version,
                // Names by key through the people's own filter (a person the reader may not see has none): as an optional
                // navigation the database would first build every visible person to LEFT JOIN them.
                i.CounterpartId,
                CounterpartName = db.People.Where(p => p.Id == i.CounterpartId).Select(p => p.NameEn).FirstOrDefault(),
                CounterpartNameZh = db.People.Where(p => p.Id == i.CounterpartId).Select(p => p.NameZh).FirstOrDefault(),
                i.HostId,
                HostName = db.People.Where(p => p.Id == i.HostId).Select(p => p.NameEn).FirstOrDefault(),
                HostNameZh = db.People.Where(p => p.Id == i.HostId).Select(p => p.NameZh).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ItinerarySlot(
            r.Id, r.Day, r.StartsAt, r.EndsAt, r.Activity, r.Title, r.TitleZh, r.City, r.CityZh, r.Venue, r.VenueZh,
            r.CounterpartId is int c && r.CounterpartName is not null ? new SlotPerson(c, r.CounterpartName, r.CounterpartNameZh) : null,
            r.HostId is int h && r.HostName is not null ? new SlotPerson(h, r.HostName, r.HostNameZh) : null,
            r.Notes, r.Version)).ToList();
    }

    /// <summary>Every day from the first to the last, each with its slots (days without slots too).</summary>
    public static IReadOnlyList<(DateOnly Day, IReadOnlyList<ItinerarySlot> Slots)> ByDay(DateOnly startsOn, DateOnly endsOn, IEnumerable<ItinerarySlot> slots)
    {
        var byDay = slots.GroupBy(s => s.Day).ToDictionary(g => g.Key, g => (IReadOnlyList<ItinerarySlot>)g.ToList());

        // Slots left outside the dates (the engagement was moved after they were planned) still show, on their own days.
        var days = EngagementDays.Of(startsOn, endsOn).Union(byDay.Keys).Order()
            .Select(day => (day, byDay.TryGetValue(day, out var list) ? list : (IReadOnlyList<ItinerarySlot>)[]))
            .ToList();
        return days;
    }
}

/// <summary>The engagement's days, as the slot form offers them.</summary>
public static class EngagementDays
{
    /// <summary>Longer engagements (a training course of several months) list their first days only.</summary>
    public const int MaxDays = 366;

    public static IEnumerable<DateOnly> Of(DateOnly startsOn, DateOnly endsOn)
    {
        var count = 0;
        for (var day = startsOn; day <= endsOn && count < MaxDays; day = day.AddDays(1), count++)
        {
            yield return day;
        }
    }
}
