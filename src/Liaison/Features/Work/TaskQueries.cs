using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Work;

/// <summary>A record a task follows up. <see cref="Visible"/> false: it exists but the reader may not see it (no id, no name).</summary>
public sealed record LinkedRecord(int? Id, string? Name, string? NameZh, bool Visible);

public sealed record TaskListItem(
    int Id, string Title, DateOnly DueOn, WorkStatus Status, bool Overdue, string OwnerId, string OwnerName,
    LinkedRecord? Person, LinkedRecord? Organization, LinkedRecord? Touchpoint, int Version, bool CanChange, LinkedRecord? Engagement = null);

public sealed record TaskDetail(
    int Id, string Title, string? Notes, DateOnly DueOn, WorkStatus Status, bool Overdue, DateTime? CompletedAt,
    string OwnerId, string OwnerName, string? CreatedById, string? CreatedByName, int? DeskId, string? DeskName, string? DeskNameZh,
    LinkedRecord? Person, LinkedRecord? Organization, LinkedRecord? Touchpoint, DateTime CreatedAt, DateTime UpdatedAt, int Version, bool CanChange,
    LinkedRecord? Engagement = null);

/// <param name="View">mine (default), assigned (by me to others), desks (of my desks), all (everything I may see).</param>
/// <param name="Status">open (default: open or in progress), done, cancelled, all, or a status name.</param>
public sealed record TaskFilter(string? View, string? Status, DateOnly? From, DateOnly? To, bool Overdue, int? Page, int? PageSize);

public static class TaskQueries
{
    private sealed record Row(
        int Id, string Title, string? Notes, DateOnly DueOn, WorkStatus Status, DateTime? CompletedAt, string OwnerId, string OwnerName,
        string? CreatedById, int? DeskId, int? PersonId, int? OrganizationId, int? TouchpointId,
        DateTime CreatedAt, DateTime UpdatedAt, int Version, int? EngagementId);

    /// <summary>The names of the linked records the reader may see, by id; a missing id is a record they cannot see.</summary>
    private sealed record Names(
        Dictionary<int, (string Name, string? NameZh)> People,
        Dictionary<int, (string Name, string? NameZh)> Organizations,
        Dictionary<int, string> Touchpoints,
        Dictionary<int, (string Name, string? NameZh)> Engagements)
    {
        public LinkedRecord? Person(int? id) => Link(id, id is int i && People.TryGetValue(i, out var n) ? n : null);

        public LinkedRecord? Organization(int? id) => Link(id, id is int i && Organizations.TryGetValue(i, out var n) ? n : null);

        public LinkedRecord? Touchpoint(int? id) => Link(id, id is int i && Touchpoints.TryGetValue(i, out var n) ? (n, null) : null);

        public LinkedRecord? Engagement(int? id) => Link(id, id is int i && Engagements.TryGetValue(i, out var n) ? n : null);

        private static LinkedRecord? Link(int? id, (string Name, string? NameZh)? name) =>
            id is null ? null : name is { } n ? new LinkedRecord(id, n.Name, n.NameZh, true) : new LinkedRecord(null, null, null, false);
    }

    public static IQueryable<TaskItem> Filtered(LiaisonDbContext db, TaskFilter filter)
    {
        var scope = db.Scope;
        var me = scope.UserId ?? "";
        IQueryable<TaskItem> q = db.Tasks.AsNoTracking();
        q = (filter.View ?? "mine").ToLowerInvariant() switch
        {
            "assigned" => q.Where(t => t.CreatedById == me && t.OwnerId != me),
            "desks" when scope.AllDesks => q.Where(t => t.DeskId != null),
            "desks" => q.Where(t => t.DeskId != null && scope.DeskIds.Contains(t.DeskId.Value)),
            "all" => q,
            _ => q.Where(t => t.OwnerId == me),
        };

        var status = (filter.Status ?? "open").ToLowerInvariant();
        q = status switch
        {
            "all" => q,
            "open" => q.Where(t => t.Status == WorkStatus.Open || t.Status == WorkStatus.InProgress),
            _ when Enum.TryParse<WorkStatus>(filter.Status, ignoreCase: true, out var s) && Enum.IsDefined(s) => q.Where(t => t.Status == s),
            _ => q.Where(t => t.Status == WorkStatus.Open || t.Status == WorkStatus.InProgress),
        };

        if (filter.From is { } from)
        {
            q = q.Where(t => t.DueOn >= from);
        }

        if (filter.To is { } to)
        {
            q = q.Where(t => t.DueOn <= to);
        }

        if (filter.Overdue)
        {
            var today = Clock.Today;
            q = q.Where(t => t.DueOn < today && (t.Status == WorkStatus.Open || t.Status == WorkStatus.InProgress));
        }

        return q;
    }

    public static async Task<Page<TaskListItem>> ListAsync(LiaisonDbContext db, TaskFilter filter, CancellationToken ct = default)
    {
        var size = RequestValidation.ClampPageSize(filter.PageSize);
        var page = RequestValidation.ClampPage(filter.Page);
        var q = Filtered(db, filter);
        var total = await q.CountAsync(ct);
        var rows = await Project(q.OrderBy(t => t.DueOn).ThenBy(t => t.Id).Skip((page - 1) * size).Take(size)).ToListAsync(ct);
        var names = await NamesAsync(db, rows, ct);
        var today = Clock.Today;
        return new Page<TaskListItem>(rows.Select(r => ToListItem(db.Scope, r, names, today)).ToList(), total, page, size);
    }

