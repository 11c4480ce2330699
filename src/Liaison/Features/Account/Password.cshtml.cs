using System.ComponentModel.DataAnnotations;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Shared;
using Liaison.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Account;

public sealed class PasswordModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, LiaisonDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "The current password is required.")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "The new password is required.")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "The new password must be at least {2} characters long.")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Repeat the new password.")]
        [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords do not match.")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";
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

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Code == "PasswordMismatch" ? t["The current password is not correct."] : error.Description);
            }

            return Page();
        }

        await AccountEvents.RecordAsync(db, AuditActions.PasswordChanged, user, ct: ct);
        await signIn.RefreshSignInAsync(user);
        TempData.Success(t["Your password was changed."]);
        return RedirectToPage();
    }
}
