using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Countries;
using Liaison.Features.Work;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Exports;

public sealed record CountryExportRow(
    string Iso3, string Iso2, string NameEn, string? NameZh, string? Region, string? Subregion, string? Desk, string? DeskZh, int Organizations);

public sealed record TaskExportRow(
    int Id, string Title, DateOnly DueOn, WorkStatus Status, string Owner, string? Person, string? Organization, string? Touchpoint,
    string? Engagement, string? Desk, string? Notes, DateTime? CompletedAt, DateTime UpdatedAt);

public sealed record AuditExportRow(long Id, DateTime At, string? UserId, string UserName, string Action, string EntityType, string EntityId, string? Changes);

/// <summary>The countries, tasks and audit lists as CSV or XLSX, with the filters of their pages.</summary>
public static class WorkAndAuditExportsApi
{
    private static readonly ExportColumn<CountryExportRow>[] CountryColumns =
    [
        new("iso3", r => r.Iso3), new("iso2", r => r.Iso2), new("name_en", r => r.NameEn), new("name_zh", r => r.NameZh),
        new("region", r => r.Region), new("subregion", r => r.Subregion), new("desk", r => r.Desk), new("desk_zh", r => r.DeskZh),
        new("organizations", r => r.Organizations),
    ];

    private static readonly ExportColumn<TaskExportRow>[] TaskColumns =
    [
        new("id", r => r.Id), new("title", r => r.Title), new("due_on", r => r.DueOn), new("status", r => r.Status),
        new("owner", r => r.Owner), new("person", r => r.Person), new("organization", r => r.Organization),
        new("touchpoint", r => r.Touchpoint), new("engagement", r => r.Engagement), new("desk", r => r.Desk), new("notes", r => r.Notes),
        new("completed_at", r => r.CompletedAt), new("updated_at", r => r.UpdatedAt),
    ];

    private static readonly ExportColumn<AuditExportRow>[] AuditColumns =
    [
        new("id", r => r.Id), new("at", r => r.At), new("user_id", r => r.UserId), new("user_name", r => r.UserName),
        new("action", r => r.Action), new("entity_type", r => r.EntityType), new("entity_id", r => r.EntityId), new("changes", r => r.Changes),
    ];

    public static void MapWorkAndAuditExports(this RouteGroupBuilder api)
    {
        api.MapGet("/countries/export", ExportCountries).WithTags("Countries").WithName("ExportCountries")
            .WithSummary("The countries list with its filters (region, desk, q) as CSV or XLSX (format=csv|xlsx).").RequireAuthorization(Policies.Reader);
        api.MapGet("/tasks/export", ExportTasks).WithTags("Tasks").WithName("ExportTasks")
            .WithSummary("The tasks list with its filters (view, status, from, to, overdue) as CSV or XLSX (format=csv|xlsx), streamed.")
            .RequireAuthorization(Policies.Reader);
        api.MapGet("/audit/export", ExportAudit).WithTags("Audit").WithName("ExportAuditEntries")
            .WithSummary("The audit trail with its filters (user, action, entityType, entityId, from, to) as CSV or XLSX, newest first, streamed.")
            .RequireAuthorization(Policies.Auditor);
    }

    private static IResult ExportCountries(LiaisonDbContext db, string? format, string? region, int? desk, string? q)
    {
        // The organizations count goes through the viewer's visibility filter, as on the page.
        var rows = CountryQueries.Filtered(db, region, desk, q)
            .OrderBy(c => c.NameEn).ThenBy(c => c.Id)
            .Select(c => new CountryExportRow(c.Iso3, c.Iso2, c.NameEn, c.NameZh, c.Region, c.Subregion, c.Desk!.Name, c.Desk.NameZh,
                db.Organizations.Count(o => o.CountryId == c.Id)))
            .AsAsyncEnumerable();
        return new ListExport<CountryExportRow>("countries", format, CountryColumns, rows, new { region, desk, q });
    }

    private static IResult ExportTasks(LiaisonDbContext db, string? format, string? view, string? status, DateOnly? from, DateOnly? to, bool? overdue)
    {
        var filter = new TaskFilter(view, status, from, to, overdue ?? false, null, null);

        // Linked records are named through their own visibility filters: one the viewer may not see stays empty.
        var rows = TaskQueries.Filtered(db, filter)
            .OrderBy(t => t.DueOn).ThenBy(t => t.Id)
            .Select(t => new TaskExportRow(
                t.Id, t.Title, t.DueOn, t.Status, t.Owner!.DisplayName,
                db.People.Where(p => p.Id == t.PersonId).Select(p => p.NameEn).FirstOrDefault(),
                db.Organizations.Where(o => o.Id == t.OrganizationId).Select(o => o.NameEn).FirstOrDefault(),
                db.Touchpoints.Where(x => x.Id == t.TouchpointId).Select(x => x.Subject).FirstOrDefault(),
                db.Engagements.Where(e => e.Id == t.EngagementId).Select(e => e.Title).FirstOrDefault(),
                db.Desks.Where(d => d.Id == t.DeskId).Select(d => d.Name).FirstOrDefault(),
                t.Notes, t.CompletedAt, t.UpdatedAt))
            .AsAsyncEnumerable();
        return new ListExport<TaskExportRow>("tasks", format, TaskColumns, rows, filter with { PageSize = null });
    }

    /// <remarks>The page names the action filter <c>act</c>; both it and <c>action</c> are read.</remarks>
    private static IResult ExportAudit(
        LiaisonDbContext db, string? format, string? user, string? action, string? act, string? entityType, string? entityId, DateOnly? from, DateOnly? to)
    {
        var filter = new AuditFilter(user, action ?? act, entityType, entityId, from, to);
        var rows = AuditApi.Filtered(db, filter)
            .OrderByDescending(a => a.Id)
            .Select(a => new AuditExportRow(a.Id, a.At, a.UserId, a.UserName, a.Action, a.EntityType, a.EntityId, a.Changes))
            .AsAsyncEnumerable();
        return new ListExport<AuditExportRow>("audit", format, AuditColumns, rows, filter);
    }
}
