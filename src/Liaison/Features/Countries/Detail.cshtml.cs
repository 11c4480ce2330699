using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Countries;

public sealed class CountryDetailModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Countries.Detail");

    public CountryDetail Country { get; private set; } = null!;

    public Government? Government { get; private set; }

    /// <summary>The government date as typed (YYYY-MM-DD); empty means today.</summary>
    [BindProperty(SupportsGet = true, Name = "date")]
    public string? Date { get; set; }

    public DateOnly Day { get; private set; } = Clock.Today;

    public bool DateInvalid { get; private set; }

    [BindProperty]
    public CountryUpdate Update { get; set; } = new();

    public ConflictDetails? Conflict { get; private set; }

    public IReadOnlyList<SelectListItem> Desks { get; private set; } = [];

    /// <summary>Mirrors <see cref="CountryEditor"/>: editors whose desks cover the country, and administrators.</summary>
    public bool CanEditNotes => db.Scope.CanEditDirectory && (db.Scope.CoversDesk(Country.DeskId) || db.Scope.IsAdministrator);

    public bool CanEditElections => ElectionEditor.CanEdit(db.Scope, Country.DeskId);

    /// <summary>The add-election form; bound only by its own handler so the notes form's fields stay out of it.</summary>
    public ElectionInput NewElection { get; private set; } = new();

    public bool ShowElectionForm { get; private set; }

    public bool CanAddOrganization => db.Scope.CanEdit(Classification.Internal, Country.DeskId, hasCountry: true);

    public bool IsAdministrator => db.Scope.IsAdministrator;

    public async Task<IActionResult> OnGetAsync(string iso3, CancellationToken ct)
    {
        if (!await LoadAsync(iso3, ct))
        {
            return NotFound();
        }

        Update = new CountryUpdate { DeskId = Country.DeskId, Notes = Country.Notes, Version = Country.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string iso3, CancellationToken ct)
    {
        var result = await CountryEditor.UpdateAsync(db, iso3, Update, ct);
        switch (result)
        {
            case EditResult.Saved:
                TempData.FlashSuccess(_text["The country was saved."]);
                return RedirectToPage("Detail", new { iso3 = iso3.ToUpperInvariant() });
            case EditResult.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, nameof(Update), _text);
                break;
            case EditResult.Conflict conflict:
                Conflict = conflict.Details;
                ModelState.Remove($"{nameof(Update)}.{nameof(Update.Version)}");
                Update.Version = conflict.Details.CurrentVersion;
                break;
            default:
                return NotFound();
        }

        return await LoadAsync(iso3, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostElectionAsync(string iso3, [Bind(Prefix = nameof(NewElection))] ElectionInput input, CancellationToken ct)
    {
        NewElection = input;
        ClearOtherForms(nameof(NewElection));
        var result = ModelState.IsValid ? await ElectionEditor.AddAsync(db, iso3, input, ct) : new EditResult.Invalid(new());
        switch (result)
        {
            case EditResult.Saved:
                TempData.FlashSuccess(_text["The election was added."]);
                return RedirectToPage("Detail", null, new { iso3 = iso3.ToUpperInvariant() }, "elections");
            case EditResult.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, nameof(NewElection), _text);
                ShowElectionForm = true;
                return await LoadAsync(iso3, ct) ? Page() : NotFound();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostDeleteElectionAsync(string iso3, int electionId, CancellationToken ct)
    {
        if (!await ElectionEditor.DeleteAsync(db, iso3, electionId, ct))
        {
            return NotFound();
        }

        TempData.FlashSuccess(_text["The election was deleted."]);
        return RedirectToPage("Detail", null, new { iso3 = iso3.ToUpperInvariant() }, "elections");
    }

    // Every post binds the notes form too; its empty fields must not mark another form invalid.
    private void ClearOtherForms(string keep)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(keep + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
    }

    private async Task<bool> LoadAsync(string iso3, CancellationToken ct)
    {
        if (await CountryQueries.DetailAsync(db, iso3, ct) is not { } country)
        {
            return false;
        }

        Country = country;
        if (DateParsing.TryParseOrToday(Date, out var day))
        {
            Day = day;
            Government = await GovernmentQuery.OnDateAsync(db, iso3, day, ct);
        }
        else
        {
            DateInvalid = true;
        }

        if (db.Scope.IsAdministrator)
        {
            Desks = await CountryListModel.DeskOptionsAsync(db, Update.DeskId ?? country.DeskId, ct);
        }

        return true;
    }
}

/// <summary>The model of the <c>_Elections</c> partial: one list of elections, with delete buttons for those who may edit them.</summary>
public sealed record ElectionList(IReadOnlyList<ElectionDto> Items, string Iso3, bool CanEdit);
