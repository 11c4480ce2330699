using System.CommandLine;
using Liaison.Data;
using Liaison.Features.Demo.Scale;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Cli;

internal static class DevCommands
{
    public static Command Create()
    {
        var dev = new Command("dev", "Developer tools.");
        var provider = new Option<DatabaseProvider>("--provider") { DefaultValueFactory = _ => DatabaseProvider.Sqlite };
        var script = new Command("schema-script", "Print the CREATE script of the current EF model, the starting point of a new migration.") { provider };
        script.SetAction(result =>
        {
            var options = new DbContextOptionsBuilder<LiaisonDbContext>();
            DataServiceExtensions.Configure(options, result.GetValue(provider),
                result.GetValue(provider) == DatabaseProvider.Postgres ? "Host=localhost" : "Data Source=:memory:");
            using var db = new LiaisonDbContext(options.Options);
            Console.WriteLine(db.Database.GenerateCreateScript());
            return 0;
        });
        dev.Subcommands.Add(script);
        dev.Subcommands.Add(GenerateCommand());
        return dev;
    }

    private static Command GenerateCommand()
    {
        var scale = new Option<ScaleSize>("--scale") { Description = "small, medium or full (TARGETS.md).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator (default 1).", DefaultValueFactory = _ => 1 };
        var today = new Option<DateOnly?>("--today") { Description = "The day the department's records reach (YYYY-MM-DD, default today)." };
        var generate = new Command("generate", "Fill an empty database with the demo department scaled out to a size: the same scale, seed and day give the same rows.")
        {
            scale, seed, today,
        };
        generate.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            var db = services.GetRequiredService<LiaisonDbContext>();
            db.Scope = AccessScope.System;
            await services.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
            await ReferenceData.EnsureAsync(db, ct);
            if (await db.Organizations.IgnoreQueryFilters().AnyAsync(ct))
            {
                await Console.Error.WriteLineAsync("This database already has organizations: generate fills only an empty database.");
                return 2;
            }

            var day = result.GetValue(today) ?? Clock.Today;
            Console.WriteLine($"Generating the {result.GetValue(scale).ToString().ToLowerInvariant()} dataset (seed {result.GetValue(seed)}, today {day:yyyy-MM-dd})…");
            try
            {
                var report = await new ScaleGenerator(db, Console.Out).GenerateAsync(result.GetValue(scale), result.GetValue(seed), day, ct);
                Console.WriteLine();
                foreach (var (table, rows) in report.Tables.Where(t => t.Rows > 0))
                {
                    Console.WriteLine(FormattableString.Invariant($"  {table,-28} {rows,12:N0}"));
                }

                var total = report.Tables.Sum(t => t.Rows);
                var seconds = report.Elapsed.TotalSeconds;
                Console.WriteLine(FormattableString.Invariant($"  {"total",-28} {total,12:N0} rows in {seconds:F1} s ({report.RowsAdded / seconds:N0} bulk rows/s)"));
                return 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await Console.Error.WriteLineAsync($"generation failed, delete the database and start again: {e.Message}");
                return 1;
            }
        }));
        return generate;
    }
}
