using System.Text.Json;
using Liaison.Data;
using Liaison.Features.Countries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Liaison.Features.Engagements.Statistics;

/// <summary>The department's yearly figures: a headline, and a table with a chart for each dimension, exportable.</summary>
public sealed class StatisticsPageModel(LiaisonDbContext db) : PageModel
{
    private static readonly JsonSerializerOptions ChartJson = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public EngagementKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Desk { get; set; }

    public StatisticsFilter Filter { get; private set; } = StatisticsFilter.Default(Clock.UtcNow.Year);

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public StatisticsTotals Totals { get; private set; } = new(0, 0, 0, 0, 0);

    public IReadOnlyList<StatisticsTable> Tables { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Desks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (filter, _, errors) = StatisticsQueries.Parse(From, To, null, Kind, Desk, Clock.UtcNow.Year);
        Errors = errors;
        Filter = filter ?? StatisticsFilter.Default(Clock.UtcNow.Year) with { Kind = Kind, Desk = Desk };
        var tables = new List<StatisticsTable>();
        foreach (var by in Enum.GetValues<StatisticsDimension>())
        {
            tables.Add(await StatisticsQueries.TableAsync(db, Filter, by, ct));
        }

        Tables = tables;
        Totals = StatisticsQueries.Totals(tables[0]);
        Desks = await CountryListModel.DeskOptionsAsync(db, Desk, ct);
    }

    /// <summary>The address of an export of one table with the current filter.</summary>
    public string ExportUrl(StatisticsDimension by, string format) =>
        "/api/v1/statistics/engagements" + QueryString.Create(new Dictionary<string, string?>
        {
            ["from"] = Filter.FromYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = Filter.ToYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["by"] = by.ToString().ToLowerInvariant(),
            ["kind"] = Filter.Kind?.ToString(),
            ["desk"] = Filter.Desk?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["format"] = format,
        }.Where(p => p.Value is not null)).ToUriComponent();

    /// <summary>The labels of a table's rows, for the chart (read by wwwroot/js/statistics.js).</summary>
    public static string LabelsJson(StatisticsTable table) => JsonSerializer.Serialize(table.Rows.Select(r => r.Label), ChartJson);

    /// <summary>One number column of a table, for the chart.</summary>
    public static string ValuesJson(StatisticsTable table, Func<StatisticsRow, int> value) => JsonSerializer.Serialize(table.Rows.Select(value), ChartJson);
}