    /// <summary>The tasks of one query as list items (bounded by the caller).</summary>
    public static async Task<IReadOnlyList<TaskListItem>> ItemsAsync(LiaisonDbContext db, IQueryable<TaskItem> q, CancellationToken ct = default)
    {
        var rows = await Project(q).ToListAsync(ct);
        var names = await NamesAsync(db, rows, ct);
        var today = Clock.Today;
        return rows.Select(r => ToListItem(db.Scope, r, names, today)).ToList();
    }

    public static async Task<TaskDetail?> DetailAsync(LiaisonDbContext db, int id, CancellationToken ct = default)
    {
        var r = await Project(db.Tasks.AsNoTracking().Where(t => t.Id == id)).FirstOrDefaultAsync(ct);
        if (r is null)
        {
            return null;
        }

        var names = await NamesAsync(db, [r], ct);
        var createdBy = r.CreatedById is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == r.CreatedById).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var desk = r.DeskId is null ? null
            : await db.Desks.AsNoTracking().Where(d => d.Id == r.DeskId).Select(d => new { d.Name, d.NameZh }).FirstOrDefaultAsync(ct);
        return new TaskDetail(
            r.Id, r.Title, r.Notes, r.DueOn, r.Status, IsOverdue(r.Status, r.DueOn, Clock.Today), r.CompletedAt, r.OwnerId, r.OwnerName,
            r.CreatedById, createdBy, r.DeskId, desk?.Name, desk?.NameZh,
            names.Person(r.PersonId), names.Organization(r.OrganizationId), names.Touchpoint(r.TouchpointId), r.CreatedAt, r.UpdatedAt, r.Version,
            TaskEditor.CanChange(db.Scope, new TaskItem { OwnerId = r.OwnerId, CreatedById = r.CreatedById }), names.Engagement(r.EngagementId));
    }

    public static bool IsOverdue(WorkStatus status, DateOnly dueOn, DateOnly today) => TaskItem.IsOpen(status) && dueOn < today;

    // Linked records are not joined here: a join with a filtered set makes SQLite build the whole filtered set first.
    private static IQueryable<Row> Project(IQueryable<TaskItem> q) => q.Select(t => new Row(
        t.Id, t.Title, t.Notes, t.DueOn, t.Status, t.CompletedAt, t.OwnerId, t.Owner!.DisplayName, t.CreatedById, t.DeskId,
        t.PersonId, t.OrganizationId, t.TouchpointId, t.CreatedAt, t.UpdatedAt, t.Version, t.EngagementId));

    /// <summary>Names of the linked records, read by primary key through the reader's visibility filters.</summary>
    private static async Task<Names> NamesAsync(LiaisonDbContext db, IReadOnlyList<Row> rows, CancellationToken ct)
    {
        var personIds = rows.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).Distinct().ToList();
        var organizationIds = rows.Where(r => r.OrganizationId is not null).Select(r => r.OrganizationId!.Value).Distinct().ToList();
        var touchpointIds = rows.Where(r => r.TouchpointId is not null).Select(r => r.TouchpointId!.Value).Distinct().ToList();
        var engagementIds = rows.Where(r => r.EngagementId is not null).Select(r => r.EngagementId!.Value).Distinct().ToList();

        // One statement for all four kinds: a UNION ALL of primary-key lookups, each through its visibility filter.
        var found = personIds.Count + organizationIds.Count + touchpointIds.Count + engagementIds.Count == 0
            ? []
            : await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { Kind = 0, p.Id, Name = p.NameEn, p.NameZh })
                .Concat(db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).Select(o => new { Kind = 1, o.Id, Name = o.NameEn, o.NameZh }))
                .Concat(db.Touchpoints.AsNoTracking().Where(t => touchpointIds.Contains(t.Id)).Select(t => new { Kind = 2, t.Id, Name = t.Subject, NameZh = (string?)t.Subject }))
                .Concat(db.Engagements.AsNoTracking().Where(e => engagementIds.Contains(e.Id)).Select(e => new { Kind = 3, e.Id, Name = e.Title, NameZh = e.TitleZh }))
                .ToListAsync(ct);
        Dictionary<int, (string, string?)> Of(int kind) => found.Where(f => f.Kind == kind).ToDictionary(f => f.Id, f => (f.Name, f.NameZh));
        var people = Of(0);
        var organizations = Of(1);
        var touchpoints = found.Where(f => f.Kind == 2).ToDictionary(f => f.Id, f => f.Name);
        var engagements = Of(3);
        return new Names(people, organizations, touchpoints, engagements);
    }

    private static TaskListItem ToListItem(AccessScope scope, Row r, Names names, DateOnly today) => new(
        r.Id, r.Title, r.DueOn, r.Status, IsOverdue(r.Status, r.DueOn, today), r.OwnerId, r.OwnerName,
        names.Person(r.PersonId), names.Organization(r.OrganizationId), names.Touchpoint(r.TouchpointId), r.Version,
        TaskEditor.CanChange(scope, new TaskItem { OwnerId = r.OwnerId, CreatedById = r.CreatedById }), names.Engagement(r.EngagementId));
}
