using Liaison.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Search;

/// <summary>The full results page behind the global search box.</summary>
public sealed class IndexModel(SearchService search, LiaisonDbContext db) : PageModel
{
    public sealed record Result(SearchHit Hit, string Url);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Result> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Query))
        {
            return;
        }

        var hits = await search.SearchAsync(Query, 50, ct);
        var countryIds = hits.Where(h => h.Kind == SearchKinds.Country).Select(h => h.Id).ToList();
        var iso3 = countryIds.Count == 0
            ? []
            : await db.Countries.AsNoTracking().Where(c => countryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Iso3, ct);
        Results = hits.Select(h => new Result(h, h.Kind == SearchKinds.Country
            ? "/countries/" + iso3.GetValueOrDefault(h.Id, "")
            : "/organizations/" + h.Id)).ToList();
    }

    /// <summary>Where a typeahead hit leads: search hits carry ids, country pages are addressed by ISO code.</summary>
    public async Task<IActionResult> OnGetGoAsync(string? kind, int id, CancellationToken ct)
    {
        if (kind == SearchKinds.Organization)
        {
            return LocalRedirect("/organizations/" + id);
        }

        var code = await db.Countries.AsNoTracking().Where(c => c.Id == id).Select(c => c.Iso3).FirstOrDefaultAsync(ct);
        return code is null ? NotFound() : LocalRedirect("/countries/" + code);
    }
}
