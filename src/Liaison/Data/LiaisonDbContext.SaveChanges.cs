using Liaison.Features.Audit;
using Liaison.Features.Engagements;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data;

// Every change is saved together with its audit entries and search-index rows, in one transaction.
public sealed partial class LiaisonDbContext
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        StampVersions();
        var pending = AuditRecorder.Capture(ChangeTracker);
        var reindex = OrganizationsToReindex();
        var reindexPeople = PeopleToReindex();
        if (pending.Count == 0 && reindex.Count == 0 && reindexPeople.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null;
        var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            reindex.UnionWith(pending.Where(p => p.Entry.Entity is Organization).Select(p => ((Organization)p.Entry.Entity).Id));
            reindex.UnionWith(pending.Where(p => p.Entry.Entity is OrganizationName).Select(p => ((OrganizationName)p.Entry.Entity).OrganizationId));
            await SearchIndexer.ReindexOrganizationsAsync(this, reindex, cancellationToken);
            reindexPeople.UnionWith(pending.Select(p => PersonOf(p.Entry.Entity)));
            reindexPeople.Remove(0);
            await PeopleIndexer.ReindexAsync(this, reindexPeople, cancellationToken);
            await EngagementCounts.RecountAsync(this, pending.Select(p => p.Entry.Entity), cancellationToken);
            if (pending.Any(p => p.Entry.Entity is Engagement or EngagementCountry or EngagementOrganization or EngagementMember or Organization or Features.Countries.Country))
            {
                Features.Engagements.Statistics.StatisticsCache.Invalidate();
            }

            var head = await AppendAuditAsync(AuditRecorder.Describe(pending).ToList(), cancellationToken);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
                AuditChainHead.Remember(AuditChainKey, head);
            }

            return written;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    private void StampVersions()
    {
        var now = Clock.UtcNow;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty("Version") is { } version && version.ClrType == typeof(int))
            {
                var property = entry.Property("Version");
                if (!property.IsModified)
                {
                    property.CurrentValue = (int)property.OriginalValue! + 1;
                }
            }

            if (entry.Entity is Person person)
            {
                if (entry.State == EntityState.Added)
                {
                    person.CreatedAt = person.CreatedAt == default ? now : person.CreatedAt;
                    person.UpdatedAt = now;
                }
                else if (entry.State == EntityState.Modified)
                {
                    person.UpdatedAt = now;
                }
            }

            if (entry.Entity is Organization org)
            {
                if (entry.State == EntityState.Added)
                {
                    org.CreatedAt = org.CreatedAt == default ? now : org.CreatedAt;
                    org.UpdatedAt = now;
                }
                else if (entry.State == EntityState.Modified)
                {
                    org.UpdatedAt = now;
                }
            }
        }
    }

    private HashSet<int> OrganizationsToReindex() =>
        ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity switch
            {
                Organization o => o.Id,
                OrganizationName n => n.OrganizationId,
                _ => 0,
            })
            .Where(id => id > 0)
            .ToHashSet();

    private HashSet<int> PeopleToReindex() =>
        ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted)
            .Select(e => PersonOf(e.Entity))
            .Where(id => id > 0)
            .ToHashSet();

    private static int PersonOf(object entity) => entity switch
    {
        Person p => p.Id,
        PersonName n => n.PersonId,
        ContactChannel c => c.PersonId,
        _ => 0,
    };
}
