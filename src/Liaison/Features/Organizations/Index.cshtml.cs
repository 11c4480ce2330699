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

namespace Liaison.Features.Organizations;

public sealed class OrganizationListModel(LiaisonDbContext db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Desk { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrganizationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public IdeologyFamily? Family { get; set; }

    [BindProperty(SupportsGet = true)]
    public Standing? Standing { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    // "page" is a reserved route value in Razor Pages.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Page<OrganizationListItem> Result { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<SelectListItem> CountryOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Desks { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Levels { get; private set; } = [];

    public bool CanCreate => db.Scope.CanEditDirectory;

    public PageLinks Links => new(Result.PageNumber, Result.PageSize, Result.Total, p => UrlWith(p: p));

    /// <summary>This list's URL with the current filters, changing only the sort or page.</summary>
    public string? UrlWith(string? sort = null, int? p = null) => Url.Page("Index", new
    {
        country = Country,
        desk = Desk,
        kind = Kind,
        family = Family,
        standing = Standing,
        level = Level,
        q = Q,
        sort = sort ?? Sort,
        p,
    });

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = new OrganizationFilter(Country, Desk, Kind, Family, Standing, Level, Q, Sort, PageNumber, PageSize);
        Result = await OrganizationQueries.ListAsync(db, filter, ct);

        // Countries with at least one organization the viewer may see: one index probe per country. Outside the viewer's
        // desks only Public organizations are visible, so those countries are probed for one by (CountryId, Classification).
        var allDesks = db.Scope.AllDesks;
        var deskIds = db.Scope.DeskIds;
        var countries = await db.Countries.AsNoTracking()
            .Where(c => ((allDesks || (c.DeskId != null && deskIds.Contains(c.DeskId.Value))) && db.Organizations.Any(o => o.CountryId == c.Id))
                || db.Organizations.Any(o => o.CountryId == c.Id && o.Classification == Classification.Public))
            .Select(c => new { c.Iso3, c.NameEn, c.NameZh }).ToListAsync(ct);
        CountryOptions = countries
            .Select(c => new SelectListItem($"{EnumText.Pick(c.NameEn, c.NameZh)} ({c.Iso3})", c.Iso3, string.Equals(c.Iso3, Country, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(i => i.Text, StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true))
            .ToList();
        Desks = await CountryList.DeskOptionsAsync(db, Desk, ct);
        Levels = (await db.RelationshipLevels.AsNoTracking().OrderBy(l => l.Rank).ToListAsync(ct))
            .Select(l => new SelectListItem(EnumText.Pick(l.NameEn, l.NameZh), l.Code, l.Code == Level))
            .ToList();
    }
}
