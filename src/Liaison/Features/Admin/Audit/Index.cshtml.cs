using System.Globalization;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Shared;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Admin.Audit;

[Microsoft.AspNetCore.Authorization.Authorize(Policy = Liaison.Security.Policies.Auditor)]
public sealed class IndexModel(LiaisonDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    public static readonly IReadOnlyList<string> Actions =
    [
        AuditActions.Create, AuditActions.Update, AuditActions.Delete, AuditActions.Read, AuditActions.SignIn, AuditActions.SignInFailed,
        AuditActions.SignOut, AuditActions.PasswordChanged, AuditActions.TokenCreated, AuditActions.TokenRevoked, AuditActions.Merge, AuditActions.Unmerge, AuditActions.Backup, AuditActions.Restore, AuditActions.Export,
    ];

    public static readonly IReadOnlyList<string> EntityTypes =
        ["AppUser", "UserRole", "UserDesk", "ApiToken", "Desk", "Country", "Election", "Organization", "OrganizationName", "StandingSpan", "Relationship", "Agreement"];

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "act")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Page<AuditEntryDto> Entries { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(CancellationToken ct) =>
        Entries = await AuditApi.QueryAsync(db, new AuditFilter(UserFilter, ActionFilter, EntityType, EntityId, From, To, PageNumber, 50), ct);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        var outcome = await AuditChain.VerifyAsync(db, ct);
        var count = outcome.EntriesChecked.ToString("N0", CultureInfo.CurrentCulture);
        if (outcome.IsIntact)
        {
            TempData.Success(t["The audit trail is intact: {0} entries checked.", count]);
        }
        else
        {
            TempData.Error(t["The audit trail is broken at entry {0}: {1}", outcome.FirstBrokenId!.Value, outcome.Problem ?? ""]);
        }

        return RedirectToPage();
    }

    /// <summary>The current filters with another page number, for the pager links.</summary>
    public string? PageUrl(int page) => Url.Page("/Admin/Audit/Index", new
    {
        user = UserFilter,
        act = ActionFilter,
        EntityType,
        EntityId,
        From = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        To = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        p = page,
    });
}
