using System.Globalization;
using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements;

public sealed record EngagementFilter(
    string? Q = null, EngagementKind? Kind = null, EngagementStatus? Status = null, int? Desk = null, string? CountryIso3 = null,
    DateOnly? From = null, DateOnly? To = null, int? PersonId = null, int? OrganizationId = null, bool Mine = false,
    int? Page = null, int? PageSize = null);

/// <summary>A counterpart organization or country as shown with an engagement.</summary>
public sealed record EngagementPartyRef(int Id, string NameEn, string? NameZh, string? Code);

public sealed record EngagementListItem(
    int Id, EngagementKind Kind, EngagementStatus Status, string Title, string? TitleZh, DateOnly StartsOn, DateOnly EndsOn,
    string? Location, Classification Classification, string? CountryIso3, string? CountryName, string? CountryNameZh,
    int DelegationCount, int HostCount, IReadOnlyList<EngagementPartyRef> Organizations);

public sealed record EngagementMemberItem(
    int Id, int PersonId, string NameEn, string? NameZh, string? NameNative, EngagementSide Side, DelegationRole Role, int Rank,
    string? Title, string? Languages, string? Notes, int Version);

public sealed record EngagementTransitionItem(
    int Id, EngagementStatus From, EngagementStatus To, string? ByUserId, string? ByName, DateTime At, string? Note);

public sealed record EngagementDetail(
    int Id, EngagementKind Kind, EngagementStatus Status, string Title, string? TitleZh, DateOnly StartsOn, DateOnly EndsOn,
    string? Location, Classification Classification, string? CountryIso3, string? CountryName, string? CountryNameZh, int? DeskId,
    string? Purpose, DateOnly? InvitationOn, string? InvitationNote, string? OwnerId, string? OwnerName,
    string? ApprovedById, string? ApprovedByName, DateTime? ApprovedAt, DateTime? CompletedAt, string? CreatedById,
    DateTime CreatedAt, DateTime UpdatedAt, int Version, int DelegationCount, int HostCount,
    IReadOnlyList<EngagementPartyRef> Organizations, IReadOnlyList<EngagementPartyRef> Countries,
    IReadOnlyList<EngagementMemberItem> Members, IReadOnlyList<EngagementTransitionItem> Transitions,
    bool CanOrganize, bool CanApprove, IReadOnlyList<EngagementStatus> NextSteps)
{
    public string DisplayTitle => EnumText.Pick(Title, TitleZh);

    /// <summary>The lead country's key, for the page's cards (the API answers with the ISO code).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int? CountryId { get; init; }

    /// <summary>What the section cards need to know of the engagement, so they do not read it again.</summary>
    public EngagementHeader ToHeader() =>
        new(Id, Title, TitleZh, Kind, Status, StartsOn, EndsOn, Classification, CountryId, DeskId, Version, CanOrganize, CanApprove);
}

/// <summary>Reads of engagements; every read goes through the visibility filters (desk business, clearance).</summary>
public static class EngagementQueries
{
    /// <summary>
    /// The engagements still running on or after <paramref name="from"/>. None of them starts earlier than the longest
    /// engagement's length before it (the length's index gives the maximum at once, migrations 0019/0021), so the start's
    /// index carries the filter, however long that engagement is. By the end alone both databases read every engagement
    /// (160 ms on SQLite at full size).
    /// </summary>
    public static IQueryable<Engagement> StillRunning(LiaisonDbContext db, IQueryable<Engagement> query, DateOnly from) =>
        query.Where(e => e.EndsOn >= from && e.StartsOn >= from.AddDays(-(db.Set<Itinerary.EngagementLength>().Max(l => (int?)l.Days) ?? 0)));

