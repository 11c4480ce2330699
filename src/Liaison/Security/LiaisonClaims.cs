using System.Security.Claims;
using Liaison.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Liaison.Security;

public static class LiaisonClaims
{
    public const string Desk = "liaison:desk";
    public const string Clearance = "liaison:clearance";
    public const string DisplayName = "liaison:name";
    public const string Culture = "liaison:culture";

    /// <summary>The claims that carry a user's need-to-know, for cookies and API tokens alike.</summary>
    public static async Task<List<Claim>> ForUserAsync(LiaisonDbContext db, AppUser user, CancellationToken ct = default)
    {
        var desks = await db.UserDesks.Where(d => d.UserId == user.Id).Select(d => d.DeskId).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == user.Id
                           select r.Name!).ToListAsync(ct);
        return For(user, desks, roles);
    }

    public static List<Claim> For(AppUser user, IEnumerable<int> desks, IEnumerable<string> roles)
    {
        var claims = new List<Claim>
        {
            new(Clearance, ((int)user.Clearance).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(DisplayName, user.DisplayName),
            new(Culture, user.PreferredCulture),
        };
        claims.AddRange(desks.Select(d => new Claim(Desk, d.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return claims;
    }
}

/// <summary>Adds desks, clearance and display name to the sign-in cookie.</summary>
internal sealed class LiaisonClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    LiaisonDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        foreach (var claim in await LiaisonClaims.ForUserAsync(db, user))
        {
            if (claim.Type != ClaimTypes.Role)
            {
                identity.AddClaim(claim);
            }
        }

        return identity;
    }
}
