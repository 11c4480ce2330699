using Liaison.Data;
using Liaison.Features.Engagements.Logistics;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements.Outcomes;

public static partial class OutcomesEditor
{
    private static Dictionary<string, string[]> ValidateCommon(OutcomeInput input)
    {
        var errors = RequestValidation.Validate(input);
        if (string.IsNullOrWhiteSpace(input.Title) && !errors.ContainsKey(nameof(input.Title)))
        {
            errors.Add(nameof(input.Title), "The title is required.");
        }

        return errors;
    }

    private static async Task ValidateAgreementAsync(
        LiaisonDbContext db, EngagementHeader engagement, OutcomeInput input, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (input.AgreementKind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.AgreementKind), "Choose the kind of agreement.");
        }

        if (input.OrganizationId is not int organizationId)
        {
            errors.Add(nameof(input.OrganizationId), "Choose the counterpart organization that signed it.");
        }
        else if (!await IsCounterpartAsync(db, engagement.Id, organizationId, ct))
        {
            errors.Add(nameof(input.OrganizationId), "Choose one of the engagement's counterpart organizations.");
        }
        else
        {
            // The ledger of an organization is desk business: only those who see our ties with it add to it.
            var org = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
                .Select(o => new { o.CountryId, DeskId = (int?)o.Country!.DeskId }).FirstAsync(ct);
            if (!db.Scope.CanSeeTies(org.DeskId, org.CountryId is not null))
            {
                errors.Add(nameof(input.OrganizationId), "You may not add to this organization's relationship ledger.");
            }
        }

        var signedOn = input.SignedOn ?? engagement.EndsOn;
        if (signedOn.Year is < 1900 or > 2200)
        {
            errors.Add(nameof(input.SignedOn), "The date is out of range.");
        }

        if (input.ExpiresOn is { } expires && expires < signedOn)
        {
            errors.Add(nameof(input.ExpiresOn), "The expiry date cannot be before the signing date.");
        }

        if (input.Title is { Length: > 300 })
        {
            errors.Add(nameof(input.Title), "The title must be at most 300 characters.");
        }
    }

    /// <returns>The owner's user id (the caller when none was chosen).</returns>
    private static async Task<string?> ValidateCommitmentAsync(
        LiaisonDbContext db, EngagementHeader engagement, OutcomeInput input, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var ownerId = string.IsNullOrWhiteSpace(input.OwnerId) ? db.Scope.UserId : input.OwnerId.Trim();
        if (ownerId is null || !await OutcomeOwners.IsEligibleAsync(db, engagement, ownerId, ct))
        {
            errors.Add(nameof(input.OwnerId), "The owner must be an active user who can see this engagement.");
        }

        if (input.DueOn is not { } due)
        {
            errors.Add(nameof(input.DueOn), "The due date is required.");
        }
        else if (due.Year is < 1900 or > 2200)
        {
            errors.Add(nameof(input.DueOn), "The due date is out of range.");
        }

        if (input.PersonId is int personId && !await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            errors.Add(nameof(input.PersonId), "That person does not exist.");
        }

        if (input.OrganizationId is int organizationId && !await db.Organizations.AnyAsync(o => o.Id == organizationId, ct))
        {
            errors.Add(nameof(input.OrganizationId), "That organization does not exist.");
        }

        return ownerId;
    }

    private static Task<bool> IsCounterpartAsync(LiaisonDbContext db, int engagementId, int organizationId, CancellationToken ct) =>
        db.EngagementOrganizations.AnyAsync(x => x.EngagementId == engagementId && x.OrganizationId == organizationId, ct);

    private static async Task<ConflictDetails> ConflictForAsync(LiaisonDbContext db, EngagementOutcome current, OutcomeInput yours, CancellationToken ct)
    {
        var conflicts = new SectionConflicts()
            .Compare(nameof(yours.Title), yours.Title, current.Title)
            .Compare(nameof(yours.Text), yours.Text, current.Text);
        if (current.TaskId is int taskId
            && await db.Tasks.IgnoreQueryFilters().AsNoTracking().Where(t => t.Id == taskId)
                .Select(t => new { t.DueOn, t.OwnerId }).FirstOrDefaultAsync(ct) is { } task)
        {
            conflicts.Compare(nameof(yours.DueOn), yours.DueOn, task.DueOn);
            if (!string.IsNullOrWhiteSpace(yours.OwnerId))
            {
                conflicts.Compare(nameof(yours.OwnerId), yours.OwnerId, task.OwnerId);
            }
        }

        return conflicts.Details(ConflictTitle, current.Version);
    }

    private static string? Truncate(string? text, int length) =>
        text is null || text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
}
