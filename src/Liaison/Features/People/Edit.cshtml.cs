using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.People;

[Authorize(Policy = Policies.Editor)]
public sealed class EditPersonModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PersonFormModel(db, localizers)
{
    public override bool IsNew => false;

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var person = await PersonEditor.LoadAsync(Db, id, tracking: false, ct);
        if (person is null || !Db.Scope.CanEdit(person.Classification, person.Country?.DeskId, person.CountryId is not null))
        {
            return NotFound();
        }

        Id = id;
        Input = PersonInput.From(person, person.Country?.Iso3);
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Id = id;
        return PrepareInput()
            ? await ShowAsync(await PersonEditor.UpdateAsync(Db, id, Input, ct), ct)
            : await ShowAsync(new EditResult.Invalid([]), ct);
    }
}
