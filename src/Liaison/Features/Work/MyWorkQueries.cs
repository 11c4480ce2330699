using Liaison.Data;
using Liaison.Features.People;
using Liaison.Features.Relationships;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Work;

public sealed record TaskSection(int Total, IReadOnlyList<TaskListItem> Items);

/// <summary>A person I own whose tier's cadence says it is time to be in touch; <see cref="DaysOverdue"/> null: never in touch.</summary>
public sealed record DuePerson(
    int Id, string Name, string? NameZh, string Tier, string? TierZh, int CadenceDays, DateOnly? LastTouchpointOn, DateOnly? DueOn, int? DaysOverdue);

public enum AnniversaryKind
{
    Birthday = 0,
    Founding = 1,
}

/// <summary>A birthday or founding anniversary: the original date, the next occurrence and how many years it marks then.</summary>
public sealed record Anniversary(AnniversaryKind Kind, int Id, string Name, string? NameZh, DateOnly Original, DateOnly On, int Years);

public sealed record DormantRecord(int Id, string Name, string? NameZh, DateOnly? LastTouchpointOn);

public sealed record DormantDesk(int DeskId, string Name, string? NameZh, int Total, IReadOnlyList<DormantRecord> Organizations);

public sealed record DormantTies(int Months, DateOnly Cutoff, IReadOnlyList<DormantDesk> Desks, int PeopleTotal, IReadOnlyList<DormantRecord> People);

public sealed record MyWork(
    DateOnly Today,
    TaskSection Overdue,
    TaskSection Upcoming,
    int DueByCadenceTotal,
    IReadOnlyList<DuePerson> DueByCadence,
    int AnniversariesTotal,
    IReadOnlyList<Anniversary> Anniversaries,
    DormantTies Dormant);

/// <summary>
/// "My work": every section a bounded query on an index (tasks by owner, status and due date; people by owner and last touchpoint;
/// the denormalized last-touchpoint dates), read through the viewer's visibility filters. "My desks" are the desks the user is
/// a member of (not every desk an all-desks role could see).
/// </summary>
public static class MyWorkQueries
{
    public const int UpcomingDays = 14;
    public const int AnniversaryDays = 30;
    public const int SectionLimit = 50;
    public const int DormantLimit = 20;
    public static readonly int[] DormantMonthOptions = [6, 12, 24];

    public static int DormantMonths(int? months) => months is int m && DormantMonthOptions.Contains(m) ? m : 12;

    public static async Task<MyWork> LoadAsync(LiaisonDbContext db, int? dormantMonths, CancellationToken ct = default)
    {
        var today = Clock.Today;
        var (overdue, upcoming) = await TasksAsync(db, today, ct);
        var (dueTotal, due) = await DueByCadenceAsync(db, today, ct);
        var (anniversaryTotal, anniversaries) = await AnniversariesAsync(db, today, ct);
        var dormant = await DormantAsync(db, today, DormantMonths(dormantMonths), ct);
        return new MyWork(today, overdue, upcoming, dueTotal, due, anniversaryTotal, anniversaries, dormant);
    }

    public static async Task<(TaskSection Overdue, TaskSection Upcoming)> TasksAsync(LiaisonDbContext db, DateOnly today, CancellationToken ct)
    {
        var me = db.Scope.UserId ?? "";
        var until = today.AddDays(UpcomingDays);
        var open = db.Tasks.AsNoTracking().Where(t => t.OwnerId == me && (t.Status == WorkStatus.Open || t.Status == WorkStatus.InProgress));
        var overdue = open.Where(t => t.DueOn < today);
        var upcoming = open.Where(t => t.DueOn >= today && t.DueOn <= until);

        // Both counts in one statement, both lists in another (their linked names in a third).
        var counts = await open.Where(t => t.DueOn <= until).GroupBy(t => t.DueOn < today)
            .Select(g => new { Overdue = g.Key, Count = g.Count() }).ToListAsync(ct);
        var items = await TaskQueries.ItemsAsync(db,
            overdue.OrderBy(t => t.DueOn).ThenBy(t => t.Id).Take(SectionLimit)
                .Concat(upcoming.OrderBy(t => t.DueOn).ThenBy(t => t.Id).Take(SectionLimit)), ct);
        var ordered = items.OrderBy(t => t.DueOn).ThenBy(t => t.Id).ToList();
        return (
            new TaskSection(counts.Where(c => c.Overdue).Sum(c => c.Count), ordered.Where(t => t.DueOn < today).ToList()),
            new TaskSection(counts.Where(c => !c.Overdue).Sum(c => c.Count), ordered.Where(t => t.DueOn >= today).ToList()));
    }

