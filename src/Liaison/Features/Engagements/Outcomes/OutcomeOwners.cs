using Liaison.Data;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements.Outcomes;

public sealed record OwnerOption(string Id, string DisplayName, string? Email)
{
    public string Label => string.IsNullOrWhiteSpace(DisplayName) ? Email ?? Id : DisplayName;
}

/// <summary>
/// Who may own a commitment's task: active users who can see the engagement (the visibility rule of engagements applied to
/// each user's clearance, desks and roles), so the task never points them at something that does not exist for them.
/// </summary>
public static class OutcomeOwners
{
    public const int MaxOptions = 500;

    public static IQueryable<AppUser> Eligible(LiaisonDbContext db, EngagementHeader engagement)
    {
        var classification = engagement.Classification;
        var q = db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.Clearance >= classification);
        if (classification == Classification.Public || engagement.CountryId is null)
        {
            return classification == Classification.Public ? q : q.Where(u => u.Clearance >= Classification.Internal);
        }

        var allDeskRoles = Roles.AllDesks.ToArray();
        var deskId = engagement.DeskId ?? -1;
        return q.Where(u => u.Clearance >= Classification.Internal
            && (u.Desks.Any(d => d.DeskId == deskId)
                || db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && allDeskRoles.Contains(r.Name!)))));
    }

    public static async Task<IReadOnlyList<OwnerOption>> OptionsAsync(LiaisonDbContext db, EngagementHeader engagement, CancellationToken ct) =>
        await Eligible(db, engagement).OrderBy(u => u.DisplayName).ThenBy(u => u.Email).Take(MaxOptions)
            .Select(u => new OwnerOption(u.Id, u.DisplayName, u.Email)).ToListAsync(ct);

    public static Task<bool> IsEligibleAsync(LiaisonDbContext db, EngagementHeader engagement, string userId, CancellationToken ct) =>
        Eligible(db, engagement).AnyAsync(u => u.Id == userId, ct);
}
