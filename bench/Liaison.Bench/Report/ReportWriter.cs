using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Liaison.Bench.Figures;
using Spectre.Console;

namespace Liaison.Bench.Report;

/// <summary>One table of every figure (SQLite, PostgreSQL, their ratio, target, met) on the console, in Markdown and in JSON.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private sealed record Row(string Group, string Name, Figure? Sqlite, Figure? Postgres)
    {
        public string Ratio => Sqlite is { Value: var s } && Postgres is { Value: var p } && p != 0 && double.IsFinite(s / p)
            ? (s / p).ToString("0.00", CultureInfo.InvariantCulture) : "";

        public string Target => Sqlite?.Target ?? Postgres?.Target ?? "";

        public string Met => string.Join(" ", new[] { Sqlite, Postgres }.Where(f => f?.Met is not null).Select(f => f!.Met == true ? "✓" : "✗"));
    }

    public static async Task WriteAsync(BenchOptions options, IReadOnlyList<ProviderResult> results, DateTimeOffset started)
    {
        var rows = Rows(results);
        var table = new Table().Border(TableBorder.Rounded).Title($"Liaison bench — {options.Scale} dataset, seed {options.Seed}");
        table.AddColumns("figure", "SQLite", "PostgreSQL", "SQLite/PG", "target", "met");
        string? group = null;
        foreach (var row in rows)
        {
            if (row.Group != group)
            {
                group = row.Group;
                table.AddRow(new Markup($"[bold]{Markup.Escape(group)}[/]"), Text.Empty, Text.Empty, Text.Empty, Text.Empty, Text.Empty);
            }

            table.AddRow(Markup.Escape("  " + row.Name), Markup.Escape(row.Sqlite?.Display ?? ""), Markup.Escape(row.Postgres?.Display ?? ""),
                row.Ratio, Markup.Escape(row.Target), row.Met.Contains('✗', StringComparison.Ordinal) ? $"[red]{row.Met}[/]" : $"[green]{row.Met}[/]");
        }

        AnsiConsole.Write(table);

        Directory.CreateDirectory(options.OutDir);
        var markdown = Markdown(options, rows, results, started);
        var json = JsonSerializer.Serialize(new
        {
            date = started,
            machine = MachineInfo.Read(),
            options = new { options.Scale, options.Seed, providers = options.Providers.Select(p => p.ToString()), options.Concurrency, options.Seconds, options.Sustained },
            datasets = results.ToDictionary(r => r.Provider.ToString(), r => new { options.Scale, options.Seed, rows = r.Rows, generation = r.Generation, desk = r.Desk }),
            figures = results.ToDictionary(r => r.Provider.ToString(), r => r.Figures),
        }, Json);
        // A partial run (--only) never replaces the last whole run's figures.
        var stamp = started.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + (options.IsPartial ? "-partial" : "");
        var latest = options.IsPartial ? "partial" : "latest";
        await File.WriteAllTextAsync(Path.Combine(options.OutDir, $"{stamp}.json"), json);
        await File.WriteAllTextAsync(Path.Combine(options.OutDir, $"{latest}.json"), json);
        await File.WriteAllTextAsync(Path.Combine(options.OutDir, $"{latest}.md"), markdown);
        AnsiConsole.MarkupLine($"Written: [bold]{Markup.Escape(Path.Combine(options.OutDir, stamp + ".json"))}[/], {latest}.json, {latest}.md");
    }

    private static List<Row> Rows(IReadOnlyList<ProviderResult> results)
    {
        var sqlite = results.FirstOrDefault(r => r.Provider == Provider.Sqlite)?.Figures ?? [];
        var postgres = results.FirstOrDefault(r => r.Provider == Provider.Postgres)?.Figures ?? [];
        var keys = sqlite.Concat(postgres).Select(f => (f.Group, f.Name)).Distinct().ToList();
        var groupOrder = keys.Select(k => k.Group).Distinct().ToList();
        return [.. keys
            .OrderBy(k => groupOrder.IndexOf(k.Group))
            .Select(k => new Row(k.Group, k.Name,
                sqlite.FirstOrDefault(f => f.Group == k.Group && f.Name == k.Name),
                postgres.FirstOrDefault(f => f.Group == k.Group && f.Name == k.Name)))];
    }

    private static string Markdown(BenchOptions options, List<Row> rows, IReadOnlyList<ProviderResult> results, DateTimeOffset started)
    {
        var machine = MachineInfo.Read();
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Benchmark of {started:yyyy-MM-dd}, `{options.Scale}` dataset (seed {options.Seed}), {options.Concurrency} workers × {options.Seconds:0.#} s per page kind; "
            + $"{machine.Cores} cores, {machine.Cpu}, {machine.RamGb:0} GB, {machine.DotNet}. Times are server p95 (Server-Timing) where the product reports it.");
        foreach (var result in results)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{result.Provider} rows: {string.Join(", ", result.Rows.Select(r => $"{r.Key} {r.Value:N0}"))}.");
        }

        md.AppendLine();
        md.AppendLine("| figure | SQLite | PostgreSQL | SQLite/PG | target | met |");
        md.AppendLine("|---|---|---|---|---|---|");
        string? group = null;
        foreach (var row in rows)
        {
            if (row.Group != group)
            {
                group = row.Group;
                md.AppendLine(CultureInfo.InvariantCulture, $"| **{group}** | | | | | |");
            }

            md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(row.Name)} | {Cell(row.Sqlite?.Display)} | {Cell(row.Postgres?.Display)} | {row.Ratio} | {Cell(row.Target)} | {row.Met} |");
        }

        return md.ToString();
    }

    private static string Cell(string? text) => (text ?? "").Replace("|", "\\|", StringComparison.Ordinal);
}
