using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using Liaison.Data;
using Liaison.Features.Imports.Files;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Imports.Wizard;

/// <summary>What to do with a mapped spreadsheet: only check it (the preview), or import it.</summary>
public sealed record SheetImportOptions(string Type, IReadOnlyList<string> Columns, bool Commit, bool SkipInvalid);

/// <summary>
/// What a check or an import found: counts by outcome, the first errors (all are in the error report), a sample of
/// rows, and for an import its run (null when nothing was written).
/// </summary>
public sealed record SheetImportResult(
    int Rows, int Created, int Updated, int Unchanged, int Invalid, IReadOnlyList<RowError> Errors, int ErrorCount,
    IReadOnlyList<RowOutcome> Sample, int? RunId, int ProbableDuplicates, bool Committed, double Seconds);

/// <summary>
/// Runs a mapped spreadsheet through its record type a batch at a time: checks every row, and when importing writes
/// the valid ones in the run's one transaction. Without <see cref="SheetImportOptions.SkipInvalid"/> a single invalid
/// row means nothing is written; cancelling writes nothing either.
/// </summary>
public static class SheetImporter
{
    public const string Kind = "spreadsheet";
    private const int BatchSize = 1000;
    private const int KeptErrors = 500;
    private const int SampleRows = 20;

    public static async Task<SheetImportResult> RunAsync(
        LiaisonDbContext db, SpreadsheetFile file, string sourceName, string sha256, SheetImportOptions options, IStringLocalizer localizer,
        string? errorReport, Action<int>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var session = options.Commit ? await ImportSession.BeginAsync(db, Kind, sourceName, sha256, ct, matchParties: false) : null;
        var committed = false;
        try
        {
            SheetTarget target = options.Type switch
            {
                ImportTargets.People => new PeopleSheet(db, session, localizer, file.Headers, options.Columns),
                ImportTargets.Positions => new PositionSheet(db, session, localizer, file.Headers, options.Columns),
                ImportTargets.Touchpoints => new TouchpointSheet(db, session, localizer, file.Headers, options.Columns),
                ImportTargets.Engagements => new EngagementSheet(db, session, localizer, file.Headers, options.Columns),
                _ => new OrganizationSheet(db, session, localizer, file.Headers, options.Columns),
            };
            await target.PrepareAsync(ct);
            var tally = new Tally();
            await using (var report = errorReport is null ? null : ErrorReport.Create(errorReport, file.Headers, localizer))
            {
                var batch = new List<SpreadsheetRow>(BatchSize);
                foreach (var row in file.ReadRows(ct))
                {
                    batch.Add(row);
                    if (batch.Count == BatchSize)
                    {
                        await ProcessAsync(target, session, batch, options, tally, report, ct);
                        progress?.Invoke(tally.Rows);
                    }
                }

                await ProcessAsync(target, session, batch, options, tally, report, ct);
                progress?.Invoke(tally.Rows);
            }

            int? runId = null;
            if (session is not null && (options.SkipInvalid || tally.Invalid == 0))
            {
                await target.FinishAsync(ct);
                // The run counts spreadsheet rows (records), not the names and channels that came with them.
                (session.Run.Created, session.Run.Updated, session.Run.Skipped) = (tally.Created, tally.Updated, tally.Unchanged + tally.Invalid);
                runId = (await session.FinishAsync(ct)).RunId;
                committed = true;
            }

            return new SheetImportResult(tally.Rows, tally.Created, tally.Updated, tally.Unchanged, tally.Invalid, tally.Errors, tally.ErrorCount,
                tally.Sample, runId, target.ProbableDuplicates, committed, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            if (session is not null && !committed && db.Database.CurrentTransaction is not null)
            {
                await db.Database.RollbackTransactionAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task ProcessAsync(
        SheetTarget target, ImportSession? session, List<SpreadsheetRow> batch, SheetImportOptions options, Tally tally, ErrorReport? report, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        // Once an invalid row dooms an all-or-nothing import, the rest is only checked.
        var apply = session is not null && (options.SkipInvalid || tally.Invalid == 0);
        var outcomes = await target.ProcessAsync(batch, apply, ct);
        if (apply && tally.Invalid + outcomes.Count(o => o.Action == RowAction.Invalid) > 0 && !options.SkipInvalid)
        {
            apply = false;
        }

        if (apply)
        {
            await session!.SaveAsync(ct);
            target.Saved();
        }

        for (var i = 0; i < outcomes.Count; i++)
        {
            tally.Add(outcomes[i]);
            if (outcomes[i].Action == RowAction.Invalid && report is not null)
            {
                await report.WriteAsync(batch[i], outcomes[i].Errors, ct);
            }
        }

        batch.Clear();
    }

    private sealed class Tally
    {
        public int Rows { get; private set; }
        public int Created { get; private set; }
        public int Updated { get; private set; }
        public int Unchanged { get; private set; }
        public int Invalid { get; private set; }
        public int ErrorCount { get; private set; }
        public List<RowError> Errors { get; } = [];
        public List<RowOutcome> Sample { get; } = [];

        public void Add(RowOutcome outcome)
        {
            Rows++;
            switch (outcome.Action)
            {
                case RowAction.Create: Created++; break;
                case RowAction.Update: Updated++; break;
                case RowAction.Unchanged: Unchanged++; break;
                default: Invalid++; break;
            }

            ErrorCount += outcome.Errors.Count;
            Errors.AddRange(outcome.Errors.Take(Math.Max(0, KeptErrors - Errors.Count)));
            if (Sample.Count < SampleRows)
            {
                Sample.Add(outcome);
            }
        }
    }

    /// <summary>The invalid rows as CSV: row number, what is wrong, then the row's own cells, ready to fix and import again.</summary>
    private sealed class ErrorReport : IAsyncDisposable
    {
        private readonly CsvWriter _csv;

        private ErrorReport(CsvWriter csv) => _csv = csv;

        public static ErrorReport Create(string path, IReadOnlyList<string> headers, IStringLocalizer localizer)
        {
            var csv = CsvWriter.Create(File.Create(path), Exports.TableWriter.SpreadsheetCsvOptions);
            csv.WriteField(localizer["Row"].Value);
            csv.WriteField(localizer["Errors"].Value);
            foreach (var header in headers)
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            return new ErrorReport(csv);
        }

        public async Task WriteAsync(SpreadsheetRow row, IReadOnlyList<RowError> errors, CancellationToken ct)
        {
            _csv.WriteField(row.Number.ToString(CultureInfo.InvariantCulture));
            _csv.WriteField(string.Join("; ", errors.Select(e => e.Column.Length > 0 ? e.Column + ": " + e.Message : e.Message)));
            foreach (var cell in row.Cells)
            {
                _csv.WriteField(cell);
            }

            await _csv.EndRecordAsync(ct);
        }

        public ValueTask DisposeAsync() => _csv.DisposeAsync();
    }
}
