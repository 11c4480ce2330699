using Liaison.Data;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Imports;

public sealed record ImportRunDto(
    int Id, string Kind, string SourceName, string SourceSha256, string UserName, DateTime StartedAt, DateTime? FinishedAt,
    int Created, int Updated, int Skipped, ImportStatus Status, DateTime? RolledBackAt, string? RolledBackBy);

/// <summary>How many rows of one type a run created or updated (provenance rows; rows owned by a created record are counted with the run's totals).</summary>
public sealed record ImportRecordCount(string RecordType, ImportAction Action, int Count);

public sealed record ImportRecordDto(string RecordType, int RecordId, ImportAction Action, string? SourceRow, string? ExternalIds, string? Previous);

public sealed record ImportRunDetail(ImportRunDto Run, IReadOnlyList<ImportRecordCount> Counts, IReadOnlyList<ImportRecordDto> Records, int RecordsTotal, int PageNumber, int PageSize);

public static class ImportQueries
{
    public static async Task<Page<ImportRunDto>> ListAsync(LiaisonDbContext db, int? page, int? pageSize, CancellationToken ct)
    {
        var (number, size) = (RequestValidation.ClampPage(page), RequestValidation.ClampPageSize(pageSize));
        var total = await db.ImportRuns.CountAsync(ct);
        var items = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Skip((number - 1) * size).Take(size).Select(AsDto()).ToListAsync(ct);
        return new Page<ImportRunDto>(items, total, number, size);
    }

    public static async Task<ImportRunDetail?> DetailAsync(LiaisonDbContext db, int id, int? page, int? pageSize, CancellationToken ct)
    {
        var run = await db.ImportRuns.AsNoTracking().Where(r => r.Id == id).Select(AsDto()).FirstOrDefaultAsync(ct);
        if (run is null)
        {
            return null;
        }

        var (number, size) = (RequestValidation.ClampPage(page), RequestValidation.ClampPageSize(pageSize));
        var records = db.ImportRecords.AsNoTracking().Where(r => r.RunId == id);
        var counts = await records.GroupBy(r => new { r.RecordType, r.Action })
            .Select(g => new ImportRecordCount(g.Key.RecordType, g.Key.Action, g.Count())).ToListAsync(ct);
        var items = await records.OrderBy(r => r.Id).Skip((number - 1) * size).Take(size)
            .Select(r => new ImportRecordDto(r.RecordType, r.RecordId, r.Action, r.SourceRow, r.ExternalIds, r.Previous)).ToListAsync(ct);
        return new ImportRunDetail(run, counts.OrderBy(c => c.RecordType, StringComparer.Ordinal).ThenBy(c => c.Action).ToList(), items, counts.Sum(c => c.Count), number, size);
    }

    private static System.Linq.Expressions.Expression<Func<ImportRun, ImportRunDto>> AsDto() => r =>
        new ImportRunDto(r.Id, r.Kind, r.SourceName, r.SourceSha256, r.UserName, r.StartedAt, r.FinishedAt, r.Created, r.Updated, r.Skipped, r.Status, r.RolledBackAt, r.RolledBackBy);
}

public sealed record ExternalIdDto(string Scheme, string Value, string? Url);
