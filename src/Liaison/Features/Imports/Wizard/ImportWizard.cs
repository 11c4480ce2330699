using Liaison.Data;
using Liaison.Features.Imports.Files;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Imports.Wizard;

/// <summary>An upload as the wizard shows it: how the file reads, its first rows, the mapping, and the state of its check and import.</summary>
public sealed record UploadView(
    string Id, string FileName, long Size, string Type, string Format, string? Encoding, string? Delimiter, string? Sheet,
    IReadOnlyList<string> Sheets, IReadOnlyList<string> Headers, IReadOnlyList<string[]> Samples, IReadOnlyList<string> Columns,
    bool MappingSaved, IReadOnlyList<string> MappingProblems, bool SkipInvalid, JobView? Job, SheetImportResult? Check, SheetImportResult? Result);

public sealed record JobView(ImportJobState State, bool Commit, int Rows, int? Total, string? Error);

/// <summary>The steps of the import wizard, shared by its pages, its API and the command line: upload, map, check, import.</summary>
public sealed class ImportWizard(LiaisonDbContext db, ImportStaging staging, ImportJobs jobs, IStringLocalizer<SharedResource> localizer)
{
    private const int SampleRows = 5;

    /// <summary>Stages the file and reads its header row; a file Liaison cannot read is removed again and its problem thrown.</summary>
    public async Task<StagedUpload> UploadAsync(Stream content, string fileName, string type, SpreadsheetOptions options, CancellationToken ct)
    {
        if (!ImportTargets.IsKnown(type))
        {
            throw new SpreadsheetException("Unknown record type “{0}”.", type);
        }

        var upload = await staging.StageAsync(content, fileName, db.Scope.UserId ?? "", ct);
        try
        {
            upload.Type = type;
            (upload.Encoding, upload.Delimiter, upload.Sheet) = (options.Encoding, options.Delimiter, options.Sheet);
            var file = SpreadsheetFile.Open(staging.SourcePath(upload.Id), staging.Limits, upload.ReadOptions);
            _ = file.ReadRows(ct).Take(SampleRows).Count(); // a file whose first rows cannot be read goes no further
            (upload.Columns, _) = await ColumnMapping.ForAsync(db, type, file.Headers, ct);
            await staging.SaveAsync(upload, ct);
            return upload;
        }
        catch
        {
            staging.Delete(upload.Id);
            throw;
        }
    }

    public Task<StagedUpload?> FindAsync(string id, CancellationToken ct) => staging.FindAsync(id, db.Scope.UserId, ct);

    public async Task<UploadView> ViewAsync(StagedUpload upload, CancellationToken ct)
    {
        // The job first, then the stored state: a job that has finished has saved its result.
        var job = jobs.Find(upload.Id) is { } j ? new JobView(j.State, j.Commit, j.Rows, j.Total, j.Error) : null;
        upload = await staging.FindAsync(upload.Id, upload.OwnerId, ct) ?? upload;
        var file = SpreadsheetFile.Open(staging.SourcePath(upload.Id), staging.Limits, upload.ReadOptions);
        var samples = file.ReadRows(ct).Take(SampleRows).Select(r => r.Cells).ToList();
        var columns = upload.Columns ?? ColumnMapping.Suggest(upload.Type, file.Headers);
        var saved = await ColumnMapping.SavedAsync(db, upload.Type, file.Headers, ct);
        var problems = ColumnMapping.Problems(upload.Type, file.Headers, columns).Select(p => localizer[p.Format, p.Args].Value).ToList();
        return new UploadView(upload.Id, upload.FileName, upload.Size, upload.Type, file.Format.ToString().ToLowerInvariant(), file.EncodingName,
            file.Delimiter, file.SheetName, file.Sheets, file.Headers, samples, columns, saved is not null && saved.SequenceEqual(columns), problems,
            upload.SkipInvalid, job, upload.Check, upload.Result);
    }

    /// <summary>
    /// Sets the record type, reading options and mapping. Other reading options or another record type start the mapping
    /// again (from the saved mapping or the suggestions) and say so with <c>Reread</c>; otherwise the problems of the mapping.
    /// </summary>
    public async Task<(IReadOnlyList<string> Problems, bool Reread)> MapAsync(StagedUpload upload, string type, string[] columns, SpreadsheetOptions options, CancellationToken ct)
    {
        if (!ImportTargets.IsKnown(type))
        {
            return ([localizer["Unknown record type “{0}”.", type].Value], false);
        }

        // Options equal to what was detected are no change: the file keeps being detected.
        var current = SpreadsheetFile.Open(staging.SourcePath(upload.Id), staging.Limits, upload.ReadOptions);
        static bool Same(string? chosen, string? now) => chosen is null || string.Equals(chosen, now, StringComparison.OrdinalIgnoreCase);
        if (Same(options.Encoding, current.EncodingName) && Same(options.Delimiter, current.Delimiter) && Same(options.Sheet, current.SheetName))
        {
            options = upload.ReadOptions;
        }

        var file = options == upload.ReadOptions ? current : SpreadsheetFile.Open(staging.SourcePath(upload.Id), staging.Limits, options);
        (upload.Encoding, upload.Delimiter, upload.Sheet) = (options.Encoding, options.Delimiter, options.Sheet);
        upload.Check = upload.Result = null;
        if (file != current || type != upload.Type || columns.Length != file.Headers.Count)
        {
            upload.Type = type;
            (upload.Columns, _) = await ColumnMapping.ForAsync(db, type, file.Headers, ct);
            await staging.SaveAsync(upload, ct);
            return ([], true);
        }

        upload.Columns = columns;
        await staging.SaveAsync(upload, ct);
        return (ColumnMapping.Problems(type, file.Headers, columns).Select(p => localizer[p.Format, p.Args].Value).ToList(), false);
    }

    /// <summary>Starts checking every row with the current mapping, which is remembered for files with the same header row.</summary>
    public async Task<JobView> CheckAsync(StagedUpload upload, CancellationToken ct)
    {
        if (upload.Columns is { } columns)
        {
            var headers = SpreadsheetFile.Open(staging.SourcePath(upload.Id), staging.Limits, upload.ReadOptions).Headers;
            if (ColumnMapping.Problems(upload.Type, headers, columns).Count == 0)
            {
                await ColumnMapping.SaveAsync(db, upload.Type, headers, columns, ct);
            }
        }

        return View(jobs.Start(upload, db.Scope, commit: false));
    }

    /// <summary>Starts the import once a check has run; null when there is nothing to import yet.</summary>
    public async Task<JobView?> CommitAsync(StagedUpload upload, bool skipInvalid, CancellationToken ct)
    {
        if (upload.Check is null || upload.Result is { Committed: true })
        {
            return null;
        }

        upload.SkipInvalid = skipInvalid;
        await staging.SaveAsync(upload, ct);
        return View(jobs.Start(upload, db.Scope, commit: true));
    }

    public bool Cancel(StagedUpload upload) => jobs.Cancel(upload.Id);

    public string? ErrorReport(StagedUpload upload) => File.Exists(staging.ErrorReportPath(upload.Id)) ? staging.ErrorReportPath(upload.Id) : null;

    public void Discard(StagedUpload upload)
    {
        jobs.Cancel(upload.Id);
        staging.Delete(upload.Id);
    }

    public long MaxUploadBytes => staging.MaxUploadBytes;

    private static JobView View(ImportJob job) => new(job.State, job.Commit, job.Rows, job.Total, job.Error);
}
