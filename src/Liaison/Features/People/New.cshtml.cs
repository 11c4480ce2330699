using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.People;

[Authorize(Policy = Policies.Editor)]
public sealed class NewPersonModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PersonFormModel(db, localizers)
{
    public override bool IsNew => true;

    public async Task OnGetAsync(string? country, CancellationToken ct)
    {
        Input.CountryIso3 = country?.Trim().ToUpperInvariant();
        Input.OwnerId = Db.Scope.UserId;
        await LoadOptionsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        PrepareInput()
            ? await ShowAsync(await PersonEditor.CreateAsync(Db, Input, ct), ct)
            : await ShowAsync(new EditResult.Invalid([]), ct);
}
