using Liaison.Data;
using Liaison.Features.Work;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Touchpoints;

public sealed record TouchpointFilter(
    DateOnly? From = null, DateOnly? To = null, TouchpointChannel? Channel = null, string? CountryIso3 = null, int? Desk = null,
    int? PersonId = null, int? OrganizationId = null, bool Mine = false, int? Page = null, int? PageSize = null);

/// <summary>A person or organization as shown beside a touchpoint.</summary>
public sealed record TouchpointPartyRef(int Id, string NameEn, string? NameZh, string? Extra);

public sealed record TouchpointUserRef(string Id, string DisplayName);

public sealed record TouchpointListItem(
    int Id, DateOnly On, TouchpointChannel Channel, string? Medium, string Subject, Classification Classification,
    string? CountryIso3, string? CountryName, string? CountryNameZh,
    IReadOnlyList<TouchpointPartyRef> People, IReadOnlyList<TouchpointPartyRef> Organizations);

public sealed record TouchpointTaskRef(int Id, string Title, DateOnly DueOn, WorkStatus Status, string OwnerId, string? OwnerName);

public sealed record TouchpointDetail(
    int Id, DateOnly On, TouchpointChannel Channel, string? Medium, string Subject, string? Summary, string? FollowUp,
    Classification Classification, string? CountryIso3, string? CountryName, string? CountryNameZh, int? DeskId,
    string? CreatedById, DateTime CreatedAt, DateTime UpdatedAt, int Version,
    IReadOnlyList<TouchpointPartyRef> People, IReadOnlyList<TouchpointPartyRef> Organizations,
    IReadOnlyList<TouchpointUserRef> Participants, IReadOnlyList<TouchpointTaskRef> Tasks, bool CanEdit,
    int? EngagementId = null, string? EngagementTitle = null, string? EngagementTitleZh = null);

/// <summary>Reads of touchpoints; every read goes through the visibility filters (desk business, clearance).</summary>
public static class TouchpointQueries
{
    public static IQueryable<Touchpoint> Filtered(LiaisonDbContext db, TouchpointFilter f)
    {
        var query = db.Touchpoints.AsNoTracking();
        if (f.From is { } from)
        {
            query = query.Where(t => t.On >= from);
        }

        if (f.To is { } to)
        {
            query = query.Where(t => t.On <= to);
        }

        if (f.Channel is { } channel)
        {
            query = query.Where(t => t.Channel == channel);
        }

        if (!string.IsNullOrWhiteSpace(f.CountryIso3))
        {
            var code = f.CountryIso3.Trim().ToUpperInvariant();
            // The country's key as a scalar subquery, not a join on its code: so both databases read the country's
            // touchpoints newest first from the (CountryId, On, Classification) index. Joined, PostgreSQL walked every
            // touchpoint by date until fifty of the country's came up (2.3 s for France with a cold cache).
            query = code == "INT"
                ? query.Where(t => t.CountryId == null)
                : query.Where(t => t.CountryId == db.Countries.Where(c => c.Iso3 == code).Select(c => c.Id).FirstOrDefault());
        }

        if (f.Desk is int desk)
        {
            query = query.Where(t => t.Country!.DeskId == desk);
        }

        if (f.PersonId is int personId)
        {
            query = query.Where(t => t.People.Any(p => p.PersonId == personId));
        }

        if (f.OrganizationId is int organizationId)
        {
            query = query.Where(t => t.Organizations.Any(o => o.OrganizationId == organizationId));
        }

        if (f.Mine && db.Scope.UserId is { } me)
        {
            // Mine: created by me, or with me among the participants. Their ids come from those two indexes; testing both
            // on every touchpoint walked all of them for someone with few (14 s for a desk officer with none, at full size).
            var mine = db.Set<TouchpointInvolvement>().Where(i => i.UserId == me).Select(i => i.TouchpointId);
            query = query.Where(t => mine.Contains(t.Id));
        }

        return query;
    }

    /// <summary>
    /// What the visibility filter already requires of a viewer without all desks (touchpoints of their desks' countries or
    /// of none), said again without the filter's "or all desks": then SQLite reads only those countries' ranges of the
    /// (CountryId, On, Classification) index. Behind that "or" it walked the whole index and skipped every other desk's
    /// touchpoints: counting a desk officer's first 10,001 took 11 ms, now 2 ms. PostgreSQL does not split an "or" into
    /// index ranges, so there the two halves are read one after the other: the touchpoints of no country, then the desks'
    /// countries one by one from the index (counting the same 10,001: 21 ms, now 5 ms).
    /// </summary>
    private static IQueryable<Touchpoint> OnViewersDesks(LiaisonDbContext db, IQueryable<Touchpoint> query)
    {
        var desks = db.Scope.DeskIds;
        var countries = db.Countries.Where(c => c.DeskId != null && desks.Contains(c.DeskId.Value)).Select(c => (int?)c.Id);
        return db.IsPostgres
            ? query.Where(t => t.CountryId == null).Concat(query.Where(t => countries.Contains(t.CountryId)))
            : query.Where(t => t.CountryId == null || countries.Contains(t.CountryId));
    }

