using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Liaison.Bench.Load;
using Liaison.Bench.Setup;

namespace Liaison.Bench.Figures;

/// <summary>Data in and out: the public-dataset importers on an empty database, and list exports at full size.</summary>
public static partial class DataFigures
{
    /// <summary>
    /// <c>liaison import partyfacts</c> then <c>liaison import parlgov</c> on an empty database beside the dataset, with
    /// the files of <paramref name="sharedData"/>; the seconds are the importers' own (process start excluded).
    /// </summary>
    public static async Task<IReadOnlyList<Figure>> ImportsAsync(Dataset dataset, string sharedData)
    {
        var partyFacts = Path.Combine(sharedData, "partyfacts", "partyfacts-core-parties.csv");
        var parlGov = Path.Combine(sharedData, "parlgov");
        if (!File.Exists(partyFacts) || !Directory.Exists(parlGov))
        {
            return [];
        }

        var (directory, environment) = dataset.Scratch("imports");
        var liaison = new LiaisonProcess(dataset, directory, environment);
        await liaison.RunCheckedAsync(null, TimeSpan.FromMinutes(5), "migrate");
        return
        [
            await ImportAsync(liaison, "Party Facts core parties file", 1, "partyfacts", partyFacts),
            await ImportAsync(liaison, "all ParlGov tables (after Party Facts)", 2, "parlgov", parlGov),
            await SpreadsheetAsync(liaison, directory),
        ];
    }

    /// <summary>
    /// <c>liaison import file</c> of a generated 100,000-row contact sheet (names in two scripts, country, e-mail, phone,
    /// organization and position) into the same database; rows per second of the importer's own time.
    /// </summary>
    private static async Task<Figure> SpreadsheetAsync(LiaisonProcess liaison, string directory)
    {
        const int rows = 100_000;
        var file = Path.Combine(directory, "contacts.csv");
        var countries = new[] { "DEU", "FRA", "VNM", "BRA", "ZAF", "IND", "MEX", "EGY" };
        await using (var writer = new StreamWriter(file, false, new System.Text.UTF8Encoding(true)))
        {
            await writer.WriteLineAsync("Name,Chinese name,Country,E-mail,Phone,Gender,Birth year,Tags");
            for (var i = 0; i < rows; i++)
            {
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Contact Person {i},联系人{i},{countries[i % countries.Length]},contact{i}@example.org,+49 30 {i:0000000},{(i % 2 == 0 ? "female" : "male")},{1940 + (i % 60)},imported;bench"));
            }
        }

        var figure = await ImportAsync(liaison, "generic spreadsheet (100,000 people rows)", double.MaxValue, "file", file, "--type", "people");
        if (double.IsNaN(figure.Value))
        {
            return figure;
        }

        var perSecond = rows / figure.Value;
        return Figure.AtLeast("Import", "generic spreadsheet, rows per second", perSecond, "rows/s", 50_000,
            $"{perSecond:N0} rows/s ({rows:N0} people with e-mail and phone in {figure.Value:0.00} s)", figure.Raw);
    }

    /// <summary>Every person the administrator sees (200,000 at full size) as CSV and as XLSX, timed to the last byte.</summary>
    public static async Task<IReadOnlyList<Figure>> ExportsAsync(HttpClient http, Session admin)
    {
        var figures = new List<Figure>();
        var rows = 0;
        foreach (var format in new[] { "csv", "xlsx" })
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.SendAsync(admin.Get("/api/v1/people/export?format=" + format), HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var seconds = clock.Elapsed.TotalSeconds;
            // The CSV's lines count the rows (no field of a person holds a line break); the XLSX has the same rows.
            rows = format == "csv" ? bytes.Count(b => b == (byte)'\n') - 1 : rows;
            var per100K = seconds * 100_000 / Math.Max(rows, 1);
            figures.Add(Figure.AtMost("Export", $"people list as {format.ToUpperInvariant()}, per 100,000 rows", per100K, "s", 2,
                $"{per100K:0.00} s per 100,000 ({rows:N0} rows in {seconds:0.00} s, {bytes.Length / 1048576.0:0.0} MB)",
                new { seconds, rows, bytes = bytes.Length }));
        }

        return figures;
    }

    private static async Task<Figure> ImportAsync(LiaisonProcess liaison, string name, double target, params string[] args)
    {
        var result = await liaison.RunAsync(null, TimeSpan.FromMinutes(10), ["import", .. args]);
        var match = ImportLine().Match(result.Output);
        if (result.ExitCode != 0 || !match.Success)
        {
            return new Figure("Import", name, double.NaN, "s", $"FAILED (exit {result.ExitCode}): {result.Error.Trim()}", Raw: result.Output) with { Met = false };
        }

        var created = int.Parse(match.Groups["created"].Value, CultureInfo.InvariantCulture);
        var updated = int.Parse(match.Groups["updated"].Value, CultureInfo.InvariantCulture);
        var seconds = double.Parse(match.Groups["seconds"].Value, CultureInfo.InvariantCulture);
        return Figure.AtMost("Import", name, seconds, "s", target,
            $"{seconds:0.00} s ({created:N0} created, {updated:N0} updated)", new { seconds, created, updated, output = result.Output.Trim() });
    }

    [GeneratedRegex(@"(?<created>\d+) created, (?<updated>\d+) updated, \d+ skipped in (?<seconds>[\d.]+) s")]
    private static partial Regex ImportLine();
}
