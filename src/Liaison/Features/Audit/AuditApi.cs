using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Audit;

public sealed record AuditEntryDto(long Id, DateTime At, string? UserId, string UserName, string Action, string EntityType, string EntityId, string? Changes);

public sealed record AuditFilter(string? User = null, string? Action = null, string? EntityType = null, string? EntityId = null,
    DateOnly? From = null, DateOnly? To = null, int? Page = null, int? PageSize = null);

public static class AuditApi
{
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.Auditor);
        group.MapGet("/", ListAsync).WithName("ListAuditEntries");
        group.MapGet("/verify", VerifyAsync).WithName("VerifyAuditChain").WithSummary("Checks the hash chain and names the first broken entry.");
        return group;
    }

    public static async Task<Page<AuditEntryDto>> QueryAsync(LiaisonDbContext db, AuditFilter f, CancellationToken ct)
    {
        var query = Filtered(db, f);
        var page = RequestValidation.ClampPage(f.Page);
        var size = RequestValidation.ClampPageSize(f.PageSize);
        var (total, atLeast) = await PageCounts.CountAsync(query, ct);
        var items = await query.OrderByDescending(a => a.Id).Skip((page - 1) * size).Take(size)
            .Select(a => new AuditEntryDto(a.Id, a.At, a.UserId, a.UserName, a.Action, a.EntityType, a.EntityId, a.Changes)).ToListAsync(ct);
        return new Page<AuditEntryDto>(items, total, page, size) { TotalIsAtLeast = atLeast };
    }

    /// <summary>The audit list's filters: user (name part or id), action, entity type and id, and a day range.</summary>
    public static IQueryable<AuditEntry> Filtered(LiaisonDbContext db, AuditFilter f)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.User))
        {
            query = query.Where(a => a.UserName.Contains(f.User) || a.UserId == f.User);
        }

        if (!string.IsNullOrWhiteSpace(f.Action))
        {
            query = query.Where(a => a.Action == f.Action);
        }

        if (!string.IsNullOrWhiteSpace(f.EntityType))
        {
            query = query.Where(a => a.EntityType == f.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(f.EntityId))
        {
            query = query.Where(a => a.EntityId == f.EntityId);
        }

        if (f.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.At >= start);
        }

        if (f.To is { } to)
        {
            var end = to == DateOnly.MaxValue ? DateTime.MaxValue : to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.At < end);
        }

        return query;
    }

    private static async Task<Ok<Page<AuditEntryDto>>> ListAsync(
        LiaisonDbContext db, string? user, string? action, string? entityType, string? entityId, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await QueryAsync(db, new(user, action, entityType, entityId, from, to, page, pageSize), ct));

    private static async Task<Ok<AuditVerification>> VerifyAsync(LiaisonDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await AuditChain.VerifyAsync(db, ct));
}
