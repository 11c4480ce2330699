using Liaison.Data;
using Liaison.Features.Engagements;
using Liaison.Features.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Imports;

/// <summary>
/// The touchpoints and engagements part of rolling back an import run: refusals when they were built upon since, their
/// deletion with everything that came with them, and the links an update added.
/// </summary>
internal static class WorkRollback
{
    public static async Task<string?> RefusalAsync(LiaisonDbContext db, List<ImportRecord> records, CancellationToken ct)
    {
        var touchpoints = Created(records, nameof(Touchpoint));
        foreach (var chunk in touchpoints.Chunk(500))
        {
            if (await db.Tasks.IgnoreQueryFilters().Where(t => t.TouchpointId != null && chunk.Contains(t.TouchpointId.Value)).Select(t => t.TouchpointId).FirstOrDefaultAsync(ct) is int used)
            {
                return $"Touchpoint {used} created by this import is now followed up by a task.";
            }
        }

        foreach (var chunk in Created(records, nameof(Engagement)).Chunk(500))
        {
            var used = await db.ItineraryItems.IgnoreQueryFilters().Where(x => chunk.Contains(x.EngagementId)).Select(x => (int?)x.EngagementId)
                .Concat(db.LogisticsItems.IgnoreQueryFilters().Where(x => chunk.Contains(x.EngagementId)).Select(x => (int?)x.EngagementId))
                .Concat(db.Gifts.IgnoreQueryFilters().Where(x => chunk.Contains(x.EngagementId)).Select(x => (int?)x.EngagementId))
                .Concat(db.EngagementOutcomes.IgnoreQueryFilters().Where(x => chunk.Contains(x.EngagementId)).Select(x => (int?)x.EngagementId))
                .Concat(db.EngagementDocuments.IgnoreQueryFilters().Where(x => chunk.Contains(x.EngagementId)).Select(x => (int?)x.EngagementId))
                .Concat(db.Tasks.IgnoreQueryFilters().Where(t => t.EngagementId != null && chunk.Contains(t.EngagementId.Value)).Select(t => t.EngagementId))
                .Take(1).ToListAsync(ct);
            if (used.Count > 0)
            {
                return $"Engagement {used[0]} created by this import now has an itinerary, logistics, gifts, outcomes, documents or tasks.";
            }
        }

        return null;
    }

    /// <summary>Deletes touchpoints with their links; the people and organizations whose dates may move are added to the lists.</summary>
    public static async Task<int> DeleteTouchpointsAsync(LiaisonDbContext db, int[] ids, List<int> people, List<int> organizations, CancellationToken ct)
    {
        people.AddRange(await db.TouchpointPeople.IgnoreQueryFilters().Where(x => ids.Contains(x.TouchpointId)).Select(x => x.PersonId).ToListAsync(ct));
        organizations.AddRange(await db.TouchpointOrganizations.IgnoreQueryFilters().Where(x => ids.Contains(x.TouchpointId)).Select(x => x.OrganizationId).ToListAsync(ct));
        await db.TouchpointPeople.IgnoreQueryFilters().Where(x => ids.Contains(x.TouchpointId)).ExecuteDeleteAsync(ct);
        await db.TouchpointOrganizations.IgnoreQueryFilters().Where(x => ids.Contains(x.TouchpointId)).ExecuteDeleteAsync(ct);
        await db.TouchpointParticipants.IgnoreQueryFilters().Where(x => ids.Contains(x.TouchpointId)).ExecuteDeleteAsync(ct);
        return await db.Touchpoints.IgnoreQueryFilters().Where(t => ids.Contains(t.Id)).ExecuteDeleteAsync(ct);
    }

    /// <summary>Deletes engagements with their members, steps, counterparts and completion touchpoint.</summary>
    public static async Task<int> DeleteEngagementsAsync(LiaisonDbContext db, int[] ids, List<int> people, List<int> organizations, CancellationToken ct)
    {
        var touchpoints = await db.Touchpoints.IgnoreQueryFilters().Where(t => t.EngagementId != null && ids.Contains(t.EngagementId.Value)).Select(t => t.Id).ToArrayAsync(ct);
        await DeleteTouchpointsAsync(db, touchpoints, people, organizations, ct);
        await db.EngagementMembers.IgnoreQueryFilters().Where(x => ids.Contains(x.EngagementId)).ExecuteDeleteAsync(ct);
        await db.EngagementTransitions.IgnoreQueryFilters().Where(x => ids.Contains(x.EngagementId)).ExecuteDeleteAsync(ct);
        await db.EngagementOrganizations.IgnoreQueryFilters().Where(x => ids.Contains(x.EngagementId)).ExecuteDeleteAsync(ct);
        await db.EngagementCountries.IgnoreQueryFilters().Where(x => ids.Contains(x.EngagementId)).ExecuteDeleteAsync(ct);
        return await db.Engagements.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// After the fields of updated touchpoints and engagements are restored: their added links removed, the engagements'
    /// member counts and completion touchpoints brought back in step, and the people's and organizations' dates refreshed.
    /// </summary>
    public static async Task RestoreLinksAsync(LiaisonDbContext db, List<ImportRecord> records, List<int> people, List<int> organizations, CancellationToken ct)
    {
        foreach (var record in records.Where(r => r.Action == ImportAction.Updated && r.Previous is not null && r.RecordType is nameof(Touchpoint) or nameof(Engagement)))
        {
            var (p, o) = await ImportedLinks.RemoveAsync(db, record, ct);
            people.AddRange(p);
            organizations.AddRange(o);
        }

        var engagements = records.Where(r => r.Action == ImportAction.Updated && r.RecordType == nameof(Engagement)).Select(r => r.RecordId).Distinct().ToList();
        await EngagementCounts.RecountAsync(db, engagements.Select(id => new EngagementMember { EngagementId = id }), ct);
        foreach (var id in engagements)
        {
            var status = await db.Engagements.IgnoreQueryFilters().Where(e => e.Id == id).Select(e => e.Status).FirstAsync(ct);
            if (status == EngagementStatus.Completed)
            {
                await EngagementTouchpoint.SyncAsync(db, id, ct);
            }
            else
            {
                var (p, o) = await EngagementTouchpoint.RemoveAsync(db, id, ct);
                await db.SaveChangesAsync(ct);
                people.AddRange(p);
                organizations.AddRange(o);
            }
        }

        // An updated touchpoint's date may have moved back: everyone on it gets their dates recomputed.
        var touchpoints = records.Where(r => r.RecordType == nameof(Touchpoint) && r.Action == ImportAction.Updated).Select(r => r.RecordId).Distinct().ToList();
        foreach (var chunk in touchpoints.Chunk(500))
        {
            people.AddRange(await db.TouchpointPeople.IgnoreQueryFilters().Where(x => chunk.Contains(x.TouchpointId)).Select(x => x.PersonId).ToListAsync(ct));
            organizations.AddRange(await db.TouchpointOrganizations.IgnoreQueryFilters().Where(x => chunk.Contains(x.TouchpointId)).Select(x => x.OrganizationId).ToListAsync(ct));
        }

        await TouchpointDates.RefreshAsync(db, people, organizations, ct);
    }

    private static List<int> Created(List<ImportRecord> records, string type) =>
        records.Where(r => r.Action == ImportAction.Created && r.RecordType == type).Select(r => r.RecordId).ToList();
}
