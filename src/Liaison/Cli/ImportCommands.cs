using System.CommandLine;
using System.Globalization;
using Liaison.Data;
using Liaison.Features.Imports;

namespace Liaison.Cli;

internal static class ImportCommands
{
    public static Command Create()
    {
        var import = new Command("import", "Import spreadsheets and public party data (Party Facts, ParlGov); list and roll back import runs.");
        import.Subcommands.Add(Importer("partyfacts", "FILE", "The Party Facts core parties file (partyfacts-core-parties.csv); pf-link-parlgov.csv and pf-wikidata.csv beside it add ParlGov and Wikidata ids.",
            PartyFactsImporter.ImportAsync));
        import.Subcommands.Add(Importer("parlgov", "DIR", "The folder of ParlGov tables (21__parties__Party.csv, 31__elections__Election.csv, 41__cabinets__Cabinet.csv, …).",
            ParlGovImporter.ImportAsync));
        import.Subcommands.Add(ImportFileCommand.Create());
        import.Subcommands.Add(Runs());
        import.Subcommands.Add(Rollback());
        return import;
    }

    private static Command Importer(string name, string argumentName, string description, Func<LiaisonDbContext, string, CancellationToken, Task<ImportSummary>> import)
    {
        var path = new Argument<string>(argumentName) { Description = description };
        var command = new Command(name, $"Import {(name == "partyfacts" ? "Party Facts parties" : "ParlGov parties, elections and cabinets")}; re-importing updates instead of duplicating.") { path };
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            var db = services.GetRequiredService<LiaisonDbContext>();
            if (await EnsureSchemaAsync(services, ct) is { } failed)
            {
                return failed;
            }

            try
            {
                var summary = await import(db, result.GetValue(path)!, ct);
                Console.WriteLine($"Import run {summary.RunId} ({summary.Kind}): {summary.Created} created, {summary.Updated} updated, {summary.Skipped} skipped in {summary.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s.");
                Console.WriteLine("Created: " + string.Join(", ", summary.CreatedByType.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value} {p.Key}")));
                return 0;
            }
            catch (ImportInputException e)
            {
                await Console.Error.WriteLineAsync("error: " + e.Message + " Nothing was imported.");
                return 2;
            }
        }));
        return command;
    }

    /// <summary>Upgrades an embedded database (or refuses an outdated server one) and loads the reference data; an exit code on failure.</summary>
    public static async Task<int?> EnsureSchemaAsync(IServiceProvider services, CancellationToken ct)
    {
        var migrator = services.GetRequiredService<SchemaMigrator>();
        if (services.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Sqlite)
        {
            await migrator.MigrateAsync(ct);
        }
        else if ((await migrator.PendingAsync(ct)).Count > 0)
        {
            await Console.Error.WriteLineAsync("error: the database schema is not up to date; run 'liaison migrate' first.");
            return 2;
        }

        await ReferenceData.EnsureAsync(services.GetRequiredService<LiaisonDbContext>(), ct);
        return null;
    }

    private static Command Runs()
    {
        var command = new Command("runs", "List import runs, newest first, with their counts and status.");
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            var page = await ImportQueries.ListAsync(services.GetRequiredService<LiaisonDbContext>(), 1, 200, ct);
            foreach (var r in page.Items)
            {
                var status = r.Status == ImportStatus.RolledBack ? $"rolled back {r.RolledBackAt:yyyy-MM-dd HH:mm} by {r.RolledBackBy}" : "completed";
                Console.WriteLine($"{r.Id,5}  {r.Kind,-10} {r.StartedAt:yyyy-MM-dd HH:mm}  {r.UserName,-20} {r.Created,7} created {r.Updated,6} updated {r.Skipped,6} skipped  {status}  {r.SourceName}");
            }

            Console.WriteLine($"{page.Total} import run(s).");
            return 0;
        }));
        return command;
    }

    private static Command Rollback()
    {
        var id = new Argument<int>("RUN_ID") { Description = "The import run to undo (see 'liaison import runs')." };
        var command = new Command("rollback", "Undo an import run: delete what it created and restore what it updated.") { id };
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            switch (await ImportRollback.RollBackAsync(services.GetRequiredService<LiaisonDbContext>(), result.GetValue(id), ct))
            {
                case RollbackOutcome.RolledBack r:
                    Console.WriteLine($"Rolled back import run {r.RunId}: {r.Deleted} row(s) deleted, {r.Restored} restored.");
                    return 0;
                case RollbackOutcome.Refused refused:
                    await Console.Error.WriteLineAsync("error: " + refused.Reason);
                    return 1;
                default:
                    await Console.Error.WriteLineAsync($"error: no import run {result.GetValue(id)}.");
                    return 2;
            }
        }));
        return command;
    }
}
