using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Liaison.Features.Imports.Files;

/// <summary>
/// Turns a cell's stored value into the text a user sees: shared and inline strings, numbers in invariant culture,
/// TRUE/FALSE, and numbers in a date format as ISO dates. A formula cell gives its cached value, never the formula.
/// </summary>
internal sealed class XlsxValues
{
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly DateKind[] _styles;
    private readonly bool _date1904;

    private XlsxValues(IReadOnlyList<string> sharedStrings, DateKind[] styles, bool date1904)
    {
        _sharedStrings = sharedStrings;
        _styles = styles;
        _date1904 = date1904;
    }

    private enum DateKind
    {
        None,
        Date,
        Time,
    }

    public static XlsxValues Load(WorkbookPart workbook, IReadOnlyList<string> sharedStrings) =>
        new(sharedStrings, Styles(workbook.WorkbookStylesPart?.Stylesheet), workbook.Workbook.WorkbookProperties?.Date1904?.Value == true);

    /// <summary>The text of a cell from its type (t), style (s) and stored value (v); an inline string is read by the caller.</summary>
    public string Text(string? type, uint? style, string? raw)
    {
        if (raw is null)
        {
            return "";
        }

        if (type == "s")
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count
                ? _sharedStrings[index]
                : throw new SpreadsheetException(SpreadsheetMessages.DamagedWorkbook);
        }

        if (type == "d")
        {
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso) ? Iso(iso.Ticks, DateKind.Date) : raw;
        }

        if (type == "b")
        {
            return raw.Trim() is "1" or "true" ? "TRUE" : "FALSE";
        }

        if (type is null or "n" &&
            double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            var kind = style is { } s && s < _styles.Length ? _styles[s] : DateKind.None;
            return kind == DateKind.None ? Number(number) : Date(number, kind);
        }

        return raw;
    }

    /// <summary>The text of a shared or inline string: its own text, or its runs' text; phonetic guides are left out.</summary>
    public static string RichText(DocumentFormat.OpenXml.OpenXmlCompositeElement item)
    {
        if (item.GetFirstChild<Text>() is { } text)
        {
            return text.Text;
        }

        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
    }

    /// <summary>Integers in full (1000000000000000, not 1E+15); other numbers in their shortest round-trip form (0.1).</summary>
    private static string Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e21
            ? value.ToString("F0", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    private string Date(double serial, DateKind kind)
    {
        // Excel counts 1900-02-29, which did not exist; OLE dates start a day earlier to make up for it after that.
        var days = _date1904 ? serial + 1462 : serial < 61 && serial >= 1 ? serial + 1 : serial;
        if (days is < -657434 or > 2958465)
        {
            return Number(serial);
        }

        return Iso(DateTime.FromOADate(days).Ticks, serial < 1 ? kind : DateKind.Date);
    }

    /// <summary>yyyy-MM-dd, with THH:mm (and :ss when there are seconds) for a time of day; a time format under a day is only the time.</summary>
    private static string Iso(long ticks, DateKind kind)
    {
        var moment = new DateTime((ticks + (TimeSpan.TicksPerSecond / 2)) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, DateTimeKind.Unspecified);
        var time = moment.Second == 0 ? "HH:mm" : "HH:mm:ss";
        return kind == DateKind.Time
            ? moment.ToString(time, CultureInfo.InvariantCulture)
            : moment.TimeOfDay == TimeSpan.Zero
                ? moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : moment.ToString("yyyy-MM-dd'T'" + time, CultureInfo.InvariantCulture);
    }

    /// <summary>Whether each cell style (cellXfs) shows its number as a date, a time, or a number.</summary>
    private static DateKind[] Styles(Stylesheet? stylesheet)
    {
        if (stylesheet?.CellFormats is not { } formats)
        {
            return [];
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => Kind(g.First().FormatCode?.Value ?? "")) ?? [];
        return formats.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value is { } id ? custom.TryGetValue(id, out var kind) ? kind : BuiltIn(id) : DateKind.None)
            .ToArray();
    }

    private static DateKind BuiltIn(uint id) => id switch
    {
        (>= 14 and <= 17) or 22 => DateKind.Date,
        (>= 18 and <= 21) or (>= 45 and <= 47) => DateKind.Time,
        _ => DateKind.None,
    };

    /// <summary>A custom format is a date when it has d, m or y outside quotes, brackets and escapes; h or s alone make a time.</summary>
    private static DateKind Kind(string code)
    {
        var section = code.Split(';')[0];
        bool date = false, hour = false, month = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = char.ToLowerInvariant(section[i]);
            switch (c)
            {
                case '"':
                    i = section.IndexOf('"', i + 1) is var q and >= 0 ? q : section.Length;
                    break;
                case '[':
                    i = section.IndexOf(']', i + 1) is var b and >= 0 ? b : section.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'd' or 'y':
                    date = true;
                    break;
                case 'm':
                    month = true;
                    break;
                case 'h' or 's':
                    hour = true;
                    break;
                default:
                    break;
            }
        }

        return date || (month && !hour) ? DateKind.Date : hour ? DateKind.Time : DateKind.None;
    }
}