    /// <param name="inDateOrder">
    /// The caller reads the engagements newest first, a page at a time. On SQLite a desk is then checked on each engagement
    /// (<c>+ 0</c>) as the start's index gives them in order: through the desk's countries SQLite read and sorted all the
    /// desk's engagements for every page (9,410 for the bench's desk, 27 ms against 0.1). A count does so too when a
    /// status, dates or a kind narrow it by their own indexes (27 → 0.04 ms with a status, 28 → 0.3 ms from a date,
    /// 14–48 → 1 ms with a kind), and otherwise counts the desk's engagements from the desk's index (0.4 ms against 4.7
    /// checking each).
    /// </param>
    public static IQueryable<Engagement> Filtered(LiaisonDbContext db, EngagementFilter f, bool inDateOrder = false)
    {
        var query = db.Engagements.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var q = f.Q.Trim().ToLower(CultureInfo.InvariantCulture);
            query = query.Where(e => e.Title.ToLower().Contains(q) || (e.TitleZh != null && e.TitleZh.ToLower().Contains(q)));
        }

        if (f.Kind is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }

        if (f.Status is { } status)
        {
            query = query.Where(e => e.Status == status);
        }

        if (f.Desk is int desk)
        {
            var eachChecked = !db.IsPostgres && (inDateOrder || f.Status is not null || f.Kind is not null || f.From is not null || f.To is not null);
            query = eachChecked
                ? query.Where(e => db.Countries.Where(c => c.DeskId == desk).Select(c => (int?)c.Id).Contains(e.CountryId + 0))
                : query.Where(e => e.Country!.DeskId == desk);
        }

        if (!string.IsNullOrWhiteSpace(f.CountryIso3))
        {
            var code = f.CountryIso3.Trim().ToUpperInvariant();
            // The engagements of one country as a list of keys read by its index, not a probe of every engagement in the list.
            query = query.Where(e => db.EngagementCountries.Where(c => c.Country!.Iso3 == code).Select(c => c.EngagementId).Contains(e.Id));
        }

        if (f.From is { } from)
        {
            query = StillRunning(db, query, from);
        }

        if (f.To is { } to)
        {
            query = query.Where(e => e.StartsOn <= to);
        }

        if (f.PersonId is int personId)
        {
            query = query.Where(e => e.Members.Any(m => m.PersonId == personId));
        }

        if (f.OrganizationId is int organizationId)
        {
            query = query.Where(e => e.Organizations.Any(o => o.OrganizationId == organizationId));
        }

        if (f.Mine && db.Scope.UserId is { } me)
        {
            query = query.Where(e => e.OwnerId == me || e.CreatedById == me);
        }

