using Liaison.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements;

/// <summary>
/// Keeps <see cref="Engagement.DelegationCount"/> and <see cref="Engagement.HostCount"/> equal to the members saved: the
/// numbers are derived in the same transaction as the member change, never typed.
/// </summary>
public static class EngagementCounts
{
    public static async Task RecountAsync(LiaisonDbContext db, IEnumerable<object> changed, CancellationToken ct)
    {
        var ids = changed.OfType<EngagementMember>().Select(m => m.EngagementId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        await db.Engagements.IgnoreQueryFilters()
            .Where(e => ids.Contains(e.Id))
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(e => e.DelegationCount, e => db.EngagementMembers.IgnoreQueryFilters().Count(m => m.EngagementId == e.Id && m.Side == EngagementSide.Delegation))
                    .SetProperty(e => e.HostCount, e => db.EngagementMembers.IgnoreQueryFilters().Count(m => m.EngagementId == e.Id && m.Side == EngagementSide.Host)),
                ct);
    }
}
