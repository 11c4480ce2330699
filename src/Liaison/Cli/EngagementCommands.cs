using System.CommandLine;
using System.Text;
using Liaison.Data;
using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Statistics;
using Liaison.Security;

namespace Liaison.Cli;

internal static class EngagementCommands
{
    public static Command Create()
    {
        var engagements = new Command("engagements", "Engagements: the yearly statistics.");
        engagements.Subcommands.Add(Stats());
        return engagements;
    }

    private static Command Stats()
    {
        var by = new Option<string>("--by") { Description = "year, region, country, kind or family.", DefaultValueFactory = _ => "year" };
        var from = new Option<int?>("--from") { Description = "First year (default: nine years before --to)." };
        var to = new Option<int?>("--to") { Description = "Last year (default: this year)." };
        var kind = new Option<string?>("--kind") { Description = "Only this kind, e.g. InboundVisit." };
        var format = new Option<string>("--format") { Description = "csv or json.", DefaultValueFactory = _ => "csv" };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("stats", "Print the statistics of completed engagements (everything, system scope) as CSV or JSON.")
        {
            by, from, to, kind, format, output,
        };
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            EngagementKind? onlyKind = null;
            if (result.GetValue(kind) is { Length: > 0 } k)
            {
                if (!Enum.TryParse<EngagementKind>(k, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || k.Any(char.IsDigit))
                {
                    await Console.Error.WriteLineAsync($"error: unknown kind '{k}'; use {string.Join(", ", Enum.GetNames<EngagementKind>())}.");
                    return 2;
                }

                onlyKind = parsed;
            }

            var chosenFormat = result.GetValue(format)?.ToLowerInvariant();
            if (chosenFormat is not ("csv" or "json"))
            {
                await Console.Error.WriteLineAsync("error: --format must be csv or json.");
                return 2;
            }

            var (filter, dimension, errors) = StatisticsQueries.Parse(result.GetValue(from), result.GetValue(to), result.GetValue(by), onlyKind, null, Clock.UtcNow.Year);
            if (filter is null)
            {
                foreach (var (field, messages) in errors)
                {
                    await Console.Error.WriteLineAsync($"error: --{field}: {string.Join(" ", messages)}");
                }

                return 2;
            }

            var db = services.GetRequiredService<LiaisonDbContext>();
            db.Scope = AccessScope.System;
            var report = await StatisticsQueries.ReportAsync(db, filter, dimension, ct);
            if (result.GetValue(output) is { } file)
            {
                var bytes = chosenFormat == "csv" ? StatisticsExport.CsvBytes(report) : Encoding.UTF8.GetBytes(StatisticsExport.JsonText(report));
                await File.WriteAllBytesAsync(file.FullName, bytes, ct);
                Console.WriteLine($"Wrote {report.Rows.Count} row(s) to {file.FullName}.");
            }
            else
            {
                Console.Write(chosenFormat == "csv" ? StatisticsExport.Csv(report) : StatisticsExport.JsonText(report) + Environment.NewLine);
            }

            return 0;
        }));
        return command;
    }
}
