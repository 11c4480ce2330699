using Liaison.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data;

// Appending to the audit chain: entries of row changes (from SaveChanges) and events that are not row changes.
public sealed partial class LiaisonDbContext
{
    /// <summary>Which chain <see cref="AuditChainHead"/> remembers for this context: its database.</summary>
    private string AuditChainKey => Database.GetConnectionString() ?? "";

    /// <summary>Records a read of a sensitive record (Confidential or Restricted).</summary>
    public Task AuditReadAsync(string entityType, string entityId, CancellationToken ct = default) =>
        AppendEventsAsync([(entityType, entityId, AuditActions.Read, "")], ct);

    /// <summary>Records reads of several sensitive records of one type, in one append.</summary>
    public Task AuditReadsAsync(string entityType, IEnumerable<string> entityIds, CancellationToken ct = default) =>
        AppendEventsAsync(entityIds.Select(id => (entityType, id, AuditActions.Read, "")).ToList(), ct);

    /// <summary>Records an event that is not a row change (sign-in, token created…), in its own transaction.</summary>
    public Task AuditEventAsync(string action, string entityType, string entityId, string? details = null, CancellationToken ct = default) =>
        AppendEventsAsync([(entityType, entityId, action, details ?? "")], ct);

    private async Task AppendEventsAsync(IReadOnlyList<(string EntityType, string EntityId, string Action, string Changes)> items, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return;
        }

        var ownTransaction = Database.CurrentTransaction is null;
        if (ownTransaction && !ChangeTracker.HasChanges() && await TryAppendAtKnownHeadAsync(items, ct))
        {
            return;
        }

        await using var transaction = ownTransaction ? await Database.BeginTransactionAsync(ct) : null;
        var head = await AppendAuditAsync(items, ct);
        await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
            AuditChainHead.Remember(AuditChainKey, head);
        }
    }

    /// <summary>
    /// Appends in one statement when this process knows the chain's last hash: the INSERT writes only if the chain
    /// still ends there (<see cref="AuditChainHead"/>). False, with nothing written, when it does not.
    /// </summary>
    private async Task<bool> TryAppendAtKnownHeadAsync(IReadOnlyList<(string EntityType, string EntityId, string Action, string Changes)> items, CancellationToken ct)
    {
        var key = AuditChainKey;
        if (AuditChainHead.Known(key) is not { } head)
        {
            return false;
        }

        var entries = NewAuditEntries(items, head);
        await using var transaction = await Database.BeginTransactionAsync(ct);
        var written = await Database.ExecuteSqlRawAsync(AuditChainHead.InsertSql(IsPostgres, entries.Count), AuditChainHead.Parameters(this, entries), ct);
        if (written != entries.Count)
        {
            await transaction.RollbackAsync(ct);
            AuditChainHead.Forget(key, head);
            return false;
        }

        await transaction.CommitAsync(ct);
        AuditChainHead.Remember(key, entries[^1].Hash);
        return true;
    }

    /// <summary>Adds the entries to the chain after its last entry, read under the chain's lock; returns the new last hash.</summary>
    private async Task<string?> AppendAuditAsync(IReadOnlyList<(string EntityType, string EntityId, string Action, string Changes)> items, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return null;
        }

        // Serialize chain writers: SQLite transactions here are BEGIN IMMEDIATE; PostgreSQL needs a lock across instances.
        if (IsPostgres)
        {
            await Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditChainHead.LockKey})", ct);
        }

        var previous = await AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct)
            ?? AuditChain.Genesis;
        var entries = NewAuditEntries(items, previous);
        AuditEntries.AddRange(entries);
        return entries[^1].Hash;
    }

    private List<AuditEntry> NewAuditEntries(IReadOnlyList<(string EntityType, string EntityId, string Action, string Changes)> items, string previous)
    {
        var at = Clock.UtcNow;
        var entries = new List<AuditEntry>(items.Count);
        foreach (var (entityType, entityId, action, changes) in items)
        {
            var entry = new AuditEntry
            {
                At = at,
                UserId = Scope.UserId,
                UserName = Scope.UserName,
                Action = action,
                EntityType = entityType,
                EntityId = entityId,
                Changes = string.IsNullOrEmpty(changes) ? null : changes,
                PreviousHash = previous,
            };
            entry.Hash = AuditChain.ComputeHash(entry);
            previous = entry.Hash;
            entries.Add(entry);
        }

        return entries;
    }
}
