using Liaison.Data;
using Liaison.Features.Imports;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Features.Admin.Imports;

/// <summary>Administrators: every import run with its counts (folder convention: Admin policy).</summary>
public sealed class ImportsIndexModel(LiaisonDbContext db) : PageModel
{
    public Page<ImportRunDto> Result { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(int? p, CancellationToken ct) => Result = await ImportQueries.ListAsync(db, p, 50, ct);
}