    /// <summary>
    /// My people with a tier, never in touch or last in touch before today − cadence. One query on the (OwnerId, LastTouchpointOn)
    /// index bounded by the shortest cadence brings ids and dates (one owner's people); names only for those shown.
    /// </summary>
    public static async Task<(int Total, IReadOnlyList<DuePerson> Items)> DueByCadenceAsync(LiaisonDbContext db, DateOnly today, CancellationToken ct)
    {
        var me = db.Scope.UserId ?? "";
        // One statement: my people with a tier and their tier's cadence (an officer's own people: hundreds at most).
        var candidates = await db.People.AsNoTracking()
            .Where(p => p.OwnerId == me && p.TierId != null && p.Tier!.CadenceDays > 0)
            .Select(p => new { p.Id, p.LastTouchpointOn, p.NameEn, p.NameZh, Tier = new { p.Tier!.NameEn, p.Tier.NameZh, p.Tier.CadenceDays } })
            .ToListAsync(ct);
        var due = candidates
            .Select(p =>
            {
                var tier = p.Tier;
                DateOnly? dueOn = p.LastTouchpointOn?.AddDays(tier.CadenceDays);
                int? days = dueOn is { } d ? today.DayNumber - d.DayNumber : null;
                return (p.Id, p.NameEn, p.NameZh, Tier: tier, p.LastTouchpointOn, DueOn: dueOn, DaysOverdue: days);
            })
            .Where(p => p.DaysOverdue is null or >= 0)
            .ToList();
        var shown = due.OrderBy(p => p.DaysOverdue is null ? 0 : 1).ThenByDescending(p => p.DaysOverdue).ThenBy(p => p.Id).Take(SectionLimit).ToList();
        var items = shown
            .Select(p => new DuePerson(p.Id, p.NameEn, p.NameZh, p.Tier.NameEn, p.Tier.NameZh, p.Tier.CadenceDays, p.LastTouchpointOn, p.DueOn, p.DaysOverdue))
            .ToList();
        return (due.Count, items);
    }

