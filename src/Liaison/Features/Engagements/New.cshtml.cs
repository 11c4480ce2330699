using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements;

[Authorize(Policy = Policies.Organizer)]
public sealed class NewEngagementModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : EngagementFormModel(db, localizers)
{
    public override bool IsNew => true;

    public async Task OnGetAsync(int? organizationId, int? countryId, CancellationToken ct)
    {
        Input.StartsOn = Clock.Today;
        Input.OwnerId = Db.Scope.UserId;
        Input.OrganizationIds = organizationId is int o && await Db.Organizations.AnyAsync(x => x.Id == o, ct) ? [o] : [];
        Input.CountryIds = countryId is int c ? [c] : [];
        await LoadOptionsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        PrepareInput()
            ? await ShowAsync(await EngagementEditor.CreateAsync(Db, Input, ct), ct)
            : await ShowAsync(new EditResult.Invalid([]), ct);
}
