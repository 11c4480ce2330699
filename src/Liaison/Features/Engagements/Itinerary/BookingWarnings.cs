using Liaison.Data;
using Liaison.Features.Engagements.Logistics;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements.Itinerary;

/// <summary>
/// Finds what cannot work in an itinerary: people booked twice at once (here or in another active engagement), members
/// taking part in another active engagement at the same time, travel between cities without time for it, slots before the
/// arrival or after the departure. At most three queries on top of the slots the caller already has, each on an index
/// and bounded; the query filters keep out every engagement (and person) the caller may not see, so a warning never names one.
/// </summary>
public static class BookingWarnings
{
    /// <summary>Less than this between slots in different cities, with no travel slot between them, is not enough.</summary>
    public static readonly TimeSpan TravelMargin = TimeSpan.FromMinutes(60);

    /// <summary>Bound on the rows read from other engagements; more clashes than this are not useful to list.</summary>
    private const int MaxOtherRows = 500;

    private const int MaxWarnings = 200;

    public static async Task<IReadOnlyList<BookingWarning>> ForAsync(LiaisonDbContext db, EngagementHeader engagement, CancellationToken ct) =>
        await ForAsync(db, engagement, await ItineraryQueries.SlotsAsync(db, engagement.Id, ct), ct);

    /// <param name="logistics">The engagement's logistics items when the caller has read them already (the engagement's
    /// page shows them too); otherwise the arrivals and departures are read here.</param>
    public static async Task<IReadOnlyList<BookingWarning>> ForAsync(
        LiaisonDbContext db, EngagementHeader engagement, IReadOnlyList<ItinerarySlot> slots, CancellationToken ct,
        IReadOnlyList<LogisticsItemDto>? logistics = null)
    {
        var warnings = new List<BookingWarning>();
        DoubleBookedHere(engagement, slots, warnings);
        TravelThatDoesNotFit(engagement, slots, warnings);

        // Plans of a cancelled or postponed engagement clash with nothing.
        if (EngagementLifecycle.IsActive(engagement.Status))
        {
            await DoubleBookedElsewhereAsync(db, engagement, slots, warnings, ct);
            await AlsoInOtherEngagementsAsync(db, engagement, warnings, ct);
        }

        await ArrivalAndDepartureAsync(db, engagement, slots, logistics, warnings, ct);
        return warnings.OrderBy(w => w.Day ?? DateOnly.MinValue).ThenBy(w => w.Slot?.StartsAt).ThenBy(w => w.Kind).Take(MaxWarnings).ToList();
    }

    private static WarningSlot Slot(EngagementHeader e, ItinerarySlot s) => new(e.Id, s.Id, s.Day, s.StartsAt, s.EndsAt, s.Title, s.TitleZh);

    private static bool Overlap(TimeOnly aStart, TimeOnly aEnd, TimeOnly bStart, TimeOnly bEnd) => aStart < bEnd && bStart < aEnd;

    private static IEnumerable<SlotPerson> People(ItinerarySlot s) =>
        new[] { s.Counterpart, s.Host }.OfType<SlotPerson>().DistinctBy(p => p.Id);

