using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Touchpoints;

[Authorize(Policy = Policies.Logger)]
public sealed class NewTouchpointModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : TouchpointFormModel(db, localizers)
{
    public override bool IsNew => true;

    /// <summary>Where "Cancel" goes: the record the user came from, or the list.</summary>
    public string BackUrl { get; private set; } = "/touchpoints";

    public async Task OnGetAsync(int? personId, int? organizationId, int? countryId, CancellationToken ct)
    {
        Input.On = Clock.Today;
        Input.PersonIds = personId is int p ? [p] : [];
        Input.OrganizationIds = organizationId is int o ? [o] : [];
        if (countryId is int c)
        {
            Input.CountryIso3 = await Db.Countries.AsNoTracking().Where(x => x.Id == c).Select(x => x.Iso3).FirstOrDefaultAsync(ct);
        }

        SetBack(personId, organizationId);
        await LoadOptionsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(int? personId, int? organizationId, CancellationToken ct)
    {
        SetBack(personId, organizationId);
        return PrepareInput()
            ? await ShowAsync(await TouchpointEditor.CreateAsync(Db, Input, ct), ct)
            : await ShowAsync(new EditResult.Invalid([]), ct);
    }

    private void SetBack(int? personId, int? organizationId) =>
        BackUrl = personId is int p ? $"/people/{p}" : organizationId is int o ? $"/organizations/{o}" : "/touchpoints";
}
