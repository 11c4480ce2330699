using Liaison.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Touchpoints;

/// <summary>
/// Keeps <c>Person.LastTouchpointOn</c> and <c>Organization.LastTouchpointOn</c> equal to the date of their latest touchpoint.
/// System code: it reads every touchpoint regardless of who is asking (the dates drive cadence and dormancy for everyone).
/// </summary>
public static class TouchpointDates
{
    /// <summary>
    /// Recomputes the dates of these people and organizations with one set-based UPDATE each (MAX over the link tables).
    /// Call it inside the transaction of the change that moved touchpoints (create, edit, delete, merge) so both commit together.
    /// </summary>
    public static async Task RefreshAsync(LiaisonDbContext db, IEnumerable<int> personIds, IEnumerable<int> organizationIds, CancellationToken ct = default)
    {
        var people = personIds.Distinct().ToArray();
        var organizations = organizationIds.Distinct().ToArray();
        foreach (var chunk in people.Chunk(500))
        {
            await db.People.IgnoreQueryFilters()
                .Where(p => chunk.Contains(p.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastTouchpointOn, p => db.TouchpointPeople.IgnoreQueryFilters()
                    .Where(x => x.PersonId == p.Id)
                    .Max(x => (DateOnly?)x.Touchpoint!.On)), ct);
        }

        foreach (var chunk in organizations.Chunk(500))
        {
            await db.Organizations.IgnoreQueryFilters()
                .Where(o => chunk.Contains(o.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.LastTouchpointOn, o => db.TouchpointOrganizations.IgnoreQueryFilters()
                    .Where(x => x.OrganizationId == o.Id)
                    .Max(x => (DateOnly?)x.Touchpoint!.On)), ct);
        }
    }
}
