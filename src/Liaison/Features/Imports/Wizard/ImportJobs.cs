using System.Collections.Concurrent;
using System.Globalization;
using Liaison.Data;
using Liaison.Features.Imports.Files;
using Liaison.Security;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Imports.Wizard;

public enum ImportJobState
{
    Running = 0,
    Done = 1,
    Failed = 2,
    Cancelled = 3,
}

/// <summary>A check or an import of one upload running in the background: its progress, and at the end its result or error.</summary>
public sealed class ImportJob(string uploadId, bool commit)
{
    private int _rows;

    public string UploadId { get; } = uploadId;
    public bool Commit { get; } = commit;
    public ImportJobState State { get; internal set; }
    public int Rows => _rows;
    public int? Total { get; init; }
    public string? Error { get; internal set; }
    internal CancellationTokenSource Cancellation { get; } = new();

    internal void Progress(int rows) => Interlocked.Exchange(ref _rows, rows);
}

/// <summary>
/// Runs checks and imports of uploads off the request, one at a time per upload, with the uploader's access scope and
/// language; progress is polled, cancelling writes nothing. The result is kept with the upload.
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, ImportStaging staging, ILogger<ImportJobs> logger)
{
    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new(StringComparer.Ordinal);

    public ImportJob? Find(string uploadId) => _jobs.GetValueOrDefault(uploadId);

    /// <summary>Starts a check (or with <paramref name="commit"/> an import) unless one is running for this upload.</summary>
    public ImportJob Start(StagedUpload upload, AccessScope scope, bool commit)
    {
        var job = new ImportJob(upload.Id, commit) { Total = upload.Check?.Rows };
        if (_jobs.TryGetValue(upload.Id, out var running) && running.State == ImportJobState.Running)
        {
            return running;
        }

        _jobs[upload.Id] = job;
        var culture = CultureInfo.CurrentUICulture;
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => RunAsync(job, upload, scope, culture));
        }

        return job;
    }

    public bool Cancel(string uploadId)
    {
        if (_jobs.TryGetValue(uploadId, out var job) && job.State == ImportJobState.Running)
        {
            job.Cancellation.Cancel();
            return true;
        }

        return false;
    }

    private async Task RunAsync(ImportJob job, StagedUpload upload, AccessScope scope, CultureInfo culture)
    {
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        var ct = job.Cancellation.Token;
        await using var services = scopes.CreateAsyncScope();
        var localizer = services.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
        try
        {
            var db = services.ServiceProvider.GetRequiredService<LiaisonDbContext>();
            db.Scope = scope;
            var file = SpreadsheetFile.Open(staging.SourcePath(upload.Id), staging.Limits, upload.ReadOptions);
            var options = new SheetImportOptions(upload.Type, upload.Columns!, job.Commit, upload.SkipInvalid);
            var result = await SheetImporter.RunAsync(
                db, file, upload.FileName, upload.Sha256, options, localizer, staging.ErrorReportPath(upload.Id), job.Progress, ct);
            if (job.Commit)
            {
                upload.Result = result;
            }
            else
            {
                upload.Check = result;
                upload.Result = null;
            }

            await staging.SaveAsync(upload, CancellationToken.None);
            job.State = ImportJobState.Done;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            job.State = ImportJobState.Cancelled;
        }
        catch (SpreadsheetException e)
        {
            job.Error = localizer[e.Format, e.Args].Value;
            job.State = ImportJobState.Failed;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Import of upload {Upload} failed", upload.Id);
            job.Error = localizer["The import stopped on an unexpected error; nothing was written. The error is in the server log."].Value;
            job.State = ImportJobState.Failed;
        }
    }
}
