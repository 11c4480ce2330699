using System.CommandLine;
using Liaison.Bench;
using Liaison.Bench.Report;
using Liaison.Bench.Setup;
using Spectre.Console;

var scale = new Option<string>("--scale") { Description = "Dataset size: demo, small, medium or full.", DefaultValueFactory = _ => "small" };
scale.AcceptOnlyFromAmong("demo", "small", "medium", "full");
var seed = new Option<int>("--seed") { Description = "Generator seed.", DefaultValueFactory = _ => 1 };
var provider = new Option<string>("--provider") { Description = "sqlite, postgres or both.", DefaultValueFactory = _ => "both" };
provider.AcceptOnlyFromAmong("sqlite", "postgres", "both");
var concurrency = new Option<int>("--concurrency") { Description = "Workers per page kind.", DefaultValueFactory = _ => 4 };
var seconds = new Option<double>("--seconds") { Description = "Measured seconds per page kind.", DefaultValueFactory = _ => 5 };
var sustained = new Option<bool>("--sustained") { Description = "Also 256 connections for 60 s on a mix of pages." };
var data = new Option<string>("--data") { Description = "Where datasets are built and kept.", DefaultValueFactory = _ => Path.Combine("bench", ".data") };
var shared = new Option<string>("--shared-data") { Description = "The public data files the importers are timed on.", DefaultValueFactory = _ => Path.Combine("..", "shared", "data") };
var only = new Option<string[]>("--only")
{
    Description = "Measure only the page kinds whose name contains one of these texts (the floor too), and skip the other figures: for profiling one page.",
    AllowMultipleArgumentsPerToken = true,
};
var output = new Option<string>("--out") { Description = "Where results are written.", DefaultValueFactory = _ => Path.Combine("bench", "results") };

var root = new RootCommand("Liaison benchmark: every page kind and API GET, search, statistics, cold start, memory, EF vs ADO.NET, on SQLite and PostgreSQL.")
{
    scale, seed, provider, concurrency, seconds, sustained, data, shared, output, only,
};
root.SetAction(async (result, ct) =>
{
    var providers = result.GetValue(provider) switch
    {
        "sqlite" => new[] { Provider.Sqlite },
        "postgres" => [Provider.Postgres],
        _ => [Provider.Sqlite, Provider.Postgres],
    };
    var options = new BenchOptions(result.GetValue(scale)!, result.GetValue(seed), providers, Math.Max(1, result.GetValue(concurrency)),
        Math.Max(0.5, result.GetValue(seconds)), result.GetValue(sustained), result.GetValue(data)!, result.GetValue(output)!, result.GetValue(shared)!,
        result.GetValue(only) ?? []);
    if (Console.IsOutputRedirected)
    {
        // Piped into a file or CI log: no terminal width to wrap the table at.
        AnsiConsole.Profile.Width = 240;
    }

    var started = DateTimeOffset.UtcNow;
    PublishedBuild.Ensure(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.DataRoot))!, ".build"), line => Console.WriteLine(line));
    var results = new List<ProviderResult>();
    foreach (var p in options.Providers)
    {
        AnsiConsole.MarkupLine($"[bold]{p}[/]");
        try
        {
            results.Add(await new ProviderRun(options, p, line => Console.WriteLine($"[{p}] {line}")).RunAsync());
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException or HttpRequestException)
        {
            // One provider failing (no PostgreSQL binaries, generator missing) still reports the other.
            AnsiConsole.MarkupLine($"[red]{p} failed:[/] {Markup.Escape(ex.Message)}");
        }
    }

    if (results.Count == 0)
    {
        return 1;
    }

    await ReportWriter.WriteAsync(options, results, started);
    return results.Count == options.Providers.Count ? 0 : 1;
});
return await root.Parse(args).InvokeAsync();