    /// <summary>Birthdays of people I own or of my desks' people, founding days of organizations we have ties with in my desks.</summary>
    public static async Task<(int Total, IReadOnlyList<Anniversary> Items)> AnniversariesAsync(LiaisonDbContext db, DateOnly today, CancellationToken ct)
    {
        var me = db.Scope.UserId ?? "";
        var desks = db.Scope.DeskIds;
        var end = today.AddDays(AnniversaryDays);
        var start = (today.Month * 100) + today.Day;
        var stop = (end.Month * 100) + end.Day;

        // Two indexed starts rather than one OR (which scans every person): my people by owner, my desks' people by country.
        var deskCountries = db.Countries.Where(c => c.DeskId != null && desks.Contains(c.DeskId.Value)).Select(c => c.Id);
        var mine = InWindow(WithBirthday(db.People.AsNoTracking().Where(p => p.BirthDate != null && p.OwnerId == me)), start, stop);
        var deskPeople = InWindow(WithBirthday(db.People.AsNoTracking().Where(p => p.BirthDate != null && p.CountryId != null
            && deskCountries.Contains(p.CountryId.Value) && (p.OwnerId == null || p.OwnerId != me))), start, stop);
        var organizations = TiesOfDesks(db, desks).Where(r => r.Organization!.Founded != null)
            .Select(r => new Dated { Id = r.Organization!.Id, NameEn = r.Organization.NameEn, NameZh = r.Organization.NameZh, Date = r.Organization.Founded!.Value, Md = (r.Organization.Founded!.Value.Month * 100) + r.Organization.Founded.Value.Day });
        organizations = InWindow(organizations, start, stop);

        // One pass over each start (a month's share of my people and my desks'), in the people's visibility index alone;
        // then the names of the fifty shown. Reading every birthday's name (2,000 a month for a desk at full size) cost
        // more than the window itself.
        var birthdayRows = desks.Length == 0
            ? await mine.Select(x => new { x.Id, x.Date }).ToListAsync(ct)
            : await mine.Select(x => new { x.Id, x.Date }).Concat(deskPeople.Select(x => new { x.Id, x.Date })).ToListAsync(ct);
        var birthdays = birthdayRows
            .Select(x => (x.Id, Next: NextOccurrence(x.Date, today), x.Date))
            .Where(x => x.Next <= end && x.Next.Year > x.Date.Year)
            .ToList();
        var shown = birthdays.OrderBy(x => x.Next).ThenBy(x => x.Id).Take(SectionLimit).ToList();
        var shownIds = shown.Select(x => x.Id).ToList();
        var names = shownIds.Count == 0
            ? []
            : await db.People.AsNoTracking().Where(p => EF.Parameter(shownIds).Contains(p.Id))
                .Select(p => new { p.Id, p.NameEn, p.NameZh }).ToDictionaryAsync(p => p.Id, ct);
        var founded = (desks.Length == 0 ? [] : await organizations.ToListAsync(ct))
            .Select(x => Make(AnniversaryKind.Founding, x.Id, x.NameEn, x.NameZh, x.Date))
            .Where(a => a.On <= end && a.Years > 0)
            .ToList();
        var items = shown.Where(x => names.ContainsKey(x.Id))
            .Select(x => Make(AnniversaryKind.Birthday, x.Id, names[x.Id].NameEn, names[x.Id].NameZh, x.Date))
            .Concat(founded)
            .OrderBy(a => a.On).ThenBy(a => a.Kind).ThenBy(a => a.Id)
            .Take(SectionLimit)
            .ToList();
        var total = birthdays.Count + founded.Count;
        return (total, items);

        Anniversary Make(AnniversaryKind kind, int id, string name, string? nameZh, DateOnly original)
        {
            var next = NextOccurrence(original, today);
            return new Anniversary(kind, id, name, nameZh, original, next, next.Year - original.Year);
        }
    }

    /// <summary>
    /// Our relationships with organizations of these desks' countries. On SQLite "+ 0" keeps the planner from starting at
    /// the desks' countries and reading every organization in them (2,500 rows for a desk of 52 countries at full size)
    /// to find the few with a relationship: it walks the relationships, one per tied organization, instead (4 → 0.3–0.8 ms
    /// a statement). PostgreSQL starts from the relationships either way, and there the "+ 0" cost it the desk index.
    /// </summary>
    private static IQueryable<Relationship> TiesOfDesks(LiaisonDbContext db, int[] desks) => db.IsPostgres
        ? db.Relationships.AsNoTracking().Where(r => r.Organization!.Country!.DeskId != null && desks.Contains(r.Organization.Country.DeskId.Value))
        : db.Relationships.AsNoTracking().Where(r => r.Organization!.Country!.DeskId != null && desks.Contains(r.Organization.Country.DeskId.Value + 0));

    /// <summary>As <see cref="TiesOfDesks"/>, for one desk.</summary>
    private static IQueryable<Relationship> TiesOfDesk(LiaisonDbContext db, int desk) => db.IsPostgres
        ? db.Relationships.AsNoTracking().Where(r => r.Organization!.Country!.DeskId == desk)
        : db.Relationships.AsNoTracking().Where(r => r.Organization!.Country!.DeskId + 0 == desk);

