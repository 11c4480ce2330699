using Liaison.Data;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements;

/// <summary>
/// Moves an engagement along its lifecycle (<see cref="EngagementLifecycle"/>): approval is for leaders and administrators
/// within their reach, every other step for the organizers; the step, who took it, when and why are stored with the
/// engagement in one save (audited). Completion puts the engagement on the timelines of everyone in it.
/// </summary>
public static class EngagementTransitions
{
    public const string ApproversOnly = "Only leaders and administrators may approve engagements.";

    public static async Task<EditResult> MoveAsync(LiaisonDbContext db, int id, TransitionInput input, CancellationToken ct = default)
    {
        var header = await EngagementAccess.FindAsync(db, id, ct);
        if (header is null)
        {
            return new EditResult.NotFound();
        }

        if (EngagementLifecycle.NeedsApprover(input.To) ? !header.CanApprove : !header.CanOrganize)
        {
            return new EngagementForbidden(EngagementLifecycle.NeedsApprover(input.To) ? ApproversOnly : EngagementResults.NotYours);
        }

        var errors = RequestValidation.Validate(input);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (input.Version is null)
        {
            return EditResult.Error(nameof(input.Version), "The version you loaded is required to save changes.");
        }

        if (input.Version != header.Version)
        {
            return new EditResult.Conflict(Conflict(header, input));
        }

        if (!Enum.IsDefined(input.To) || !EngagementLifecycle.CanMove(header.Status, input.To))
        {
            var next = EngagementLifecycle.Next(header.Status);
            return EditResult.Error(nameof(input.To), next.Count == 0
                ? $"A {header.Status} engagement is final: it cannot move to {input.To}."
                : $"A {header.Status} engagement cannot move to {input.To}; allowed next steps: {string.Join(", ", next)}.");
        }

        if (input.To is EngagementStatus.UnderWay or EngagementStatus.Completed && Clock.Today < header.StartsOn)
        {
            return EditResult.Error(nameof(input.To), "An engagement cannot be under way or completed before its first day.");
        }

        var engagement = await db.Engagements.FirstAsync(e => e.Id == id, ct);
        db.Entry(engagement).Property(e => e.Version).OriginalValue = input.Version.Value;
        var now = Clock.UtcNow;
        var from = engagement.Status;
        engagement.Status = input.To;
        engagement.UpdatedAt = now;
        switch (input.To)
        {
            case EngagementStatus.Approved:
                engagement.ApprovedById = db.Scope.UserId;
                engagement.ApprovedAt = now;
                break;
            case EngagementStatus.Proposed:
                // Proposed again after a postponement: it needs a fresh approval.
                engagement.ApprovedById = null;
                engagement.ApprovedAt = null;
                break;
            case EngagementStatus.Completed:
                engagement.CompletedAt = now;
                break;
        }

        db.EngagementTransitions.Add(new EngagementTransition
        {
            EngagementId = id,
            From = from,
            To = input.To,
            ByUserId = db.Scope.UserId,
            At = now,
            Note = EngagementEditor.Clean(input.Note),
        });

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await EngagementAccess.FindAsync(db, id, ct) is { } current
                ? new EditResult.Conflict(Conflict(current, input))
                : new EditResult.NotFound();
        }

        if (input.To == EngagementStatus.Completed)
        {
            await EngagementTouchpoint.SyncAsync(db, id, ct);
        }

        await transaction.CommitAsync(ct);
        return new EditResult.Saved(id, engagement.Version);
    }

    private static ConflictDetails Conflict(EngagementHeader current, TransitionInput input) =>
        new(EngagementEditor.ChangedTitle, current.Version, current.Status == input.To ? [] :
            [new FieldChange("Status", input.To.ToString(), current.Status.ToString())]);
}
