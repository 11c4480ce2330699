using Liaison.Data;
using Liaison.Features.Engagements.Logistics;
using Liaison.Features.Shared;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements.Outcomes;

/// <summary>What an engagement produced: agreements (to the ledger), joint statements, commitments (to tasks), other.</summary>
public sealed class OutcomesPageModel(LiaisonDbContext db, IStringLocalizerFactory localizers)
    : EngagementSectionPage(db, localizers, "Features.Engagements.Outcomes.Outcomes")
{
    [BindProperty]
    public OutcomeInput Input { get; set; } = new();

    public int? EditingId { get; private set; }

    public IReadOnlyList<OutcomeDto> Outcomes { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CounterpartOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> OwnerOptions { get; private set; } = [];

    public IReadOnlyList<PickedRecord> PickedPerson { get; private set; } = [];

    public IReadOnlyList<PickedRecord> PickedOrganization { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, OutcomeKind? kind, int? outcome, CancellationToken ct)
    {
        if (await LoadAsync(id, change: false, ct) is { } refusal)
        {
            return refusal;
        }

        Outcomes = await OutcomesQueries.ListAsync(Db, Engagement.Id, ct);
        if (outcome is int outcomeId && Engagement.CanOrganize)
        {
            var stored = Outcomes.FirstOrDefault(o => o.Id == outcomeId);
            if (stored is null)
            {
                return NotFound();
            }

            EditingId = outcomeId;
            Input = new OutcomeInput
            {
                Kind = stored.Kind, Title = stored.Title, Text = stored.Text, Version = stored.Version,
                DueOn = stored.Task?.DueOn, OwnerId = stored.Task?.OwnerId,
            };
        }
        else
        {
            Input.Kind = kind is { } k && Enum.IsDefined(k) ? k : OutcomeKind.Agreement;
            Input.SignedOn = Engagement.EndsOn;
            Input.AgreementKind = Relationships.AgreementKind.MemorandumOfUnderstanding;
            Input.OwnerId = Db.Scope.UserId;
        }

        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int? outcomeId, CancellationToken ct)
    {
        if (await LoadAsync(id, change: true, ct) is { } refusal)
        {
            return refusal;
        }

        EditingId = outcomeId;
        if (ReadableInput(Input, nameof(Input)))
        {
            var result = outcomeId is int existing
                ? await OutcomesEditor.UpdateAsync(Db, Engagement, existing, Input, ct)
                : await OutcomesEditor.CreateAsync(Db, Engagement, Input, ct);
            var message = outcomeId is not null ? Text["The outcome was saved."]
                : Input.Kind switch
                {
                    OutcomeKind.Agreement => Text["The agreement was recorded and added to the organization's relationship ledger."],
                    OutcomeKind.Commitment => Text["The commitment was recorded and a task was added to its owner's work list."],
                    _ => Text["The outcome was recorded."],
                };
            if (Outcome(result, nameof(Input), message) is { } done)
            {
                return done;
            }
        }

        if (Conflict is not null)
        {
            Input.Version = Conflict.CurrentVersion;
        }

        Outcomes = await OutcomesQueries.ListAsync(Db, Engagement.Id, ct);
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int outcomeId, int? version, bool removeAgreement, CancellationToken ct)
    {
        if (await LoadAsync(id, change: true, ct) is { } refusal)
        {
            return refusal;
        }

        var result = await OutcomesEditor.DeleteAsync(Db, Engagement, outcomeId, version, removeAgreement, ct);
        if (result is EditResult.Conflict)
        {
            TempData.Error(Text["The outcome was changed by someone else; look at it again before deleting it."]);
            return RedirectToPage(null, null, new { id }, null);
        }

        return Outcome(result, nameof(Input), Text["The outcome was deleted."]) ?? RedirectToPage(null, null, new { id }, null);
    }

    private async Task LoadOptionsAsync(CancellationToken ct)
    {
        if (!Engagement.CanOrganize)
        {
            return;
        }

        var counterparts = await OutcomesQueries.CounterpartsAsync(Db, Engagement.Id, ct);
        CounterpartOptions = counterparts
            .Select(c => new SelectListItem(EnumText.Pick(c.Name, c.NameZh), c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Id == Input.OrganizationId))
            .OrderBy(i => i.Text, StringComparer.CurrentCultureIgnoreCase).ToList();
        var owners = await OutcomeOwners.OptionsAsync(Db, Engagement, ct);
        var owner = string.IsNullOrWhiteSpace(Input.OwnerId) ? Db.Scope.UserId : Input.OwnerId;
        OwnerOptions = owners.Select(o => new SelectListItem(o.Label, o.Id, o.Id == owner)).ToList();

        if (Input.PersonId is int personId
            && await Db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.NameEn, p.NameZh }).FirstOrDefaultAsync(ct) is { } person)
        {
            PickedPerson = [new PickedRecord(personId, EnumText.Pick(person.NameEn, person.NameZh))];
        }

        if (Input.Kind == OutcomeKind.Commitment && Input.OrganizationId is int orgId
            && await Db.Organizations.AsNoTracking().Where(o => o.Id == orgId).Select(o => new { o.NameEn, o.NameZh }).FirstOrDefaultAsync(ct) is { } org)
        {
            PickedOrganization = [new PickedRecord(orgId, EnumText.Pick(org.NameEn, org.NameZh))];
        }
    }
}