    private sealed class Dated
    {
        public int Id { get; init; }
        public string NameEn { get; init; } = "";
        public string? NameZh { get; init; }
        public DateOnly Date { get; init; }
        public int Md { get; init; }
    }

    private static IQueryable<Dated> WithBirthday(IQueryable<Person> people) =>
        people.Select(p => new Dated { Id = p.Id, NameEn = p.NameEn, NameZh = p.NameZh, Date = p.BirthDate!.Value, Md = (p.BirthDate!.Value.Month * 100) + p.BirthDate.Value.Day });

    /// <summary>The countries of the given desks: people are found through the (CountryId, NameEn) index from these.</summary>
    public static Task<List<int>> DeskCountriesAsync(LiaisonDbContext db, int[] desks, CancellationToken ct) =>
        db.Countries.AsNoTracking().Where(c => c.DeskId != null && desks.Contains(c.DeskId.Value)).Select(c => c.Id).ToListAsync(ct);

    // Month*100+day between today's and the window end's; a window across New Year wraps round.
    private static IQueryable<Dated> InWindow(IQueryable<Dated> q, int start, int stop) =>
        stop >= start ? q.Where(x => x.Md >= start && x.Md <= stop) : q.Where(x => x.Md >= start || x.Md <= stop);

    /// <summary>The first anniversary of <paramref name="original"/> on or after <paramref name="from"/>; 29 February falls on the 28th in common years.</summary>
    public static DateOnly NextOccurrence(DateOnly original, DateOnly from)
    {
        for (var year = from.Year; ; year++)
        {
            var day = Math.Min(original.Day, DateTime.DaysInMonth(year, original.Month));
            var candidate = new DateOnly(year, original.Month, day);
            if (candidate >= from)
            {
                return candidate;
            }
        }
    }

    public static async Task<DormantTies> DormantAsync(LiaisonDbContext db, DateOnly today, int months, CancellationToken ct)
    {
        var me = db.Scope.UserId ?? "";
        var desks = db.Scope.DeskIds;
        var cutoff = today.AddMonths(-months);
        var deskRows = desks.Length == 0 ? [] : await db.Desks.AsNoTracking().Where(d => desks.Contains(d.Id)).OrderBy(d => d.Name)
            .Select(d => new { d.Id, d.Name, d.NameZh }).ToListAsync(ct);
        var byDesk = new List<DormantDesk>();
        foreach (var desk in deskRows)
        {
            var deskId = desk.Id;
            var q = TiesOfDesk(db, deskId)
                .Where(r => r.Organization!.LastTouchpointOn == null || r.Organization.LastTouchpointOn < cutoff)
                .Select(r => r.Organization!);
            // The count rides along with each of the first rows (one statement); no rows means none at all.
            var rows = await q.OrderBy(o => o.LastTouchpointOn != null).ThenBy(o => o.LastTouchpointOn).ThenBy(o => o.NameEn).Take(DormantLimit)
                .Select(o => new { Record = new DormantRecord(o.Id, o.NameEn, o.NameZh, o.LastTouchpointOn), Total = q.Count() }).ToListAsync(ct);
            byDesk.Add(new DormantDesk(desk.Id, desk.Name, desk.NameZh, rows.Count == 0 ? 0 : rows[0].Total, rows.Select(r => r.Record).ToList()));
        }

        var people = db.People.AsNoTracking().Where(p => p.OwnerId == me && (p.LastTouchpointOn == null || p.LastTouchpointOn < cutoff));
        var peopleRows = await people.OrderBy(p => p.LastTouchpointOn != null).ThenBy(p => p.LastTouchpointOn).ThenBy(p => p.Id).Take(DormantLimit)
            .Select(p => new { Record = new DormantRecord(p.Id, p.NameEn, p.NameZh, p.LastTouchpointOn), Total = people.Count() }).ToListAsync(ct);
        return new DormantTies(months, cutoff, byDesk, peopleRows.Count == 0 ? 0 : peopleRows[0].Total, peopleRows.Select(r => r.Record).ToList());
    }
}
