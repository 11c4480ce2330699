using Liaison.Data;
using Liaison.Features.People;
using Liaison.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Imports;

/// <summary>The people part of rolling back an import run: refusals when later work depends on them, and their deletion.</summary>
internal static class PeopleRollback
{
    public static async Task<int?> InUseAsync(LiaisonDbContext db, List<int> ids, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(500))
        {
            var used = await db.TouchpointPeople.IgnoreQueryFilters().Where(t => chunk.Contains(t.PersonId)).Select(t => (int?)t.PersonId)
                .Concat(db.EngagementMembers.IgnoreQueryFilters().Where(m => chunk.Contains(m.PersonId)).Select(m => (int?)m.PersonId))
                .Concat(db.Gifts.IgnoreQueryFilters().Where(g => g.PersonId != null && chunk.Contains(g.PersonId.Value)).Select(g => g.PersonId))
                .Concat(db.Tasks.IgnoreQueryFilters().Where(t => t.PersonId != null && chunk.Contains(t.PersonId.Value)).Select(t => t.PersonId))
                .Concat(db.People.IgnoreQueryFilters().Where(p => p.MergedIntoId != null && chunk.Contains(p.MergedIntoId.Value)).Select(p => p.MergedIntoId))
                .Concat(db.People.IgnoreQueryFilters().Where(p => p.MergedIntoId != null && chunk.Contains(p.Id)).Select(p => (int?)p.Id))
                .Take(1).ToListAsync(ct);
            if (used.Count > 0)
            {
                return used[0];
            }
        }

        return null;
    }

    public static async Task<int> DeleteAsync(LiaisonDbContext db, int[] ids, CancellationToken ct)
    {
        await db.SearchEntries.Where(e => e.Kind == SearchKinds.Person && ids.Contains(e.RecordId)).ExecuteDeleteAsync(ct);
        return await db.People.IgnoreQueryFilters().Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync(ct);
    }
}
