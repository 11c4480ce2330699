using System.CommandLine;
using System.Globalization;
using Liaison.Data;
using Liaison.Features.Imports;
using Liaison.Features.Imports.Files;
using Liaison.Features.Imports.Wizard;
using Microsoft.Extensions.Localization;

namespace Liaison.Cli;

/// <summary><c>liaison import file FILE --type people</c>: the import wizard on the command line.</summary>
internal static class ImportFileCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("FILE") { Description = "A CSV or XLSX file with a header row." };
        var type = new Option<string>("--type") { Description = "What each row is: people, organizations, positions, touchpoints or engagements.", DefaultValueFactory = _ => ImportTargets.People };
        var map = new Option<string?>("--map") { Description = "Columns to fields, e.g. \"Name=name_en,Mail=email\"; without it the mapping saved for this header row, else the suggested one." };
        var encoding = new Option<string?>("--encoding") { Description = "CSV encoding (utf-8, utf-16, gb18030, windows-1252); detected when left out." };
        var delimiter = new Option<string?>("--delimiter") { Description = "CSV separator (, ; tab |); detected when left out." };
        var sheet = new Option<string?>("--sheet") { Description = "XLSX worksheet; the first when left out." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the valid rows and skip invalid ones (otherwise one invalid row means nothing is imported)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row and report; write nothing." };
        var errors = new Option<string?>("--errors") { Description = "Write the invalid rows with what is wrong to this CSV file." };
        var command = new Command("file", "Import people, organizations, positions, touchpoints or engagements from a CSV or XLSX spreadsheet; re-importing updates instead of duplicating.")
        {
            path, type, map, encoding, delimiter, sheet, skipInvalid, dryRun, errors,
        };
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            var db = services.GetRequiredService<LiaisonDbContext>();
            var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();
            var kind = result.GetValue(type)!;
            if (!ImportTargets.IsKnown(kind))
            {
                await Console.Error.WriteLineAsync($"error: --type must be one of {string.Join(", ", ImportTargets.All)}.");
                return 2;
            }

            if (await ImportCommands.EnsureSchemaAsync(services, ct) is { } failed)
            {
                return failed;
            }

            try
            {
                var source = result.GetValue(path)!;
                if (!File.Exists(source))
                {
                    throw new ImportInputException($"{source}: file not found.");
                }

                var file = SpreadsheetFile.Open(source, new SpreadsheetLimits { MaxFileBytes = long.MaxValue },
                    new SpreadsheetOptions(result.GetValue(encoding), result.GetValue(delimiter), result.GetValue(sheet)));
                var columns = result.GetValue(map) is { } m ? ColumnMapping.Parse(m, file.Headers) : (await ColumnMapping.ForAsync(db, kind, file.Headers, ct)).Columns;
                Console.WriteLine($"{Path.GetFileName(source)}: {file.Format.ToString().ToUpperInvariant()}{(file.EncodingName is { } e ? ", " + e : "")}{(file.Delimiter is { } d ? ", separator " + (d == "\t" ? "tab" : d) : "")}{(file.SheetName is { } s ? ", sheet " + s : "")}");
                for (var i = 0; i < columns.Length; i++)
                {
                    Console.WriteLine($"  {file.Headers[i]} → {(columns[i].Length > 0 ? columns[i] : "(left out)")}");
                }

                if (ColumnMapping.Problems(kind, file.Headers, columns) is { Count: > 0 } problems)
                {
                    problems.ForEach(p => Console.Error.WriteLine("error: " + p.ToString()));
                    await Console.Error.WriteLineAsync("Nothing was imported; give the columns with --map \"Header=field,…\".");
                    return 2;
                }

                var commit = !result.GetValue(dryRun);
                var outcome = await SheetImporter.RunAsync(db, file, Path.GetFileName(source), ImportSession.Sha256Of([source]),
                    new SheetImportOptions(kind, columns, commit, result.GetValue(skipInvalid)), localizer, result.GetValue(errors), null, ct);
                Report(outcome, commit);
                if (commit && outcome.Committed && result.GetValue(map) is not null)
                {
                    await ColumnMapping.SaveAsync(db, kind, file.Headers, columns, ct);
                }

                return outcome.Invalid > 0 && !(commit && outcome.Committed) ? 1 : 0;
            }
            catch (Exception e) when (e is SpreadsheetException or ImportInputException)
            {
                await Console.Error.WriteLineAsync("error: " + e.Message + " Nothing was imported.");
                return 2;
            }
        }));
        return command;
    }

    private static void Report(SheetImportResult outcome, bool commit)
    {
        foreach (var error in outcome.Errors.Take(20))
        {
            Console.Error.WriteLine($"  row {error.Row}{(error.Column.Length > 0 ? ", " + error.Column : "")}: {error.Message}");
        }

        if (outcome.ErrorCount > 20)
        {
            Console.Error.WriteLine($"  … and {outcome.ErrorCount - 20} more (--errors FILE writes them all).");
        }

        var seconds = outcome.Seconds.ToString("0.00", CultureInfo.InvariantCulture);
        var counts = $"{outcome.Rows} rows: {outcome.Created} to create, {outcome.Updated} to update, {outcome.Unchanged} unchanged, {outcome.Invalid} invalid";
        if (!commit)
        {
            Console.WriteLine($"Checked {counts} in {seconds} s. Nothing was written (--dry-run).");
        }
        else if (outcome.Committed)
        {
            Console.WriteLine($"Import run {outcome.RunId} (spreadsheet): {outcome.Created} created, {outcome.Updated} updated, {outcome.Unchanged + outcome.Invalid} skipped in {seconds} s.");
            if (outcome.ProbableDuplicates > 0)
            {
                Console.WriteLine($"{outcome.ProbableDuplicates} new record(s) share a name with people on file elsewhere: review them in the duplicates queue (/people/duplicates).");
            }
        }
        else
        {
            Console.Error.WriteLine($"{counts}. Nothing was imported: fix the invalid rows, or use --skip-invalid to import the others.");
        }
    }
}
