using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Liaison.Features.Engagements.Statistics;

/// <summary>A statistics table as exported: the filter it was computed with, the totals and its rows.</summary>
public sealed record StatisticsReport(
    StatisticsDimension By, int From, int To, EngagementKind? Kind, int? Desk, StatisticsTotals Totals, IReadOnlyList<StatisticsRow> Rows);

/// <summary>
/// CSV (UTF-8 with a byte-order mark so spreadsheet programs read Chinese correctly; cells that a spreadsheet would run as a
/// formula are neutralised with a leading apostrophe) and JSON of one statistics table.
/// </summary>
public static class StatisticsExport
{
    public static readonly string[] Columns =
        ["key", "label", "engagements", "delegations_received", "people_received", "delegations_sent", "people_sent"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string FileName(StatisticsReport report, string extension) =>
        $"engagements-by-{report.By.ToString().ToLowerInvariant()}-{report.From}-{report.To}.{extension}";

    /// <summary>The CSV text, without the byte-order mark (see <see cref="CsvBytes"/>).</summary>
    public static string Csv(StatisticsReport report)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Columns).Append("\r\n");
        foreach (var row in report.Rows)
        {
            string[] cells =
            [
                row.Key, row.Label, Number(row.Engagements), Number(row.DelegationsReceived), Number(row.PeopleReceived),
                Number(row.DelegationsSent), Number(row.PeopleSent),
            ];
            text.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }

        return text.ToString();
    }

    public static byte[] CsvBytes(StatisticsReport report) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv(report))];

    public static string JsonText(StatisticsReport report) => JsonSerializer.Serialize(report, Json);

    /// <summary>One CSV cell: formula-like text gets a leading apostrophe, then quoting where needed.</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
