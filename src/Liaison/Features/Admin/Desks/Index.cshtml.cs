using Liaison.Data;
using Liaison.Features.Desks;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Features.Admin.Desks;

public sealed class IndexModel(LiaisonDbContext db) : PageModel
{
    public IReadOnlyList<DeskDto> Desks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Desks = await DesksApi.ListAsync(db, ct);
}
