using Liaison.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Work;

/// <summary>A new follow-up, optionally about a person, organization or touchpoint (from their pages' links).</summary>
public sealed class NewTaskModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : TaskFormModel(db, localizers)
{
    public const int DefaultDueDays = 7;

    public override bool IsNew => true;

    public async Task<IActionResult> OnGetAsync(int? personId, int? organizationId, int? touchpointId, CancellationToken ct)
    {
        Input = new TaskInput
        {
            DueOn = Clock.Today.AddDays(DefaultDueDays),
            PersonId = personId,
            OrganizationId = organizationId,
            TouchpointId = touchpointId,
        };
        await LoadOptionsAsync(null, ct);

        // A link to a record this user cannot see (or that does not exist) is dropped, not echoed back.
        Input.PersonId = PersonLink?.Id;
        Input.OrganizationId = OrganizationLink?.Id;
        Input.TouchpointId = TouchpointLink?.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        PrepareInput()
            ? await ShowAsync(await TaskEditor.CreateAsync(Db, Input, ct), null, ct)
            : await ShowAsync(new Web.EditResult.Invalid([]), null, ct);
}
