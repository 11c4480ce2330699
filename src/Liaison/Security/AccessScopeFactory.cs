using Liaison.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Security;

/// <summary>
/// A user's <see cref="AccessScope"/> read from the database rather than from their sign-in claims: for requests that act
/// for a user without a session (the calendar feed). Same inputs as <see cref="CurrentUser"/>: roles, desks, clearance.
/// </summary>
public static class AccessScopeFactory
{
    /// <returns>Null for an unknown or disabled user.</returns>
    public static async Task<AccessScope?> ForUserAsync(LiaisonDbContext db, string userId, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null || user.IsDisabled)
        {
            return null;
        }

        var desks = await db.UserDesks.AsNoTracking().Where(d => d.UserId == userId).Select(d => d.DeskId).ToArrayAsync(ct);
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ur.UserId == userId
                            select r.Name!).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        return new AccessScope(
            user.Id,
            user.UserName ?? user.Email ?? user.Id,
            user.Clearance,
            Roles.AllDesks.Any(roles.Contains),
            desks,
            roles);
    }
}
