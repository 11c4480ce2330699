using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Liaison.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Liaison.Security;

/// <summary>Accepts <c>Authorization: Bearer TOKEN</c> with a personal API token.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    LiaisonDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiTokens.Hash(header["Bearer ".Length..].Trim());
        // The token, its user, desks and roles in one statement: every API call starts here.
        var found = await db.ApiTokens.AsNoTracking().Where(t => t.TokenHash == hash && t.RevokedAt == null)
            .Select(t => new
            {
                t.User,
                Desks = db.UserDesks.Where(d => d.UserId == t.UserId).Select(d => d.DeskId).ToList(),
                Roles = db.UserRoles.Where(ur => ur.UserId == t.UserId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .AsSingleQuery()
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found?.User is not { IsDisabled: false } user)
        {
            return AuthenticateResult.Fail("Invalid or revoked token.");
        }

        var claims = LiaisonClaims.For(user, found.Desks.Distinct(), found.Roles.Distinct());
        claims.Add(new Claim(ClaimTypes.NameIdentifier, user.Id));
        claims.Add(new Claim(ClaimTypes.Name, user.UserName ?? user.Email ?? user.Id));
        var identity = new ClaimsIdentity(claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}

public static class ApiTokens
{
    public const string Prefix = "lsn_";

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Creates a token for a user; the plain token is returned once and never stored.</summary>
    public static async Task<(ApiToken Token, string Plain)> CreateAsync(LiaisonDbContext db, AppUser user, string name, CancellationToken ct = default)
    {
        var plain = Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            UserId = user.Id,
            Name = string.IsNullOrWhiteSpace(name) ? "token" : name.Trim(),
            Prefix = plain[..10],
            TokenHash = Hash(plain),
            CreatedAt = Clock.UtcNow,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return (token, plain);
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
