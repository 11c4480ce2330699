using System.Text.Json;
using Liaison.Data;
using Liaison.Features.Countries;
using Liaison.Features.Engagements;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Features.Search;
using Liaison.Features.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Imports;

public abstract record RollbackOutcome
{
    public sealed record RolledBack(int RunId, int Deleted, int Restored) : RollbackOutcome;

    public sealed record Refused(string Reason) : RollbackOutcome;

    public sealed record NotFound : RollbackOutcome;
}

/// <summary>Undoes an import run: deletes what it created and restores the fields it updated, or refuses when later changes make that unsafe.</summary>
public static class ImportRollback
{
    // Children first, so each delete finds its rows (organizations and elections take their remaining children with them).
    private static readonly string[] DeleteOrder =
        [
            nameof(ElectionResult), nameof(StandingSpan), nameof(LineageLink), nameof(OrganizationName), nameof(ExternalId), nameof(Election),
            nameof(EngagementMember), nameof(EngagementTransition), nameof(Touchpoint), nameof(Engagement),
            nameof(ContactChannel), nameof(Position), nameof(PersonName), nameof(Person), nameof(Organization),
        ];

    public static async Task<RollbackOutcome> RollBackAsync(LiaisonDbContext db, int runId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var run = await db.ImportRuns.FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return new RollbackOutcome.NotFound();
        }

        if (run.Status == ImportStatus.RolledBack)
        {
            return new RollbackOutcome.Refused($"Import run {runId} was already rolled back.");
        }

        var later = await db.ImportRuns.Where(r => r.Id > runId && r.Status == ImportStatus.Completed).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        if (later is not null)
        {
            return new RollbackOutcome.Refused($"Import run {later} came later and is still in place; roll it back first.");
        }

        var records = await db.ImportRecords.AsNoTracking().Where(r => r.RunId == runId).ToListAsync(ct);
        if (await EditedSinceAsync(db, records, ct) is { } edited)
        {
            return new RollbackOutcome.Refused($"{edited.Type} {edited.Id} was edited after the import; rolling back would lose those edits.");
        }

        var organizations = records.Where(r => r.RecordType == nameof(Organization)).ToList();

        var createdOrganizations = organizations.Where(r => r.Action == ImportAction.Created).Select(r => r.RecordId).ToList();
        if (await InUseAsync(db, createdOrganizations, ct) is { } used)
        {
            return new RollbackOutcome.Refused($"Organization {used} created by this import is now used elsewhere (relationship, people, touchpoints, engagements or tasks).");
        }

        var people = records.Where(r => r.RecordType == nameof(Person)).ToList();
        if (await PeopleRollback.InUseAsync(db, people.Where(r => r.Action == ImportAction.Created).Select(r => r.RecordId).ToList(), ct) is { } usedPerson)
        {
            return new RollbackOutcome.Refused($"Person {usedPerson} created by this import is now used elsewhere (touchpoints, engagements, gifts, tasks or merges).");
        }

        if (await WorkRollback.RefusalAsync(db, records, ct) is { } refusal)
        {
            return new RollbackOutcome.Refused(refusal);
        }