        return query;
    }

    /// <summary>Latest first by start date, paged.</summary>
    public static async Task<Page<EngagementListItem>> ListAsync(LiaisonDbContext db, EngagementFilter f, CancellationToken ct = default)
    {
        var page = RequestValidation.ClampPage(f.Page);
        var size = RequestValidation.ClampPageSize(f.PageSize);
        var (total, atLeast) = await PageCounts.CountAsync(Filtered(db, f), ct);
        var rows = await Filtered(db, f, inDateOrder: true).OrderByDescending(e => e.StartsOn).ThenByDescending(e => e.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(e => new
            {
                e.Id,
                e.Kind,
                e.Status,
                e.Title,
                e.TitleZh,
                e.StartsOn,
                e.EndsOn,
                e.Location,
                e.Classification,
                CountryIso3 = e.Country == null ? null : e.Country.Iso3,
                CountryName = e.Country == null ? null : e.Country.NameEn,
                CountryNameZh = e.Country == null ? null : e.Country.NameZh,
                e.DelegationCount,
                e.HostCount,
            })
            .ToListAsync(ct);
        var organizations = await OrganizationsAsync(db, rows.Select(r => r.Id).ToList(), ct);
        var items = rows.Select(r => new EngagementListItem(
            r.Id, r.Kind, r.Status, r.Title, r.TitleZh, r.StartsOn, r.EndsOn, r.Location, r.Classification, r.CountryIso3,
            r.CountryName, r.CountryNameZh, r.DelegationCount, r.HostCount, organizations[r.Id].ToList())).ToList();
        return new Page<EngagementListItem>(items, total, page, size) { TotalIsAtLeast = atLeast };
    }

    public static async Task<EngagementDetail?> DetailAsync(LiaisonDbContext db, int id, CancellationToken ct = default)
    {
        var row = await db.Engagements.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                Engagement = x,
                CountryIso3 = x.Country == null ? null : x.Country.Iso3,
                CountryName = x.Country == null ? null : x.Country.NameEn,
                CountryNameZh = x.Country == null ? null : x.Country.NameZh,
                DeskId = x.Country == null ? null : x.Country.DeskId,
                OwnerName = x.Owner == null ? null : x.Owner.DisplayName,
                ApprovedByName = db.Users.Where(u => u.Id == x.ApprovedById).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var e = row.Engagement;
        if (e.Classification >= Classification.Confidential)
        {
            await db.AuditReadAsync(nameof(Engagement), id.ToString(CultureInfo.InvariantCulture), ct);
        }

        var parts = await EngagementDetailRows.LoadAsync(db, id, ct);
        var scope = db.Scope;
        var canOrganize = scope.CanOrganize(e.Classification, row.DeskId, e.CountryId is not null);
        var canApprove = scope.CanApprove(e.Classification, row.DeskId, e.CountryId is not null);
        var next = EngagementLifecycle.Next(e.Status)
            .Where(s => EngagementLifecycle.NeedsApprover(s) ? canApprove : canOrganize).ToList();
        return new EngagementDetail(
            e.Id, e.Kind, e.Status, e.Title, e.TitleZh, e.StartsOn, e.EndsOn, e.Location, e.Classification, row.CountryIso3,
            row.CountryName, row.CountryNameZh, row.DeskId, e.Purpose, e.InvitationOn, e.InvitationNote, e.OwnerId, row.OwnerName,
            e.ApprovedById, row.ApprovedByName, e.ApprovedAt, e.CompletedAt, e.CreatedById, e.CreatedAt, e.UpdatedAt, e.Version,
            e.DelegationCount, e.HostCount,
            parts.Organizations.OrderBy(o => o.NameEn, StringComparer.OrdinalIgnoreCase).ToList(),
            parts.Countries.OrderBy(c => c.Id != e.CountryId).ThenBy(c => c.NameEn, StringComparer.OrdinalIgnoreCase).ToList(),
            parts.Members, parts.Transitions, canOrganize, canApprove, next)
        {
            CountryId = e.CountryId,
        };
    }

    /// <summary>The visible members, by side and precedence.</summary>
    public static async Task<List<EngagementMemberItem>> MembersAsync(LiaisonDbContext db, int id, CancellationToken ct) =>
        await db.EngagementMembers.AsNoTracking().Where(m => m.EngagementId == id)
            .OrderBy(m => m.Side).ThenBy(m => m.Rank).ThenBy(m => m.Id)
            .Select(m => new EngagementMemberItem(m.Id, m.PersonId, m.Person!.NameEn, m.Person.NameZh, m.Person.NameNative,
                m.Side, m.Role, m.Rank, m.Title, m.Languages, m.Notes, m.Version))
            .ToListAsync(ct);

    /// <summary>The lifecycle steps so far, oldest first.</summary>
    public static async Task<List<EngagementTransitionItem>> TransitionsAsync(LiaisonDbContext db, int id, CancellationToken ct) =>
        await db.EngagementTransitions.AsNoTracking().Where(t => t.EngagementId == id).OrderBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new EngagementTransitionItem(t.Id, t.From, t.To, t.ByUserId, t.ByUser == null ? null : t.ByUser.DisplayName, t.At, t.Note))
            .ToListAsync(ct);

    /// <summary>The visible counterpart organizations of these engagements (the link filters hide those the user may not see).</summary>
    public static async Task<ILookup<int, EngagementPartyRef>> OrganizationsAsync(LiaisonDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var rows = await db.EngagementOrganizations.AsNoTracking().Where(o => ids.Contains(o.EngagementId))
            .Select(o => new { o.EngagementId, Ref = new EngagementPartyRef(o.OrganizationId, o.Organization!.NameEn, o.Organization.NameZh, o.Organization.Abbreviation) })
            .ToListAsync(ct);
        return rows.OrderBy(o => o.Ref.NameEn, StringComparer.OrdinalIgnoreCase).ToLookup(o => o.EngagementId, o => o.Ref);
    }
}
