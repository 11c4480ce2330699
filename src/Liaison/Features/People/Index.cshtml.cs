using System.Globalization;
using Liaison.Data;
using Liaison.Features.Countries;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using CountryList = Liaison.Features.Countries.CountryListModel;

namespace Liaison.Features.People;

public sealed class PeopleListModel(LiaisonDbContext db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Desk { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tier { get; set; }

    /// <summary>"mine", "none" or empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Owner { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public Classification? Classification { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    // "page" is a reserved route value in Razor Pages.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Page<PersonListItem> Result { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<SelectListItem> CountryOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Desks { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Tiers { get; private set; } = [];

    public bool CanCreate => db.Scope.CanEditDirectory;

    public PageLinks Links => new(Result.PageNumber, Result.PageSize, Result.Total, p => UrlWith(p: p));

    /// <summary>This list's URL with the current filters, changing only the sort or page.</summary>
    public string? UrlWith(string? sort = null, int? p = null) => Url.Page("Index", new
    {
        q = Q,
        country = Country,
        desk = Desk,
        tier = Tier,
        owner = Owner,
        tag = Tag,
        classification = Classification,
        sort = sort ?? Sort,
        p,
    });

    public async Task OnGetAsync(CancellationToken ct)
    {
        var owner = Owner is "mine" or "none" ? Owner : null;
        Result = await PeopleQueries.ListAsync(db, new PersonFilter(Q, Country, Desk, Tier, owner, Tag, Classification, Sort, PageNumber, PageSize), ct);

        // Countries with at least one person the viewer may see: one index probe per country, not a pass over every person.
        // Outside the viewer's desks only Public people are visible, so those countries are probed for a Public person
        // (IX_People_CountryId_Classification) rather than through all of theirs. The visibility filter applies to both.
        var allDesks = db.Scope.AllDesks;
        var deskIds = db.Scope.DeskIds;
        var countries = await db.Countries.AsNoTracking()
            .Where(c => ((allDesks || (c.DeskId != null && deskIds.Contains(c.DeskId.Value))) && db.People.Any(p => p.CountryId == c.Id))
                || db.People.Any(p => p.CountryId == c.Id && p.Classification == Security.Classification.Public))
            .Select(c => new { c.Iso3, c.NameEn, c.NameZh }).ToListAsync(ct);
        CountryOptions = countries
            .Select(c => new SelectListItem($"{EnumText.Pick(c.NameEn, c.NameZh)} ({c.Iso3})", c.Iso3, string.Equals(c.Iso3, Country, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(i => i.Text, StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true))
            .ToList();
        Desks = await CountryList.DeskOptionsAsync(db, Desk, ct);
        Tiers = (await TierEditor.ListAsync(db, ct))
            .Select(t => new SelectListItem(EnumText.Pick(t.NameEn, t.NameZh), t.Id.ToString(CultureInfo.InvariantCulture), t.Id == Tier))
            .ToList();
    }
}
