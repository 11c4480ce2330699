using System.Globalization;
using Liaison.Data;
using Liaison.Features.Account;
using Liaison.Features.Audit;
using Liaison.Features.Shared;
using Liaison.Features.Users;
using Liaison.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Admin.Users;

public sealed class EditModel(
    UserAdministration admin, UserManager<AppUser> users, LiaisonDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed record UserView(string Id, string Email, string DisplayName, bool IsDisabled, bool TwoFactorEnabled, DateTimeOffset? LockoutEnd, DateTime CreatedAt);

    public UserView Shown { get; private set; } = default!;
    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];
    public bool IsSelf { get; private set; }

    [BindProperty]
    public AccessInput Access { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        Access = new AccessInput
        {
            Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? Roles.Viewer,
            Desks = await db.UserDesks.Where(d => d.UserId == id).Select(d => d.Desk!.Name).ToListAsync(ct),
            Clearance = user.Clearance,
        };
        await LoadAsync(user, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAccessAsync(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (id == users.GetUserId(User) && Access.Role != Roles.Administrator)
        {
            ModelState.AddModelError(string.Empty, t["You cannot remove your own administrator role."]);
        }

        if (ModelState.IsValid)
        {
            var errors = await admin.UpdateAccessAsync(id, Access.Role, Access.Desks, Access.Clearance, ct);
            if (errors.Count == 0)
            {
                TempData.Success(t["Access saved. It takes effect within a minute."]);
                return RedirectToPage(new { id });
            }

            foreach (var error in errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }
        }

        await LoadAsync(user, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct) => await SetDisabledAsync(id, true, ct);

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct) => await SetDisabledAsync(id, false, ct);

    public async Task<IActionResult> OnPostRevokeTokenAsync(string id, int tokenId, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(x => x.Id == tokenId && x.UserId == id && x.RevokedAt == null, ct);
        if (token is null)
        {
            return NotFound();
        }

        token.RevokedAt = Clock.UtcNow;
        await db.SaveChangesAsync(ct);
        await db.AuditEventAsync(AuditActions.TokenRevoked, nameof(ApiToken), token.Id.ToString(CultureInfo.InvariantCulture), ct: ct);
        TempData.Success(t["The token “{0}” was revoked.", token.Name]);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> SetDisabledAsync(string id, bool disabled, CancellationToken ct)
    {
        if (disabled && id == users.GetUserId(User))
        {
            TempData.Error(t["You cannot disable your own account."]);
            return RedirectToPage(new { id });
        }

        if (!await admin.SetDisabledAsync(id, disabled, ct))
        {
            return NotFound();
        }

        TempData.Success(disabled ? t["The account was disabled and signed out."] : t["The account was enabled."]);
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(AppUser user, CancellationToken ct)
    {
        Shown = new UserView(user.Id, user.Email ?? "", user.DisplayName, user.IsDisabled, user.TwoFactorEnabled, user.LockoutEnd, user.CreatedAt);
        IsSelf = user.Id == users.GetUserId(User);
        Tokens = await TokensModel.ListAsync(db, user.Id, ct);
        ViewData[AccessInput.DeskOptionsKey] = await AccessInput.DeskNamesAsync(db, ct);
    }
}
