using System.Globalization;
using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Features.Shared;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements;

/// <summary>What the new and edit pages share: the bound input, the pickers and options, and how an edit outcome is shown.</summary>
public abstract class EngagementFormModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    [BindProperty]
    public EngagementInput Input { get; set; } = new();

    public ConflictDetails? Conflict { get; private set; }

    public IReadOnlyList<PickedRecord> PickedOrganizations { get; private set; } = [];

    public IReadOnlyList<PickedRecord> PickedCountries { get; private set; } = [];

    public IReadOnlyList<SelectListItem> OwnerOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ClassificationOptions =>
        EnumText.Options<Classification>(Input.Classification, c => db.Scope.CanClassify(c)).ToList();

    public abstract bool IsNew { get; }

    protected LiaisonDbContext Db => db;

    protected IStringLocalizer Text { get; } = ViewStrings.For(localizers, "Features.Engagements._EngagementForm");

    /// <returns>False when something typed could not be read (e.g. a date that does not exist): show the form again, save nothing.</returns>
    protected bool PrepareInput()
    {
        var unreadable = UnreadableValues.Find(ModelState, Input, nameof(Input));
        ModelState.Clear();
        if (UnreadableValues.AddTo(ModelState, unreadable, v => Text["The value '{0}' is not valid.", v]))
        {
            return false;
        }

        // The form always posts its pickers: none chosen means none.
        Input.OrganizationIds ??= [];
        Input.CountryIds ??= [];
        Input.CountryIso3s = null;
        return true;
    }

    protected async Task<IActionResult> ShowAsync(EditResult result, CancellationToken ct)
    {
        switch (result)
        {
            case EditResult.Saved saved:
                TempData.FlashSuccess(IsNew ? Text["The engagement was proposed."] : Text["The engagement was saved."]);
                return Redirect($"/engagements/{saved.Id}");
            case EditResult.Invalid invalid:
                ModelState.AddErrors(invalid.Errors.ToDictionary(
                    kv => kv.Key == nameof(EngagementInput.CountryIso3s) ? nameof(EngagementInput.CountryIds) : kv.Key, kv => kv.Value), nameof(Input), Text);
                break;
            case EditResult.Conflict conflict:
                // Keep the user's input; the next save deliberately overwrites the version they have now seen.
                Conflict = conflict.Details;
                Input.Version = conflict.Details.CurrentVersion;
                break;
            case EngagementForbidden:
                return Forbid();
            default:
                return NotFound();
        }

        await LoadOptionsAsync(ct);
        return Page();
    }

    protected async Task LoadOptionsAsync(CancellationToken ct)
    {
        var organizationIds = Input.OrganizationIds ?? [];
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.NameEn, o.NameZh, o.Abbreviation }).ToListAsync(ct);
        PickedOrganizations = organizationIds.Distinct().Select(id => organizations.FirstOrDefault(o => o.Id == id)).Where(o => o is not null)
            .Select(o => new PickedRecord(o!.Id, EnumText.Pick(o.NameEn, o.NameZh) + (o.Abbreviation is null ? "" : $" ({o.Abbreviation})"))).ToList();

        var countryIds = Input.CountryIds ?? [];
        var countries = await db.Countries.AsNoTracking().Where(c => countryIds.Contains(c.Id)).Select(c => new { c.Id, c.NameEn, c.NameZh }).ToListAsync(ct);
        PickedCountries = countryIds.Distinct().Select(id => countries.FirstOrDefault(c => c.Id == id)).Where(c => c is not null)
            .Select(c => new PickedRecord(c!.Id, EnumText.Pick(c.NameEn, c.NameZh))).ToList();

        var owner = string.IsNullOrWhiteSpace(Input.OwnerId) ? db.Scope.UserId : Input.OwnerId;
        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled || u.Id == owner)
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct);
        OwnerOptions = users.OrderBy(u => u.DisplayName, StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true))
            .Select(u => new SelectListItem(string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? "" : u.DisplayName, u.Id, u.Id == owner)).ToList();
    }
}
