using Liaison.Data;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Countries;

public sealed class CountryListModel(LiaisonDbContext db) : PageModel
{
    private const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Desk { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    // "page" is a reserved route value in Razor Pages.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Page<CountryListItem> Result { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<SelectListItem> Regions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Desks { get; private set; } = [];

    public PageLinks Links => new(Result.PageNumber, Result.PageSize, Result.Total,
        p => Url.Page("Index", new { region = Region, desk = Desk, q = Q, p }));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await CountryQueries.ListAsync(db, Region, Desk, Q, PageNumber, PageSize, ct);
        var regions = await db.Countries.AsNoTracking().Where(c => c.Region != null)
            .Select(c => new { c.Region, c.Subregion }).Distinct().ToListAsync(ct);
        Regions = regions.GroupBy(r => r.Region!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var group = new SelectListGroup { Name = RegionText.Name(g.Key) };
                return g.Where(r => r.Subregion != null).Select(r => r.Subregion!).Order(StringComparer.Ordinal)
                    .Select(s => new SelectListItem(RegionText.Name(s), s, s == Region) { Group = group })
                    .Prepend(new SelectListItem(RegionText.Name(g.Key), g.Key, g.Key == Region) { Group = group });
            })
            .ToList();
        Desks = await DeskOptionsAsync(db, Desk, ct);
    }

    public static async Task<List<SelectListItem>> DeskOptionsAsync(LiaisonDbContext db, int? selected, CancellationToken ct) =>
        (await db.Desks.AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.Name, d.NameZh }).ToListAsync(ct))
        .Select(d => new SelectListItem(EnumText.Pick(d.Name, d.NameZh), d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Id == selected))
        .ToList();
}
