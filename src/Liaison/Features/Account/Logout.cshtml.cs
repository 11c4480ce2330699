using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Features.Account;

/// <summary>Signing out changes state, so it happens on POST only; GET shows a button.</summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, LiaisonDbContext db) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await AccountEvents.RecordAsync(db, AuditActions.SignOut, user, ct: ct);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("Login");
    }
}