        List<int> touchedPeople = [], touchedOrganizations = [];
        var deleted = 0;
        foreach (var type in DeleteOrder)
        {
            var ids = records.Where(r => r.Action == ImportAction.Created && r.RecordType == type).Select(r => r.RecordId).ToList();
            foreach (var chunk in ids.Chunk(500))
            {
                deleted += type switch
                {
                    nameof(ElectionResult) => await db.ElectionResults.IgnoreQueryFilters().Where(x => chunk.Contains(x.Id)).ExecuteDeleteAsync(ct),
                    nameof(StandingSpan) => await db.StandingSpans.IgnoreQueryFilters().Where(x => chunk.Contains(x.Id)).ExecuteDeleteAsync(ct),
                    nameof(LineageLink) => await db.LineageLinks.Where(x => chunk.Contains(x.Id)).ExecuteDeleteAsync(ct),
                    nameof(OrganizationName) => await db.OrganizationNames.IgnoreQueryFilters().Where(x => chunk.Contains(x.Id)).ExecuteDeleteAsync(ct),
                    nameof(ExternalId) => await db.ExternalIds.Where(x => chunk.Contains(x.Id)).ExecuteDeleteAsync(ct),
                    nameof(Election) => await db.Elections.Where(x => chunk.Contains(x.Id)).ExecuteDeleteAsync(ct),
                    nameof(ContactChannel) => await db.ContactChannels.IgnoreQueryFilters().Where(x => chunk.Contains(x.Id)).ExecuteDeleteAsync(ct),
                    nameof(Position) => await db.Positions.IgnoreQueryFilters().Where(x => chunk.Contains(x.Id)).ExecuteDeleteAsync(ct),
                    nameof(PersonName) => await db.PersonNames.IgnoreQueryFilters().Where(x => chunk.Contains(x.Id)).ExecuteDeleteAsync(ct),
                    nameof(Person) => await PeopleRollback.DeleteAsync(db, chunk, ct),
                    nameof(EngagementMember) => await db.EngagementMembers.IgnoreQueryFilters().Where(x => chunk.Contains(x.Id)).ExecuteDeleteAsync(ct),
                    nameof(EngagementTransition) => await db.EngagementTransitions.IgnoreQueryFilters().Where(x => chunk.Contains(x.Id)).ExecuteDeleteAsync(ct),
                    nameof(Touchpoint) => await WorkRollback.DeleteTouchpointsAsync(db, chunk, touchedPeople, touchedOrganizations, ct),
                    nameof(Engagement) => await WorkRollback.DeleteEngagementsAsync(db, chunk, touchedPeople, touchedOrganizations, ct),
                    _ => await DeleteOrganizationsAsync(db, chunk, ct),
                };
            }
        }

