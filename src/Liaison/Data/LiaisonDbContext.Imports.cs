namespace Liaison.Data;

// Imports write thousands of rows: they skip the per-row audit and search work of SaveChanges and record themselves
// instead (the import run, a provenance row per record and one summary audit entry, all in the run's transaction).
public sealed partial class LiaisonDbContext
{
    public Task<int> SaveImportedRowsAsync(CancellationToken ct = default)
    {
        ChangeTracker.DetectChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess: true, ct);
    }

    public async Task AuditImportAsync(string action, int runId, string details, CancellationToken ct = default)
    {
        await AppendAuditAsync([("ImportRun", runId.ToString(System.Globalization.CultureInfo.InvariantCulture), action, details)], ct);
        await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, ct);
    }
}
