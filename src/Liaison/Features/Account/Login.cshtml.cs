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
public sealed class LoginModel(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, LiaisonDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "The email address is required.")]
        [EmailAddress(ErrorMessage = "The email address is not valid.")]
        [StringLength(256, ErrorMessage = "The email address is not valid.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "The password is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Unknown, disabled, locked and wrong-password attempts all look alike, in words and in time.
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            users.PasswordHasher.HashPassword(new AppUser(), Input.Password);
            await AccountEvents.RecordUnknownAsync(db, Input.Email.Trim(), ct);
            return Failed(NotAccepted);
        }

        if (user.IsDisabled)
        {
            await users.CheckPasswordAsync(user, Input.Password);
            await AccountEvents.RecordAsync(db, AuditActions.SignInFailed, user, new { reason = "disabled", email = user.Email }, ct);
            return Failed(NotAccepted);
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await AccountEvents.RecordAsync(db, AuditActions.SignIn, user, ct: ct);
            return LocalRedirect(AccountEvents.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            await AccountEvents.RecordAsync(db, AuditActions.SignInFailed, user, new { reason = "locked out", email = user.Email }, ct);
            return Failed(NotAccepted);
        }

        await AccountEvents.RecordAsync(db, AuditActions.SignInFailed, user, new { reason = "wrong password", email = user.Email }, ct);
        return Failed(NotAccepted);
    }

    private string NotAccepted =>
        t["The email address or password is not correct, or the account is locked for 15 minutes after repeated failures or disabled."];

    private PageResult Failed(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }
}
