using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Work;

/// <summary>A record a task follows up. <see cref="Visible"/> false: it exists but the reader may not see it (no id, no name).</summary>
public sealed record LinkedRecord(int? Id, string? Name, string? NameZh, bool Visible);

public sealed record TaskListItem(
    int Id, string Title, DateOnly DueOn, WorkStatus Status, bool Overdue, string OwnerId, string OwnerName,
    LinkedRecord? Person, LinkedRecord? Organization, LinkedRecord? Touchpoint, int Version, bool CanChange);

public sealed record TaskDetail(
    int Id, string Title, string? Notes, DateOnly DueOn, WorkStatus Status, bool Overdue, DateTime? CompletedAt,
    string OwnerId, string OwnerName, string? CreatedById, string? CreatedByName, int? DeskId, string? DeskName, string? DeskNameZh,
    LinkedRecord? Person, LinkedRecord? Organization, LinkedRecord? Touchpoint, DateTime CreatedAt, DateTime UpdatedAt, int Version, bool CanChange);

/// <param name="View">mine (default), assigned (by me to others), desks (of my desks), all (everything I may see).</param>
/// <param name="Status">open (default: open or in progress), done, cancelled, all, or a status name.</param>
public sealed record TaskFilter(string? View, string? Status, DateOnly? From, DateOnly? To, bool Overdue, int? Page, int? PageSize);

public static class TaskQueries
{
    private sealed record Row(
        int Id, string Title, string? Notes, DateOnly DueOn, WorkStatus Status, DateTime? CompletedAt, string OwnerId, string OwnerName,
        string? CreatedById, int? DeskId, int? PersonId, string? PersonName, string? PersonNameZh, int? OrganizationId,
        string? OrganizationName, string? OrganizationNameZh, int? TouchpointId, string? TouchpointSubject,
        DateTime CreatedAt, DateTime UpdatedAt, int Version);

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
        var today = Clock.Today;
        return new Page<TaskListItem>(rows.Select(r => ToListItem(db.Scope, r, today)).ToList(), total, page, size);
    }

    /// <summary>The tasks of one query as list items (bounded by the caller).</summary>
    public static async Task<IReadOnlyList<TaskListItem>> ItemsAsync(LiaisonDbContext db, IQueryable<TaskItem> q, CancellationToken ct = default)
    {
        var rows = await Project(q).ToListAsync(ct);
        var today = Clock.Today;
        return rows.Select(r => ToListItem(db.Scope, r, today)).ToList();
    }

    public static async Task<TaskDetail?> DetailAsync(LiaisonDbContext db, int id, CancellationToken ct = default)
    {
        var r = await Project(db.Tasks.AsNoTracking().Where(t => t.Id == id)).FirstOrDefaultAsync(ct);
        if (r is null)
        {
            return null;
        }

        var createdBy = r.CreatedById is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == r.CreatedById).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var desk = r.DeskId is null ? null
            : await db.Desks.AsNoTracking().Where(d => d.Id == r.DeskId).Select(d => new { d.Name, d.NameZh }).FirstOrDefaultAsync(ct);
        return new TaskDetail(
            r.Id, r.Title, r.Notes, r.DueOn, r.Status, IsOverdue(r.Status, r.DueOn, Clock.Today), r.CompletedAt, r.OwnerId, r.OwnerName,
            r.CreatedById, createdBy, r.DeskId, desk?.Name, desk?.NameZh,
            Link(r.PersonId, r.PersonName, r.PersonNameZh), Link(r.OrganizationId, r.OrganizationName, r.OrganizationNameZh),
            Link(r.TouchpointId, r.TouchpointSubject, null), r.CreatedAt, r.UpdatedAt, r.Version,
            TaskEditor.CanChange(db.Scope, new TaskItem { OwnerId = r.OwnerId, CreatedById = r.CreatedById }));
    }

    public static bool IsOverdue(WorkStatus status, DateOnly dueOn, DateOnly today) => TaskItem.IsOpen(status) && dueOn < today;

    // The linked records are joined through their visibility filters: an invisible record comes back without a name.
    private static IQueryable<Row> Project(IQueryable<TaskItem> q) => q.Select(t => new Row(
        t.Id, t.Title, t.Notes, t.DueOn, t.Status, t.CompletedAt, t.OwnerId, t.Owner!.DisplayName, t.CreatedById, t.DeskId,
        t.PersonId, t.Person != null ? t.Person.NameEn : null, t.Person != null ? t.Person.NameZh : null,
        t.OrganizationId, t.Organization != null ? t.Organization.NameEn : null, t.Organization != null ? t.Organization.NameZh : null,
        t.TouchpointId, t.Touchpoint != null ? t.Touchpoint.Subject : null,
        t.CreatedAt, t.UpdatedAt, t.Version));

    private static TaskListItem ToListItem(AccessScope scope, Row r, DateOnly today) => new(
        r.Id, r.Title, r.DueOn, r.Status, IsOverdue(r.Status, r.DueOn, today), r.OwnerId, r.OwnerName,
        Link(r.PersonId, r.PersonName, r.PersonNameZh), Link(r.OrganizationId, r.OrganizationName, r.OrganizationNameZh),
        Link(r.TouchpointId, r.TouchpointSubject, null), r.Version,
        TaskEditor.CanChange(scope, new TaskItem { OwnerId = r.OwnerId, CreatedById = r.CreatedById }));

    private static LinkedRecord? Link(int? id, string? name, string? nameZh) =>
        id is null ? null : name is null ? new LinkedRecord(null, null, null, false) : new LinkedRecord(id, name, nameZh, true);
}
