using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Shared;
using Liaison.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Account;

public sealed record TokenRow(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

public sealed class TokensModel(LiaisonDbContext db, UserManager<AppUser> users, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    /// <summary>The new token in plain text: shown in this one response and never again.</summary>
    public string? NewToken { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Give the token a name.")]
    [StringLength(100, ErrorMessage = "The name must be at most {1} characters.")]
    public string Name { get; set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Shown once, after the redirect that follows creation, so reloading the page never creates another token.
        NewToken = TempData[NewTokenKey] as string;
        Tokens = await ListAsync(db, CurrentUserId, ct);
    }

    private const string NewTokenKey = "new-token";

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var (token, plain) = await ApiTokens.CreateAsync(db, user, Name, ct);
            await db.AuditEventAsync(AuditActions.TokenCreated, nameof(ApiToken), token.Id.ToString(CultureInfo.InvariantCulture),
                System.Text.Json.JsonSerializer.Serialize(new { token.Name, token.Prefix }), ct);
            TempData[NewTokenKey] = plain;
            return RedirectToPage();
        }

        Tokens = await ListAsync(db, user.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int tokenId, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(x => x.Id == tokenId && x.UserId == CurrentUserId && x.RevokedAt == null, ct);
        if (token is null)
        {
            return NotFound();
        }

        token.RevokedAt = Clock.UtcNow;
        await db.SaveChangesAsync(ct);
        await db.AuditEventAsync(AuditActions.TokenRevoked, nameof(ApiToken), token.Id.ToString(CultureInfo.InvariantCulture), ct: ct);
        TempData.Success(t["The token “{0}” was revoked.", token.Name]);
        return RedirectToPage();
    }

    /// <summary>A user's tokens, newest first; shared with the user administration page.</summary>
    public static async Task<IReadOnlyList<TokenRow>> ListAsync(LiaisonDbContext db, string userId, CancellationToken ct) =>
        await db.ApiTokens.AsNoTracking().Where(x => x.UserId == userId).OrderByDescending(x => x.Id)
            .Select(x => new TokenRow(x.Id, x.Name, x.Prefix, x.CreatedAt, x.LastUsedAt, x.RevokedAt))
            .ToListAsync(ct);

    private string CurrentUserId => users.GetUserId(User) ?? "";
}
