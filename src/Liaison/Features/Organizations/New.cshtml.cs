using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Organizations;

[Authorize(Policy = Policies.Editor)]
public sealed class NewOrganizationModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : OrganizationFormModel(db, localizers)
{
    public override bool IsNew => true;

    public async Task OnGetAsync(string? country, CancellationToken ct)
    {
        Input.CountryIso3 = country?.Trim().ToUpperInvariant();
        await LoadOptionsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        return PrepareInput()
            ? await ShowAsync(await OrganizationEditor.CreateAsync(Db, Input, ct), ct)
            : await ShowAsync(new EditResult.Invalid([]), ct);
    }
}
