using Liaison.Data;
using Liaison.Features.Relationships;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Organizations;

public sealed class OrganizationDetailModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Organizations.Detail");

    public OrganizationDetail Organization { get; private set; } = null!;

    public RelationshipDto? Relationship { get; private set; }

    /// <summary>Relationship levels by English name, to show history entries in the UI language.</summary>

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

    public MembershipInput NewMembership { get; private set; } = new();

    public LineageInput NewLineage { get; private set; } = new() { Date = Clock.Today };

    /// <summary>Which links form to show open after a failed post: "membership", "lineage" or null.</summary>
    public string? OpenLinkForm { get; private set; }

    public IReadOnlyList<SelectListItem> GroupOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> SuccessorOptions { get; private set; } = [];

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

    public async Task<IActionResult> OnPostMembershipAsync(int id, [Bind(Prefix = nameof(NewMembership))] MembershipInput input, CancellationToken ct)
    {
        NewMembership = input;
        return await LinkResultAsync(id, nameof(NewMembership), "membership",
            () => LinksApi.AddMembershipAsync(db, id, input, ct), "The membership was added.", ct);
    }

    public async Task<IActionResult> OnPostDeleteMembershipAsync(int id, int membershipId, CancellationToken ct) =>
        await LinksApi.DeleteMembershipAsync(db, id, membershipId, ct) ? Done(id, "The membership was deleted.") : NotFound();

    public async Task<IActionResult> OnPostLineageAsync(int id, [Bind(Prefix = nameof(NewLineage))] LineageInput input, CancellationToken ct)
    {
        NewLineage = input;
        return await LinkResultAsync(id, nameof(NewLineage), "lineage",
            () => LinksApi.AddLineageAsync(db, id, input, ct), "The lineage link was added.", ct);
    }

    public async Task<IActionResult> OnPostDeleteLineageAsync(int id, int linkId, CancellationToken ct) =>
        await LinksApi.DeleteLineageAsync(db, id, linkId, ct) ? Done(id, "The lineage link was deleted.") : NotFound();

    private async Task<IActionResult> LinkResultAsync(int id, string prefix, string form, Func<Task<EditResult>> add, string saved, CancellationToken ct)
    {
        // Every post also binds the standing form; only this form's fields count here.
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        var result = ModelState.IsValid ? await add() : new EditResult.Invalid(new());
        switch (result)
        {
            case EditResult.Saved:
                return Done(id, saved);
            case EditResult.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, prefix, _text);
                OpenLinkForm = form;
                return await LoadAsync(id, ct) ? Page() : NotFound();
            default:
                return NotFound();
        }
    }

    private RedirectToPageResult Done(int id, string message)
    {
        TempData.FlashSuccess(_text[message]);
        return RedirectToPage("Detail", null, new { id }, "links");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await OrganizationQueries.DetailAsync(db, id, ct) is not { } organization)
        {
            return false;
        }

        Organization = organization;
        Relationship = await RelationshipEditor.GetAsync(db, id, organization.DeskId, organization.CountryIso3 is not null, ct);
        if (organization.CanEdit)
        {
            (GroupOptions, SuccessorOptions) = await LinkForms.BothOptionsAsync(db, id, organization.CountryIso3, NewMembership.GroupId, NewLineage.SuccessorId, ct);
        }

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