        var restored = await RestoreAsync(db, records.Where(r => r.Action == ImportAction.Updated).ToList(), ct);
        await db.SaveImportedRowsAsync(ct);
        await WorkRollback.RestoreLinksAsync(db, records, touchedPeople, touchedOrganizations, ct);
        run.Status = ImportStatus.RolledBack;
        run.RolledBackAt = Clock.UtcNow;
        run.RolledBackBy = db.Scope.UserName;
        await db.SaveImportedRowsAsync(ct);
        await SearchIndexer.ReindexOrganizationsAsync(db, organizations.Where(r => r.Action == ImportAction.Updated).Select(r => r.RecordId).ToList(), ct);
        await PeopleIndexer.ReindexAsync(db, people.Where(r => r.Action == ImportAction.Updated).Select(r => r.RecordId).ToList(), ct);
        await db.SaveImportedRowsAsync(ct);
        await db.AuditImportAsync("import-rollback", runId, JsonSerializer.Serialize(new { Deleted = deleted, Restored = restored }), ct);
        await transaction.CommitAsync(ct);
        Engagements.Statistics.StatisticsCache.Invalidate();
        return new RollbackOutcome.RolledBack(runId, deleted, restored);
    }

    private static async Task<int> DeleteOrganizationsAsync(LiaisonDbContext db, int[] ids, CancellationToken ct)
    {
        await db.SearchEntries.Where(e => e.Kind == SearchKinds.Organization && ids.Contains(e.RecordId)).ExecuteDeleteAsync(ct);
        return await db.Organizations.IgnoreQueryFilters().Where(o => ids.Contains(o.Id)).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// The first record of the run whose version moved since the import wrote it (organizations, people, positions,
    /// touchpoints, engagements), or null: rolling it back would lose those later edits.
    /// </summary>
    private static async Task<(string Type, int Id)?> EditedSinceAsync(LiaisonDbContext db, List<ImportRecord> records, CancellationToken ct)
    {
        foreach (var type in new[] { nameof(Organization), nameof(Person), nameof(Position), nameof(Touchpoint), nameof(Engagement) })
        {
            var expected = records.Where(r => r.RecordType == type).GroupBy(r => r.RecordId).ToDictionary(g => g.Key, g => g.Last().Version);
            foreach (var chunk in expected.Keys.Chunk(500))
            {
                var stored = type switch
                {
                    nameof(Organization) => await db.Organizations.IgnoreQueryFilters().Where(o => chunk.Contains(o.Id)).Select(o => new { o.Id, o.Version }).ToListAsync(ct),
                    nameof(Person) => await db.People.IgnoreQueryFilters().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.Version }).ToListAsync(ct),
                    nameof(Position) => await db.Positions.IgnoreQueryFilters().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.Version }).ToListAsync(ct),
                    nameof(Touchpoint) => await db.Touchpoints.IgnoreQueryFilters().Where(t => chunk.Contains(t.Id)).Select(t => new { t.Id, t.Version }).ToListAsync(ct),
                    _ => await db.Engagements.IgnoreQueryFilters().Where(e => chunk.Contains(e.Id)).Select(e => new { e.Id, e.Version }).ToListAsync(ct),
                };
                if (stored.FirstOrDefault(s => expected[s.Id] is { } version && version != s.Version) is { } edited)
                {
                    return (type, edited.Id);
                }
            }
        }

        return null;
    }

    private static async Task<int?> InUseAsync(LiaisonDbContext db, List<int> ids, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(500))
        {
            var used = await db.Relationships.IgnoreQueryFilters().Where(r => chunk.Contains(r.OrganizationId)).Select(r => (int?)r.OrganizationId)
                .Concat(db.Positions.IgnoreQueryFilters().Where(p => chunk.Contains(p.OrganizationId)).Select(p => (int?)p.OrganizationId))
                .Concat(db.TouchpointOrganizations.IgnoreQueryFilters().Where(t => chunk.Contains(t.OrganizationId)).Select(t => (int?)t.OrganizationId))
                .Concat(db.EngagementOrganizations.IgnoreQueryFilters().Where(e => chunk.Contains(e.OrganizationId)).Select(e => (int?)e.OrganizationId))
                .Concat(db.Tasks.IgnoreQueryFilters().Where(t => t.OrganizationId != null && chunk.Contains(t.OrganizationId.Value)).Select(t => t.OrganizationId))
                .Take(1).ToListAsync(ct);
            if (used.Count > 0)
            {
                return used[0];
            }
        }

        return null;
    }

    private static async Task<int> RestoreAsync(LiaisonDbContext db, List<ImportRecord> updates, CancellationToken ct)
    {
        var restored = 0;
        foreach (var record in updates.Where(r => r.Previous is not null))
        {
            object? entity = record.RecordType switch
            {
                nameof(Organization) => await db.Organizations.IgnoreQueryFilters().FirstOrDefaultAsync(o => o.Id == record.RecordId, ct),
                nameof(Person) => await db.People.IgnoreQueryFilters().FirstOrDefaultAsync(p => p.Id == record.RecordId, ct),
                nameof(Election) => await db.Elections.FirstOrDefaultAsync(e => e.Id == record.RecordId, ct),
                nameof(ElectionResult) => await db.ElectionResults.IgnoreQueryFilters().FirstOrDefaultAsync(r => r.Id == record.RecordId, ct),
                nameof(StandingSpan) => await db.StandingSpans.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == record.RecordId, ct),
                nameof(Position) => await db.Positions.IgnoreQueryFilters().FirstOrDefaultAsync(p => p.Id == record.RecordId, ct),
                nameof(Touchpoint) => await db.Touchpoints.IgnoreQueryFilters().FirstOrDefaultAsync(t => t.Id == record.RecordId, ct),
                nameof(Engagement) => await db.Engagements.IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == record.RecordId, ct),
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            var entry = db.Entry(entity);
            foreach (var (field, value) in JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(record.Previous!)!.Where(p => !ImportedLinks.IsLink(p.Key)))
            {
                var property = entry.Property(field);
                var type = Nullable.GetUnderlyingType(property.Metadata.ClrType) ?? property.Metadata.ClrType;
                property.CurrentValue = value.ValueKind == JsonValueKind.Null ? null
                    : type.IsEnum ? Enum.ToObject(type, value.GetInt32())
                    : value.Deserialize(type);
            }

            restored++;
        }

        return restored;
    }
}
