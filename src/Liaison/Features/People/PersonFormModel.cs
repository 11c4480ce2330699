using System.Globalization;
using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.People;

/// <summary>What the create and edit pages share: the bound input, the select options, and how an edit outcome is shown.</summary>
public abstract class PersonFormModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    /// <summary>Empty other-name rows offered under the existing ones.</summary>
    public const int BlankNameRows = 3;

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public ConflictDetails? Conflict { get; private set; }

    public IReadOnlyList<SelectListItem> CountryOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> TierOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> OwnerOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ClassificationOptions =>
        EnumText.Options<Classification>(Input.Classification, c => db.Scope.CanClassify(c)).ToList();

    public abstract bool IsNew { get; }

    protected LiaisonDbContext Db => db;

    protected IStringLocalizer Text { get; } = ViewStrings.For(localizers, "Features.People._PersonForm");

    /// <summary>Drops the blank other-name rows; the use case validates everything else and reports by field.</summary>
    /// <returns>False when something typed could not be read (e.g. a date that does not exist): show the form again, save nothing.</returns>
    protected bool PrepareInput()
    {
        var unreadable = UnreadableValues.Find(ModelState, Input, nameof(Input));
        ModelState.Clear();
        if (UnreadableValues.AddTo(ModelState, unreadable, v => Text["The value '{0}' is not valid.", v]))
        {
            return false;
        }

        Input.OtherNames = (Input.OtherNames ?? []).Where(n => !string.IsNullOrWhiteSpace(n.Name)).ToList();
        return true;
    }

    protected async Task<IActionResult> ShowAsync(EditResult result, CancellationToken ct)
    {
        switch (result)
        {
            case EditResult.Saved saved:
                TempData.FlashSuccess(IsNew ? Text["The person was created."] : Text["The person was saved."]);
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
        var collator = StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true);
        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Iso3, c.NameEn, c.NameZh }).ToListAsync(ct);
        CountryOptions = countries
            .Select(c => new SelectListItem($"{EnumText.Pick(c.NameEn, c.NameZh)} ({c.Iso3})", c.Iso3,
                string.Equals(c.Iso3, Input.CountryIso3, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(i => i.Text, collator)
            .ToList();
        TierOptions = (await TierEditor.ListAsync(db, ct))
            .Select(t => new SelectListItem(EnumText.Pick(t.NameEn, t.NameZh), t.Id.ToString(CultureInfo.InvariantCulture), t.Id == Input.TierId))
            .ToList();
        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled || u.Id == Input.OwnerId)
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct);
        OwnerOptions = users
            .Select(u => new SelectListItem(string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email : $"{u.DisplayName} ({u.Email})", u.Id, u.Id == Input.OwnerId))
            .OrderBy(i => i.Text, collator)
            .ToList();
        var names = Input.OtherNames ?? [];
        names.AddRange(Enumerable.Range(0, Math.Max(BlankNameRows, 5 - names.Count)).Select(_ => new PersonNameInput()));
        Input.OtherNames = names;
    }
}
