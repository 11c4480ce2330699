using Liaison.Data;
using Liaison.Features.Engagements.Logistics;
using Liaison.Features.Relationships;
using Liaison.Features.Work;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements.Outcomes;

/// <summary>
/// Recording what an engagement produced. An agreement becomes an entry of the counterpart organization's relationship
/// ledger and a commitment becomes a task, each saved together with its outcome (one SaveChanges, one transaction).
/// </summary>
public static partial class OutcomesEditor
{
    public const string ConflictTitle = "This outcome was changed by someone else after you opened it.";

    public static async Task<EditResult> CreateAsync(LiaisonDbContext db, EngagementHeader engagement, OutcomeInput input, CancellationToken ct = default)
    {
        if (!engagement.CanOrganize)
        {
            return new EditResult.NotFound();
        }

        var errors = ValidateCommon(input);
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), "Unknown outcome kind.");
            return new EditResult.Invalid(errors);
        }

        var now = Clock.UtcNow;
        var outcome = new EngagementOutcome
        {
            EngagementId = engagement.Id,
            Kind = input.Kind,
            Title = input.Title?.Trim() ?? "",
            Text = SectionConflicts.Clean(input.Text),
            CreatedAt = now,
        };

        switch (input.Kind)
        {
            case OutcomeKind.Agreement:
                await ValidateAgreementAsync(db, engagement, input, errors, ct);
                if (errors.Count > 0)
                {
                    return new EditResult.Invalid(errors);
                }

                outcome.OrganizationId = input.OrganizationId;
                outcome.Agreement = new Agreement
                {
                    OrganizationId = input.OrganizationId!.Value,
                    Kind = input.AgreementKind!.Value,
                    Title = outcome.Title,
                    SignedOn = input.SignedOn ?? engagement.EndsOn,
                    ExpiresOn = input.ExpiresOn,
                    Classification = engagement.Classification,
                    Notes = outcome.Text,
                };
                break;
            case OutcomeKind.Commitment:
                var ownerId = await ValidateCommitmentAsync(db, engagement, input, errors, ct);
                if (errors.Count > 0)
                {
                    return new EditResult.Invalid(errors);
                }

                outcome.OrganizationId = input.OrganizationId;
                outcome.Task = new TaskItem
                {
                    Title = outcome.Title,
                    Notes = Truncate(outcome.Text, TaskInput.NotesLength),
                    OwnerId = ownerId!,
                    DueOn = input.DueOn!.Value,
                    Status = WorkStatus.Open,
                    EngagementId = engagement.Id,
                    DeskId = engagement.DeskId,
                    PersonId = input.PersonId,
                    OrganizationId = input.OrganizationId,
                    CreatedById = db.Scope.UserId,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                break;
            default:
                if (input.OrganizationId is int orgId && !await IsCounterpartAsync(db, engagement.Id, orgId, ct))
                {
                    errors.Add(nameof(input.OrganizationId), "Choose one of the engagement's counterpart organizations.");
                }

                if (errors.Count > 0)
                {
                    return new EditResult.Invalid(errors);
                }

                outcome.OrganizationId = input.OrganizationId;
                break;
        }

        db.EngagementOutcomes.Add(outcome);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(outcome.Id, outcome.Version);
    }

    /// <summary>
    /// Changes the title and text; for a commitment also the due date and owner, which its task follows (with its title).
    /// The kind, the organization and the ledger entry stay: the agreement itself is changed on the organization's ledger.
    /// </summary>
    public static async Task<EditResult> UpdateAsync(LiaisonDbContext db, EngagementHeader engagement, int outcomeId, OutcomeInput input, CancellationToken ct = default)
    {
        var outcome = engagement.CanOrganize
            ? await db.EngagementOutcomes.FirstOrDefaultAsync(o => o.Id == outcomeId && o.EngagementId == engagement.Id, ct)
            : null;
        if (outcome is null)
        {
            return new EditResult.NotFound();
        }

        // The task is the outcome's own: it is changed with it whoever else may see it.
        var task = outcome.TaskId is int taskId ? await db.Tasks.IgnoreQueryFilters().FirstOrDefaultAsync(t => t.Id == taskId, ct) : null;
        var errors = ValidateCommon(input);
        if (input.Version is null)
        {
            errors.Add(nameof(input.Version), "The version you loaded is required.");
        }

        string? ownerId = null;
        if (task is not null)
        {
            ownerId = string.IsNullOrWhiteSpace(input.OwnerId) ? task.OwnerId : input.OwnerId.Trim();
            if (input.DueOn is not { } due)
            {
                errors.Add(nameof(input.DueOn), "The due date is required.");
            }
            else if (due.Year is < 1900 or > 2200)
            {
                errors.Add(nameof(input.DueOn), "The due date is out of range.");
            }

            if (ownerId != task.OwnerId && !await OutcomeOwners.IsEligibleAsync(db, engagement, ownerId, ct))
            {
                errors.Add(nameof(input.OwnerId), "The owner must be an active user who can see this engagement.");
            }
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (outcome.Version != input.Version)
        {
            return new EditResult.Conflict(await ConflictForAsync(db, outcome, input, ct));
        }

        db.Entry(outcome).Property(o => o.Version).OriginalValue = input.Version!.Value;
        outcome.Title = input.Title.Trim();
        outcome.Text = SectionConflicts.Clean(input.Text);
        if (task is not null)
        {
            var changed = task.Title != outcome.Title || task.DueOn != input.DueOn || task.OwnerId != ownerId;
            if (changed)
            {
                task.Title = outcome.Title;
                task.DueOn = input.DueOn!.Value;
                task.OwnerId = ownerId!;
                task.UpdatedAt = Clock.UtcNow;
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.EngagementOutcomes.AsNoTracking().FirstOrDefaultAsync(o => o.Id == outcomeId, ct);
            return current is null ? new EditResult.NotFound() : new EditResult.Conflict(await ConflictForAsync(db, current, input, ct));
        }

        return new EditResult.Saved(outcome.Id, outcome.Version);
    }

    /// <summary>
    /// Deletes an outcome. A commitment's task is cancelled, not deleted (its history stays on the work lists); an
    /// agreement's ledger entry is removed only when <paramref name="removeAgreement"/> is set.
    /// </summary>
    public static async Task<EditResult> DeleteAsync(
        LiaisonDbContext db, EngagementHeader engagement, int outcomeId, int? version, bool removeAgreement, CancellationToken ct = default)
    {
        var outcome = engagement.CanOrganize
            ? await db.EngagementOutcomes.FirstOrDefaultAsync(o => o.Id == outcomeId && o.EngagementId == engagement.Id, ct)
            : null;
        if (outcome is null)
        {
            return new EditResult.NotFound();
        }

        if (version is int v && v != outcome.Version)
        {
            return new EditResult.Conflict(new ConflictDetails(ConflictTitle, outcome.Version, []));
        }

        if (outcome.TaskId is int taskId
            && await db.Tasks.IgnoreQueryFilters().FirstOrDefaultAsync(t => t.Id == taskId, ct) is { } task
            && TaskItem.IsOpen(task.Status))
        {
            task.Status = WorkStatus.Cancelled;
            task.CompletedAt = null;
            task.UpdatedAt = Clock.UtcNow;
        }

        if (removeAgreement && outcome.AgreementId is int agreementId
            && await db.Agreements.IgnoreQueryFilters().FirstOrDefaultAsync(a => a.Id == agreementId, ct) is { } agreement)
        {
            db.Agreements.Remove(agreement);
        }

        db.EngagementOutcomes.Remove(outcome);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new EditResult.NotFound();
        }

        return new EditResult.Saved(outcomeId, outcome.Version);
    }
}
