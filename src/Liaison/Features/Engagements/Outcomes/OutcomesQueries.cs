using Liaison.Data;
using Liaison.Features.Relationships;
using Liaison.Features.Work;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements.Outcomes;

/// <summary>The ledger entry an agreement outcome created (absent when it was removed or the reader may not see it).</summary>
public sealed record OutcomeAgreement(int Id, AgreementKind Kind, DateOnly? SignedOn, DateOnly? ExpiresOn);

/// <summary>The task that follows a commitment up (absent when the reader may not see it).</summary>
public sealed record OutcomeTask(int Id, string OwnerId, string OwnerName, DateOnly DueOn, WorkStatus Status, bool Overdue);

public sealed record OutcomeDto(
    int Id, OutcomeKind Kind, string Title, string? Text, int? OrganizationId, string? OrganizationName, string? OrganizationNameZh,
    int? AgreementId, OutcomeAgreement? Agreement, int? TaskId, OutcomeTask? Task, DateTime CreatedAt, int Version);

public static class OutcomesQueries
{
    public const int MaxRows = 500;

    public static async Task<IReadOnlyList<OutcomeDto>> ListAsync(LiaisonDbContext db, int engagementId, CancellationToken ct)
    {
        var today = Clock.Today;
        var rows = await db.EngagementOutcomes.AsNoTracking().Where(o => o.EngagementId == engagementId)
            .OrderBy(o => o.Kind).ThenBy(o => o.CreatedAt).ThenBy(o => o.Id).Take(MaxRows)
            .Select(o => new
            {
                o.Id,
                o.Kind,
                o.Title,
                o.Text,
                o.OrganizationId,
                OrganizationName = o.Organization == null ? null : o.Organization.NameEn,
                OrganizationNameZh = o.Organization == null ? null : o.Organization.NameZh,
                o.AgreementId,
                Agreement = o.Agreement == null ? null : new OutcomeAgreement(o.Agreement.Id, o.Agreement.Kind, o.Agreement.SignedOn, o.Agreement.ExpiresOn),
                o.TaskId,
                Task = o.Task == null ? null : new { o.Task.Id, o.Task.OwnerId, OwnerName = o.Task.Owner!.DisplayName, o.Task.DueOn, o.Task.Status },
                o.CreatedAt,
                o.Version,
            })
            .ToListAsync(ct);
        return rows.Select(r => new OutcomeDto(
            r.Id, r.Kind, r.Title, r.Text, r.OrganizationName is null ? null : r.OrganizationId, r.OrganizationName, r.OrganizationNameZh,
            r.AgreementId, r.Agreement, r.TaskId,
            r.Task is null ? null : new OutcomeTask(r.Task.Id, r.Task.OwnerId, r.Task.OwnerName, r.Task.DueOn, r.Task.Status,
                TaskQueries.IsOverdue(r.Task.Status, r.Task.DueOn, today)),
            r.CreatedAt, r.Version)).ToList();
    }

    /// <summary>The engagement's counterpart organizations the reader may see: the choices for an agreement.</summary>
    public static async Task<IReadOnlyList<(int Id, string Name, string? NameZh)>> CounterpartsAsync(LiaisonDbContext db, int engagementId, CancellationToken ct)
    {
        var rows = await db.EngagementOrganizations.AsNoTracking().Where(x => x.EngagementId == engagementId)
            .Select(x => new { x.OrganizationId, x.Organization!.NameEn, x.Organization.NameZh }).Take(MaxRows).ToListAsync(ct);
        return rows.Select(r => (r.OrganizationId, r.NameEn, r.NameZh)).ToList();
    }
}
