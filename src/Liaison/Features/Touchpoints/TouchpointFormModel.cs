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

namespace Liaison.Features.Touchpoints;

/// <summary>What the log and edit pages share: the bound input, the pickers and options, and how an edit outcome is shown.</summary>
public abstract class TouchpointFormModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    /// <summary>Suggestions for the medium of messages and calls; any other text is fine too.</summary>
    public static readonly IReadOnlyList<string> MediumSuggestions = ["WeChat", "WhatsApp", "Telegram", "Signal", "LINE", "SMS", "Zoom", "Teams"];

    [BindProperty]
    public TouchpointInput Input { get; set; } = new();

    public ConflictDetails? Conflict { get; private set; }

    public IReadOnlyList<PickedRecord> PickedPeople { get; private set; } = [];

    public IReadOnlyList<PickedRecord> PickedOrganizations { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CountryOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> UserOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> OwnerOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ClassificationOptions =>
        EnumText.Options<Classification>(Input.Classification, c => db.Scope.CanClassify(c)).ToList();

    public abstract bool IsNew { get; }

    protected LiaisonDbContext Db => db;

    protected IStringLocalizer Text { get; } = ViewStrings.For(localizers, "Features.Touchpoints._TouchpointForm");

    /// <returns>False when something typed could not be read (e.g. a date that does not exist): show the form again, save nothing.</returns>
    protected bool PrepareInput()
    {
        var unreadable = UnreadableValues.Find(ModelState, Input, nameof(Input));
        ModelState.Clear();
        if (UnreadableValues.AddTo(ModelState, unreadable, v => Text["The value '{0}' is not valid.", v]))
        {
            return false;
        }

        // The form always posts its participants list: none chosen means none, not "me".
        Input.ParticipantIds ??= [];
        Input.PersonIds ??= [];
        Input.OrganizationIds ??= [];

        // A task only when the user gave it a due date; the owner select alone does not make one.
        if (Input.Task is { DueOn: null })
        {
            Input.Task = null;
        }

        return true;
    }

    protected async Task<IActionResult> ShowAsync(EditResult result, CancellationToken ct)
    {
        switch (result)
        {
            case EditResult.Saved saved:
                TempData.FlashSuccess(IsNew ? Text["The touchpoint was logged."] : Text["The touchpoint was saved."]);
                if (Input.Task is not null)
                {
                    TempData.FlashSuccess(Text["A follow-up task was added."]);
                }

                return RedirectToPage("Detail", new { id = saved.Id });
            case EditResult.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, nameof(Input), Text);
                break;
            case EditResult.Conflict conflict:
                // Keep the user's input; the next save deliberately overwrites the version they have now seen.
                Conflict = conflict.Details;
                Input.Version = conflict.Details.CurrentVersion;
                break;
            default:
                return NotFound();
        }

        await LoadOptionsAsync(ct);
        return Page();
    }

    protected async Task LoadOptionsAsync(CancellationToken ct)
    {
        var personIds = Input.PersonIds ?? [];
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.NameEn, p.NameZh }).ToListAsync(ct);
        PickedPeople = personIds.Distinct().Select(id => people.FirstOrDefault(p => p.Id == id)).Where(p => p is not null)
            .Select(p => new PickedRecord(p!.Id, EnumText.Pick(p.NameEn, p.NameZh))).ToList();

        var organizationIds = Input.OrganizationIds ?? [];
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.NameEn, o.NameZh, o.Abbreviation }).ToListAsync(ct);
        PickedOrganizations = organizationIds.Distinct().Select(id => organizations.FirstOrDefault(o => o.Id == id)).Where(o => o is not null)
            .Select(o => new PickedRecord(o!.Id, EnumText.Pick(o.NameEn, o.NameZh) + (o.Abbreviation is null ? "" : $" ({o.Abbreviation})"))).ToList();

        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Iso3, c.NameEn, c.NameZh }).ToListAsync(ct);
        CountryOptions = countries
            .Select(c => new SelectListItem($"{EnumText.Pick(c.NameEn, c.NameZh)} ({c.Iso3})", c.Iso3,
                string.Equals(c.Iso3, Input.CountryIso3, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(i => i.Text, StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true))
            .ToList();

        var chosen = Input.ParticipantIds ?? (db.Scope.UserId is { } me ? [me] : []);
        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled || chosen.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct);
        var byName = users.OrderBy(u => u.DisplayName, StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true)).ToList();
        UserOptions = byName.Select(u => new SelectListItem(Label(u.DisplayName, u.Email), u.Id, chosen.Contains(u.Id))).ToList();
        var owner = Input.Task?.OwnerId ?? db.Scope.UserId;
        OwnerOptions = byName.Select(u => new SelectListItem(Label(u.DisplayName, u.Email), u.Id, u.Id == owner)).ToList();

        static string Label(string name, string? email) => string.IsNullOrWhiteSpace(name) ? email ?? "" : name;
    }
}
