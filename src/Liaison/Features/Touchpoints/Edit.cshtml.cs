using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Touchpoints;

[Authorize(Policy = Policies.Logger)]
public sealed class EditTouchpointModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : TouchpointFormModel(db, localizers)
{
    public override bool IsNew => false;

    public int Id { get; private set; }

    /// <summary>Set when the touchpoint records an engagement: it is read-only here.</summary>
    public int? EngagementId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var touchpoint = await Db.Touchpoints.AsNoTracking().Include(t => t.Country).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (touchpoint is null || !Db.Scope.CanLogTouchpoint(touchpoint.Classification, touchpoint.Country?.DeskId, touchpoint.CountryId is not null))
        {
            return NotFound();
        }

        Id = id;
        EngagementId = touchpoint.EngagementId;
        var people = await Db.TouchpointPeople.AsNoTracking().Where(x => x.TouchpointId == id).Select(x => x.PersonId).ToListAsync(ct);
        var organizations = await Db.TouchpointOrganizations.AsNoTracking().Where(x => x.TouchpointId == id).Select(x => x.OrganizationId).ToListAsync(ct);
        var participants = await Db.TouchpointParticipants.AsNoTracking().Where(x => x.TouchpointId == id).Select(x => x.UserId).ToListAsync(ct);
        Input = TouchpointInput.From(touchpoint, touchpoint.Country?.Iso3, people, organizations, participants);
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Id = id;
        EngagementId = await Db.Touchpoints.AsNoTracking().Where(t => t.Id == id).Select(t => t.EngagementId).FirstOrDefaultAsync(ct);
        return PrepareInput()
            ? await ShowAsync(await TouchpointEditor.UpdateAsync(Db, id, Input, ct), ct)
            : await ShowAsync(new EditResult.Invalid([]), ct);
    }
}