    private static void DoubleBookedHere(EngagementHeader e, IReadOnlyList<ItinerarySlot> slots, List<BookingWarning> warnings)
    {
        foreach (var day in slots.Where(s => s.Counterpart is not null || s.Host is not null).GroupBy(s => s.Day))
        {
            var list = day.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    if (!Overlap(a.StartsAt, a.EndsAt, b.StartsAt, b.EndsAt))
                    {
                        continue;
                    }

                    foreach (var person in People(a).Where(p => People(b).Any(q => q.Id == p.Id)))
                    {
                        warnings.Add(new BookingWarning(BookingWarningKind.DoubleBooked, a.Day, person, Slot(e, a), Slot(e, b)));
                    }
                }
            }
        }
    }

    private static async Task DoubleBookedElsewhereAsync(
        LiaisonDbContext db, EngagementHeader e, IReadOnlyList<ItinerarySlot> slots, List<BookingWarning> warnings, CancellationToken ct)
    {
        var booked = slots.Where(s => s.Counterpart is not null || s.Host is not null).ToList();
        var personIds = booked.SelectMany(People).Select(p => p.Id).Distinct().ToList();
        if (personIds.Count == 0)
        {
            return;
        }

        var days = booked.Select(s => s.Day).Distinct().ToList();
        var (first, last) = (days.Min(), days.Max());

        // Uses the (CounterpartId, Day) and (HostId, Day) indexes; the filters leave out engagements the caller cannot see.
        var others = await db.ItineraryItems.AsNoTracking()
            .Where(i => i.EngagementId != e.Id && i.Day >= first && i.Day <= last
                && ((i.CounterpartId != null && personIds.Contains(i.CounterpartId.Value)) || (i.HostId != null && personIds.Contains(i.HostId.Value)))
                && i.Engagement!.Status != EngagementStatus.Cancelled && i.Engagement.Status != EngagementStatus.Postponed)
            .OrderBy(i => i.Day).ThenBy(i => i.StartsAt).ThenBy(i => i.Id)
            .Take(MaxOtherRows)
            .Select(i => new
            {
                i.Id,
                i.EngagementId,
                i.Day,
                i.StartsAt,
                i.EndsAt,
                i.Title,
                i.TitleZh,
                i.CounterpartId,
                i.HostId,
                EngagementTitle = i.Engagement!.Title,
                EngagementTitleZh = i.Engagement.TitleZh,
                i.Engagement.StartsOn,
                i.Engagement.EndsOn,
            })
            .ToListAsync(ct);
        foreach (var slot in booked)
        {
            foreach (var other in others.Where(o => o.Day == slot.Day && Overlap(slot.StartsAt, slot.EndsAt, o.StartsAt, o.EndsAt)))
            {
                foreach (var person in People(slot).Where(p => p.Id == other.CounterpartId || p.Id == other.HostId))
                {
                    warnings.Add(new BookingWarning(BookingWarningKind.DoubleBooked, slot.Day, person, Slot(e, slot),
                        new WarningSlot(other.EngagementId, other.Id, other.Day, other.StartsAt, other.EndsAt, other.Title, other.TitleZh),
                        new WarningEngagement(other.EngagementId, other.EngagementTitle, other.EngagementTitleZh, other.StartsOn, other.EndsOn)));
                }
            }
        }
    }

    private static async Task AlsoInOtherEngagementsAsync(LiaisonDbContext db, EngagementHeader e, List<BookingWarning> warnings, CancellationToken ct)
    {
        // The other active engagements at the same time, found by their start ((StartsOn) index): none starts earlier
        // than the longest engagement's length before ours (an index on the length, 0019/0021, gives it at once).
        // Then their memberships of our members. Joining our members to all their memberships instead read 1,700
        // memberships for each of the department's own staff, who host hundreds of visits a year.
        var overlapping = db.Engagements
            .Where(x => x.Id != e.Id && x.StartsOn <= e.EndsOn && x.EndsOn >= e.StartsOn
                && x.StartsOn >= e.StartsOn.AddDays(-(db.Set<EngagementLength>().Max(l => (int?)l.Days) ?? 0))
                && x.Status != EngagementStatus.Cancelled && x.Status != EngagementStatus.Postponed)
            .Select(x => x.Id);
        var ours = db.Set<MemberRank>().Where(m => m.EngagementId == e.Id);

        // "+ 0" keeps the databases off the memberships' person index: PostgreSQL's planner, which counts seven
        // memberships per person on average, otherwise went from our members to all of theirs again.
        var rows = await db.EngagementMembers.AsNoTracking()
            .Where(o => overlapping.Contains(o.EngagementId) && ours.Any(m => m.PersonId == o.PersonId + 0))
            .Select(o => new
            {
                o.PersonId,
                o.Person!.NameEn,
                o.Person.NameZh,
                o.EngagementId,
                o.Engagement!.Title,
                o.Engagement.TitleZh,
                o.Engagement.StartsOn,
                o.Engagement.EndsOn,
                Rank = ours.Where(m => m.PersonId == o.PersonId).Select(m => m.Rank).FirstOrDefault(),
            })
            .OrderBy(o => o.StartsOn).ThenBy(o => o.EngagementId).ThenBy(o => o.Rank)
            .Take(MaxOtherRows)
            .ToListAsync(ct);
        warnings.AddRange(rows.Select(r => new BookingWarning(BookingWarningKind.AlsoInOtherEngagement, null,
            new SlotPerson(r.PersonId, r.NameEn, r.NameZh),
            OtherEngagement: new WarningEngagement(r.EngagementId, r.Title, r.TitleZh, r.StartsOn, r.EndsOn))));
    }

    private static void TravelThatDoesNotFit(EngagementHeader e, IReadOnlyList<ItinerarySlot> slots, List<BookingWarning> warnings)
    {
        foreach (var day in slots.GroupBy(s => s.Day))
        {
            ItinerarySlot? previous = null;
            foreach (var slot in day.OrderBy(s => s.StartsAt).ThenBy(s => s.EndsAt))
            {
                // A travel slot is the journey itself: what follows it starts from wherever the journey went.
                if (slot.Activity == ItineraryActivity.Travel)
                {
                    previous = null;
                    continue;
                }

                var city = CityKey(slot);
                if (city is null)
                {
                    continue;
                }

                if (previous is not null && !string.Equals(CityKey(previous), city, StringComparison.Ordinal)
                    && slot.StartsAt.ToTimeSpan() - previous.EndsAt.ToTimeSpan() < TravelMargin)
                {
                    warnings.Add(new BookingWarning(BookingWarningKind.NoTimeToTravel, slot.Day, Slot: Slot(e, previous), OtherSlot: Slot(e, slot),
                        FromCity: previous.DisplayCity, ToCity: slot.DisplayCity));
                }

                previous = slot;
            }
        }
    }

    /// <summary>The city to compare: the English name when given, else the Chinese, case and spaces ignored.</summary>
    private static string? CityKey(ItinerarySlot s) =>
        (string.IsNullOrWhiteSpace(s.City) ? s.CityZh : s.City)?.Trim().ToUpperInvariant() is { Length: > 0 } key ? key : null;

    private static async Task ArrivalAndDepartureAsync(
        LiaisonDbContext db, EngagementHeader e, IReadOnlyList<ItinerarySlot> slots, IReadOnlyList<LogisticsItemDto>? logistics,
        List<BookingWarning> warnings, CancellationToken ct)
    {
        if (slots.Count == 0)
        {
            return;
        }

        var moves = logistics is not null
            ? logistics.Where(l => l.StartsAt != null && l.Kind is LogisticsKind.Arrival or LogisticsKind.Departure)
                .Select(l => new { l.Kind, StartsAt = l.StartsAt!.Value }).ToList()
            : await db.LogisticsItems.AsNoTracking()
                .Where(l => l.EngagementId == e.Id && l.StartsAt != null && (l.Kind == LogisticsKind.Arrival || l.Kind == LogisticsKind.Departure))
                .OrderBy(l => l.Id).Take(100)
                .Select(l => new { l.Kind, StartsAt = l.StartsAt!.Value })
                .ToListAsync(ct);

        // The first arrival and the last departure: before or after them nobody of the delegation is there.
        var arrival = moves.Where(m => m.Kind == LogisticsKind.Arrival).Select(m => (DateTime?)m.StartsAt).Min();
        var departure = moves.Where(m => m.Kind == LogisticsKind.Departure).Select(m => (DateTime?)m.StartsAt).Max();
        foreach (var slot in slots)
        {
            if (arrival is { } a && slot.Day.ToDateTime(slot.StartsAt) < a)
            {
                warnings.Add(new BookingWarning(BookingWarningKind.BeforeArrival, slot.Day, Slot: Slot(e, slot), At: a));
            }

            if (departure is { } d && slot.Day.ToDateTime(slot.EndsAt) > d)
            {
                warnings.Add(new BookingWarning(BookingWarningKind.AfterDeparture, slot.Day, Slot: Slot(e, slot), At: d));
            }
        }
    }
}
