using System.ComponentModel.DataAnnotations;
using Liaison.Features.Shared;
using Liaison.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Liaison.Features.Account;

public sealed class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    public bool IsEnabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string? SharedKey { get; private set; }
    public string? AuthenticatorUri { get; private set; }
    public string? QrCodeDataUri { get; private set; }

    /// <summary>Shown once, right after they are generated; never stored in plain text.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Enter the code.")]
    [StringLength(7, MinimumLength = 6, ErrorMessage = "The code has six digits.")]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { } user ? await ShowAsync(user) : Challenge();

    public async Task<IActionResult> OnPostSetupAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        // A new key while two-factor is on would lock the user out of their own authenticator; turn it off first.
        if (!user.TwoFactorEnabled)
        {
            await users.ResetAuthenticatorKeyAsync(user);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(user);
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), t["The code is not valid. Check the time on your phone and try again."]);
            return await ShowAsync(user);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        TempData.Success(t["Two-factor authentication is on."]);
        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData.Success(t["Two-factor authentication is off."]);
        return RedirectToPage();
    }

    private async Task<PageResult> ShowAsync(AppUser user)
    {
        IsEnabled = user.TwoFactorEnabled;
        RecoveryCodesLeft = IsEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        var key = IsEnabled ? null : await users.GetAuthenticatorKeyAsync(user);
        if (key is not null)
        {
            SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
            AuthenticatorUri = $"otpauth://totp/Liaison:{Uri.EscapeDataString(user.Email ?? user.Id)}?secret={key}&issuer=Liaison&digits=6";
            QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M, 5));
        }

        return Page();
    }
}
