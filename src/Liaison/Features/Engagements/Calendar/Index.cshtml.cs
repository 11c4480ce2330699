using System.Globalization;
using Liaison.Data;
using Liaison.Features.Countries;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Liaison.Features.Engagements.Calendar;

public enum CalendarView
{
    Month,
    Week,
    List,
}

/// <summary>The engagements calendar: a month grid (weeks from Monday), a week of seven day columns, or a list from a date.</summary>
public sealed class CalendarPageModel(LiaisonDbContext db) : PageModel
{
    public const int ListPageSize = 50;

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? ViewName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Desk { get; set; }

    [BindProperty(SupportsGet = true)]
    public EngagementKind? Kind { get; set; }

    /// <summary>Empty: the active statuses; "all"; or one status.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public CalendarView View { get; private set; }

    public DateOnly Anchor { get; private set; }

    public DateOnly Today { get; } = Clock.Today;

    public bool DateInvalid { get; private set; }

    /// <summary>The days shown, Monday first: whole weeks around the month, or one week.</summary>
    public IReadOnlyList<DateOnly> Days { get; private set; } = [];

    public IReadOnlyList<CalendarEntry> Entries { get; private set; } = [];

    public Page<CalendarEntry> List { get; private set; } = new([], 0, 1, ListPageSize);

    public bool Truncated { get; private set; }

    public IReadOnlyList<SelectListItem> Desks { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Statuses { get; private set; } = [];

    public static CultureInfo Culture => CultureInfo.CurrentUICulture;

    public PageLinks Links => new(List.PageNumber, List.PageSize, List.Total, p => UrlFor(View, Anchor, p));

    public string Title => View switch
    {
        CalendarView.Month => Anchor.ToString("Y", Culture),
        CalendarView.Week => $"{Days[0].ToString("d", Culture)} – {Days[^1].ToString("d", Culture)}",
        _ => Anchor.ToString("D", Culture),
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = Enum.TryParse<CalendarView>(ViewName, ignoreCase: true, out var view) && Enum.IsDefined(view) ? view : CalendarView.Month;
        Anchor = Today;
        if (!string.IsNullOrWhiteSpace(Date))
        {
            if (DateOnly.TryParseExact(Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && date.Year is > 1900 and < 2200)
            {
                Anchor = date;
            }
            else
            {
                DateInvalid = true;
            }
        }

        var filter = new CalendarFilter(Desk, Kind, ParseStatus(Status));
        switch (View)
        {
            case CalendarView.Month:
                var first = new DateOnly(Anchor.Year, Anchor.Month, 1);
                var start = Monday(first);
                var end = Monday(first.AddMonths(1).AddDays(-1)).AddDays(6);
                Days = Enumerable.Range(0, end.DayNumber - start.DayNumber + 1).Select(start.AddDays).ToList();
                break;
            case CalendarView.Week:
                Days = Enumerable.Range(0, 7).Select(Monday(Anchor).AddDays).ToList();
                break;
        }

        if (View == CalendarView.List)
        {
            List = await CalendarQueries.ListAsync(db, Anchor, filter, PageNumber, ListPageSize, ct);
        }
        else
        {
            Entries = await CalendarQueries.RangeAsync(db, Days[0], Days[^1], filter, ct);
            Truncated = Entries.Count >= CalendarQueries.RangeLimit;
        }

        Desks = await CountryListModel.DeskOptionsAsync(db, Desk, ct);
        Statuses = Enum.GetValues<EngagementStatus>()
            .Select(s => new SelectListItem(EnumText.Name(s), s.ToString(), string.Equals(Status, s.ToString(), StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public IEnumerable<CalendarEntry> On(DateOnly day) => Entries.Where(e => e.Covers(day));

    /// <summary>The earlier or later month or week (a month for the list), keeping the filters.</summary>
    public string Step(int direction) => UrlFor(View, View switch
    {
        CalendarView.Week => Anchor.AddDays(7 * direction),
        _ => Anchor.AddMonths(direction),
    });

    public string UrlFor(CalendarView view, DateOnly date, int? page = null) =>
        "/engagements/calendar" + QueryString.Create(new Dictionary<string, string?>
        {
            ["view"] = view.ToString().ToLowerInvariant(),
            ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["desk"] = Desk?.ToString(CultureInfo.InvariantCulture),
            ["kind"] = Kind?.ToString(),
            ["status"] = string.IsNullOrEmpty(Status) ? null : Status,
            ["p"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
        }.Where(p => p.Value is not null)).ToUriComponent();

    public static string StatusClass(EngagementStatus status) => "cal-status-" + status.ToString().ToLowerInvariant();

    private static IReadOnlyCollection<EngagementStatus> ParseStatus(string? status) =>
        CalendarQueries.ParseStatuses([status]) ?? CalendarFilter.ActiveStatuses;
}
