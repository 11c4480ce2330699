using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements;

[Authorize(Policy = Policies.Organizer)]
public sealed class EditEngagementModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : EngagementFormModel(db, localizers)
{
    public override bool IsNew => false;

    public int Id { get; private set; }

    public string DisplayTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var header = await EngagementAccess.FindAsync(Db, id, ct);
        if (header is null)
        {
            return NotFound();
        }

        if (!header.CanOrganize)
        {
            return Forbid();
        }

        var e = await Db.Engagements.AsNoTracking().FirstAsync(x => x.Id == id, ct);
        var organizations = await Db.EngagementOrganizations.AsNoTracking().Where(x => x.EngagementId == id).Select(x => x.OrganizationId).ToListAsync(ct);
        var countries = await Db.EngagementCountries.AsNoTracking().Where(x => x.EngagementId == id).Select(x => x.CountryId).ToListAsync(ct);
        (Id, DisplayTitle) = (id, header.DisplayTitle);
        Input = new EngagementInput
        {
            Kind = e.Kind,
            Title = e.Title,
            TitleZh = e.TitleZh,
            StartsOn = e.StartsOn,
            EndsOn = e.EndsOn,
            Location = e.Location,
            OrganizationIds = organizations,
            CountryIds = countries.OrderBy(c => c != e.CountryId).ThenBy(c => c).ToList(),
            Classification = e.Classification,
            Purpose = e.Purpose,
            InvitationOn = e.InvitationOn,
            InvitationNote = e.InvitationNote,
            OwnerId = e.OwnerId,
            Version = e.Version,
        };
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Id = id;
        DisplayTitle = Input.Title;
        return PrepareInput()
            ? await ShowAsync(await EngagementEditor.UpdateAsync(Db, id, Input, ct), ct)
            : await ShowAsync(new EditResult.Invalid([]), ct);
    }
}
