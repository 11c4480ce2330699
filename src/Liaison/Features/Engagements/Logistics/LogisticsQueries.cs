using Liaison.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements.Logistics;

public sealed record LogisticsItemDto(
    int Id, LogisticsKind Kind, string Reference, string? Place, DateTime? StartsAt, DateTime? EndsAt, string? Notes, int Version);

/// <summary>An interpreter of the engagement (a member with the Interpreter role) and the languages they work in.</summary>
public sealed record InterpreterDto(int MemberId, int PersonId, string Name, string? NameZh, EngagementSide Side, string? Languages);

/// <param name="PersonVisible">False when the gift names a person the reader may not see (their name is then left out).</param>
public sealed record GiftDto(
    int Id, GiftDirection Direction, string Item, decimal? Value, string? Currency, int? PersonId, string? PersonName,
    string? PersonNameZh, bool PersonVisible, string? Recipient, DateOnly? On, string? Notes, int Version);

/// <summary>The sum of the gifts' values in one direction and currency; gifts without a value are only counted.</summary>
public sealed record GiftTotal(GiftDirection Direction, string? Currency, decimal Total, int Count);

public sealed record GiftRegister(IReadOnlyList<GiftDto> Gifts, IReadOnlyList<GiftTotal> Totals);

public sealed record LogisticsOverview(IReadOnlyList<LogisticsItemDto> Items, IReadOnlyList<InterpreterDto> Interpreters);

/// <summary>Reads of an engagement's logistics, interpreters and gift register: bounded, projected, a query each.</summary>
public static class LogisticsQueries
{
    /// <summary>More than any real visit has; keeps every read bounded.</summary>
    public const int MaxRows = 500;

    public static async Task<IReadOnlyList<LogisticsItemDto>> ItemsAsync(LiaisonDbContext db, int engagementId, CancellationToken ct)
    {
        var rows = await db.LogisticsItems.AsNoTracking().Where(i => i.EngagementId == engagementId)
            .OrderBy(i => i.Kind).ThenBy(i => i.StartsAt).ThenBy(i => i.Id).Take(MaxRows)
            .Select(i => new LogisticsItemDto(i.Id, i.Kind, i.Reference, i.Place, i.StartsAt, i.EndsAt, i.Notes, i.Version))
            .ToListAsync(ct);
        return rows.Select(r => r with { StartsAt = WallClock.Local(r.StartsAt), EndsAt = WallClock.Local(r.EndsAt) }).ToList();
    }

    /// <summary><see cref="ItemsAsync"/> read once per request: the engagement's page shows the items in its logistics
    /// card and checks its itinerary against their arrivals and departures.</summary>
    public static async Task<IReadOnlyList<LogisticsItemDto>> CachedItemsAsync(HttpContext http, LiaisonDbContext db, int engagementId)
    {
        var key = "logistics-items:" + engagementId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (http.Items.TryGetValue(key, out var cached) && cached is IReadOnlyList<LogisticsItemDto> items)
        {
            return items;
        }

        items = await ItemsAsync(db, engagementId, http.RequestAborted);
        http.Items[key] = items;
        return items;
    }

    public static Task<List<InterpreterDto>> InterpretersAsync(LiaisonDbContext db, int engagementId, CancellationToken ct) =>
        db.EngagementMembers.AsNoTracking().Where(m => m.EngagementId == engagementId && m.Role == DelegationRole.Interpreter)
            .OrderBy(m => m.Side).ThenBy(m => m.Rank).ThenBy(m => m.Id).Take(MaxRows)
            .Select(m => new InterpreterDto(m.Id, m.PersonId, m.Person!.NameEn, m.Person.NameZh, m.Side, m.Languages))
            .ToListAsync(ct);

    public static async Task<LogisticsOverview> OverviewAsync(LiaisonDbContext db, int engagementId, CancellationToken ct) =>
        new(await ItemsAsync(db, engagementId, ct), await InterpretersAsync(db, engagementId, ct));

    public static async Task<GiftRegister> GiftsAsync(LiaisonDbContext db, int engagementId, CancellationToken ct)
    {
        var rows = await db.Gifts.AsNoTracking().Where(g => g.EngagementId == engagementId)
            .OrderBy(g => g.Direction).ThenBy(g => g.On).ThenBy(g => g.Id).Take(MaxRows)
            .Select(g => new { g.Id, g.Direction, g.Item, g.Value, g.Currency, g.PersonId, g.Recipient, g.On, g.Notes, g.Version })
            .ToListAsync(ct);

        // Names by primary key through the reader's filters: a person they cannot see stays nameless.
        var personIds = rows.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).Distinct().ToList();
        var people = personIds.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.NameEn, p.NameZh }).ToDictionaryAsync(p => p.Id, ct);
        var gifts = rows.Select(r =>
        {
            var person = r.PersonId is int id && people.TryGetValue(id, out var p) ? p : null;
            return new GiftDto(r.Id, r.Direction, r.Item, r.Value, r.Currency, person is null ? null : r.PersonId, person?.NameEn,
                person?.NameZh, r.PersonId is null || person is not null, r.Recipient, r.On, r.Notes, r.Version);
        }).ToList();
        return new GiftRegister(gifts, Totals(gifts.Select(g => (g.Direction, g.Value, g.Currency))));
    }

    /// <summary>Count and totals only, for the engagement page's card.</summary>
    public static async Task<IReadOnlyList<GiftTotal>> GiftTotalsAsync(LiaisonDbContext db, int engagementId, CancellationToken ct)
    {
        var rows = await db.Gifts.AsNoTracking().Where(g => g.EngagementId == engagementId).Take(MaxRows)
            .Select(g => new { g.Direction, g.Value, g.Currency }).ToListAsync(ct);
        return Totals(rows.Select(r => (r.Direction, r.Value, r.Currency)));
    }

    public static IReadOnlyList<GiftTotal> Totals(IEnumerable<(GiftDirection Direction, decimal? Value, string? Currency)> gifts) =>
        gifts.GroupBy(g => (g.Direction, Currency: g.Value is null ? null : g.Currency))
            .Select(g => new GiftTotal(g.Key.Direction, g.Key.Currency, g.Sum(x => x.Value ?? 0m), g.Count()))
            .OrderBy(t => t.Direction).ThenBy(t => t.Currency is null).ThenBy(t => t.Currency, StringComparer.Ordinal)
            .ToList();
}
