using Liaison.Features.Users;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Features.Admin.Users;

public sealed class IndexModel(UserAdministration admin) : PageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await admin.ListAsync(ct);
}
