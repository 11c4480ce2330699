using Liaison.Data;
using Liaison.Features.Relationships;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Organizations;

public sealed class OrganizationDetailModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Organizations.Detail");

    public OrganizationDetail Organization { get; private set; } = null!;

    public RelationshipDto? Relationship { get; private set; }

    /// <summary>Relationship levels by English name, to show history entries in the UI language.</summary>
    public IReadOnlyDictionary<string, string?> LevelNamesZh { get; private set; } = new Dictionary<string, string?>();

    /// <summary>The "standing on date" lookup as typed (YYYY-MM-DD); empty means no lookup.</summary>
    [BindProperty(SupportsGet = true, Name = "on")]
    public string? On { get; set; }

    public DateOnly? OnDay { get; private set; }

    public bool OnInvalid { get; private set; }

    public StandingDto? StandingOnDay { get; private set; }

    [BindProperty]
    public StandingInput NewSpan { get; set; } = new() { From = Clock.Today };

    public bool ShowSpanForm { get; private set; }

    public static DateOnly Today => Clock.Today;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSpanAsync(int id, CancellationToken ct)
    {
        var result = await StandingEditor.AddAsync(db, id, NewSpan, ct);
        switch (result)
        {
            case EditResult.Saved:
                TempData.FlashSuccess(_text["The standing span was added."]);
                return RedirectToPage("Detail", null, new { id }, "standing");
            case EditResult.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, nameof(NewSpan), _text);
                ShowSpanForm = true;
                return await LoadAsync(id, ct) ? Page() : NotFound();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostDeleteSpanAsync(int id, int spanId, CancellationToken ct)
    {
        if (!await StandingEditor.DeleteAsync(db, id, spanId, ct))
        {
            return NotFound();
        }

        TempData.FlashSuccess(_text["The standing span was deleted."]);
        return RedirectToPage("Detail", null, new { id }, "standing");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await OrganizationQueries.DetailAsync(db, id, ct) is not { } organization)
        {
            return false;
        }

        Organization = organization;
        Relationship = await RelationshipEditor.GetAsync(db, id, ct);
        LevelNamesZh = await db.RelationshipLevels.AsNoTracking().ToDictionaryAsync(l => l.NameEn, l => l.NameZh, ct);
        if (!string.IsNullOrWhiteSpace(On))
        {
            if (DateParsing.TryParseOrToday(On, out var day))
            {
                OnDay = day;
                StandingOnDay = await OrganizationQueries.StandingOnAsync(db, id, day, ct);
            }
            else
            {
                OnInvalid = true;
            }
        }

        return true;
    }
}