    /// <summary>Newest first, paged.</summary>
    public static async Task<Page<TouchpointListItem>> ListAsync(LiaisonDbContext db, TouchpointFilter f, CancellationToken ct = default)
    {
        var page = RequestValidation.ClampPage(f.Page);
        var size = RequestValidation.ClampPageSize(f.PageSize);
        var query = Filtered(db, f);
        // Only dates narrowing the list: the count reads the desks' ranges of the country index (OnViewersDesks). The rows
        // keep the filter's plan, newest first by date until the page is full; with other filters, so does the count.
        var counted = f is { Channel: null, PersonId: null, OrganizationId: null, Mine: false, Desk: null } && string.IsNullOrWhiteSpace(f.CountryIso3)
            && !db.Scope.AllDesks ? OnViewersDesks(db, query) : query;
        var (total, atLeast) = await PageCounts.CountAsync(counted, ct);
        var rows = await query.OrderByDescending(t => t.On).ThenByDescending(t => t.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(t => new
            {
                t.Id,
                t.On,
                t.Channel,
                t.Medium,
                t.Subject,
                t.Classification,
                CountryIso3 = t.Country == null ? null : t.Country.Iso3,
                CountryName = t.Country == null ? null : t.Country.NameEn,
                CountryNameZh = t.Country == null ? null : t.Country.NameZh,
            })
            .ToListAsync(ct);
        var (people, organizations) = await PartiesAsync(db, rows.Select(r => r.Id).ToList(), ct);
        var items = rows.Select(r => new TouchpointListItem(
            r.Id, r.On, r.Channel, r.Medium, r.Subject, r.Classification, r.CountryIso3, r.CountryName, r.CountryNameZh,
            people[r.Id].ToList(), organizations[r.Id].ToList())).ToList();
        return new Page<TouchpointListItem>(items, total, page, size) { TotalIsAtLeast = atLeast };
    }

    public static async Task<TouchpointDetail?> DetailAsync(LiaisonDbContext db, int id, CancellationToken ct = default)
    {
        var t = await db.Touchpoints.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                Touchpoint = x,
                CountryIso3 = x.Country == null ? null : x.Country.Iso3,
                CountryName = x.Country == null ? null : x.Country.NameEn,
                CountryNameZh = x.Country == null ? null : x.Country.NameZh,
                DeskId = x.Country == null ? null : x.Country.DeskId,
                EngagementTitle = x.Engagement == null ? null : x.Engagement.Title,
                EngagementTitleZh = x.Engagement == null ? null : x.Engagement.TitleZh,
            })
            .FirstOrDefaultAsync(ct);
        if (t is null)
        {
            return null;
        }

        if (t.Touchpoint.Classification >= Classification.Confidential)
        {
            await db.AuditReadAsync(nameof(Touchpoint), id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        }

        var (people, organizations) = await PartiesAsync(db, [id], ct);
        var participants = await db.TouchpointParticipants.AsNoTracking().Where(p => p.TouchpointId == id)
            .Select(p => new TouchpointUserRef(p.UserId, p.User!.DisplayName)).ToListAsync(ct);
        var tasks = await db.Tasks.AsNoTracking().Where(k => k.TouchpointId == id).OrderBy(k => k.DueOn).ThenBy(k => k.Id)
            .Select(k => new TouchpointTaskRef(k.Id, k.Title, k.DueOn, k.Status, k.OwnerId, k.Owner!.DisplayName)).ToListAsync(ct);
        var x = t.Touchpoint;
        return new TouchpointDetail(
            x.Id, x.On, x.Channel, x.Medium, x.Subject, x.Summary, x.FollowUp, x.Classification, t.CountryIso3, t.CountryName, t.CountryNameZh,
            t.DeskId, x.CreatedById, x.CreatedAt, x.UpdatedAt, x.Version, people[id].ToList(), organizations[id].ToList(),
            participants.OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList(), tasks,
            x.EngagementId is null && db.Scope.CanLogTouchpoint(x.Classification, t.DeskId, x.CountryId is not null),
            x.EngagementId, t.EngagementTitle, t.EngagementTitleZh);
    }

    /// <summary>The visible people and organizations of these touchpoints (the link filters hide those the user may not see).</summary>
    public static async Task<(ILookup<int, TouchpointPartyRef> People, ILookup<int, TouchpointPartyRef> Organizations)> PartiesAsync(
        LiaisonDbContext db, IReadOnlyCollection<int> touchpointIds, CancellationToken ct)
    {
        var people = await db.TouchpointPeople.AsNoTracking().Where(p => touchpointIds.Contains(p.TouchpointId))
            .Select(p => new { p.TouchpointId, Ref = new TouchpointPartyRef(p.PersonId, p.Person!.NameEn, p.Person.NameZh, p.Person.NameNative) })
            .ToListAsync(ct);
        var organizations = await db.TouchpointOrganizations.AsNoTracking().Where(o => touchpointIds.Contains(o.TouchpointId))
            .Select(o => new { o.TouchpointId, Ref = new TouchpointPartyRef(o.OrganizationId, o.Organization!.NameEn, o.Organization.NameZh, o.Organization.Abbreviation) })
            .ToListAsync(ct);
        return (people.OrderBy(p => p.Ref.NameEn, StringComparer.OrdinalIgnoreCase).ToLookup(p => p.TouchpointId, p => p.Ref),
            organizations.OrderBy(o => o.Ref.NameEn, StringComparer.OrdinalIgnoreCase).ToLookup(o => o.TouchpointId, o => o.Ref));
    }
}
