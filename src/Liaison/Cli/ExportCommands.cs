using System.CommandLine;
using Liaison.Data;
using Liaison.Features.Exports;
using Liaison.Security;

namespace Liaison.Cli;

internal static class ExportCommands
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "A new or empty folder for the CSV files and manifest.json." };
        var export = new Command("export", "Write the whole database as documented CSV files (one per table) and manifest.json, while Liaison keeps serving.") { dir };
        export.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            var db = services.GetRequiredService<LiaisonDbContext>();
            db.Scope = AccessScope.System;
            var provider = services.GetRequiredService<DatabaseOptions>().Provider;
            try
            {
                var done = await DatabaseExport.ExportAsync(db, provider, result.GetValue(dir)!, ct);
                Console.WriteLine($"Exported {done.Tables.Count} tables, {done.Rows:N0} rows to {done.Directory} in {done.Elapsed.TotalSeconds:0.0} s.");
                return 0;
            }
            catch (ExportRejectedException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 2;
            }
        }));
        return export;
    }
}
