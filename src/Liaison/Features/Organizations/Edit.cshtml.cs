using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Organizations;

[Authorize(Policy = Policies.Editor)]
public sealed class EditOrganizationModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : OrganizationFormModel(db, localizers)
{
    public override bool IsNew => false;

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var organization = await OrganizationEditor.LoadAsync(Db, id, tracking: false, ct);
        if (organization is null || !Db.Scope.CanEdit(organization.Classification, organization.Country?.DeskId, organization.CountryId is not null))
        {
            return NotFound();
        }

        Id = id;
        Input = OrganizationInput.From(organization, organization.Country?.Iso3);
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Id = id;
        return PrepareInput()
            ? await ShowAsync(await OrganizationEditor.UpdateAsync(Db, id, Input, ct), ct)
            : await ShowAsync(new EditResult.Invalid([]), ct);
    }
}
