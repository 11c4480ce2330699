using System.ComponentModel.DataAnnotations;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Account;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Web.RateLimits.SignIn)]
public sealed class LoginWith2faModel(SignInManager<AppUser> signIn, LiaisonDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the code.")]
    [StringLength(20, ErrorMessage = "This field must be at most {1} characters.")]
    public string Code { get; set; } = "";

    [BindProperty]
    public bool IsRecoveryCode { get; set; }

    [BindProperty]
    public bool RememberMachine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = IsRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, RememberMachine);

        if (result.Succeeded && !user.IsDisabled)
        {
            await AccountEvents.RecordAsync(db, AuditActions.SignIn, user, new { twoFactor = IsRecoveryCode ? "recovery code" : "authenticator" }, ct);
            return LocalRedirect(AccountEvents.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result.Succeeded)
        {
            // Disabled between the two steps: take back the cookie the sign-in just issued.
            await signIn.SignOutAsync();
        }

        if (result.IsLockedOut)
        {
            await AccountEvents.RecordAsync(db, AuditActions.SignInFailed, user, new { reason = "locked out", email = user.Email }, ct);
            ModelState.AddModelError(string.Empty, t["Too many failed attempts: this account is locked for 15 minutes."]);
            return Page();
        }

        await AccountEvents.RecordAsync(db, AuditActions.SignInFailed, user, new { reason = "wrong two-factor code", email = user.Email }, ct);
        ModelState.AddModelError(string.Empty, t["The code is not valid."]);
        return Page();
    }
}
