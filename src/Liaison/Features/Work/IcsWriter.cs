using System.Globalization;
using System.Text;

namespace Liaison.Features.Work;

/// <summary>
/// A minimal iCalendar (RFC 5545) writer for published, read-only feeds: CRLF line ends, lines folded at 75 octets
/// without splitting a UTF-8 sequence, TEXT values escaped (backslash, semicolon, comma, line breaks) and stripped of
/// control characters, all-day events with <c>VALUE=DATE</c>.
/// </summary>
public sealed class IcsWriter
{
    public const int MaxLineOctets = 75;
    private readonly StringBuilder _text = new();

    public IcsWriter BeginCalendar(string name)
    {
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Liaison//Calendar feed//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(name));
        return this;
    }

    /// <summary>An all-day event; <paramref name="rrule"/> e.g. <c>FREQ=YEARLY</c> makes it recur.</summary>
    public IcsWriter AllDayEvent(string uid, DateTime stamp, DateOnly date, string summary, string? description = null, string? url = null, string? rrule = null)
    {
        Line("BEGIN:VEVENT");
        Line("UID:" + Escape(uid));
        Line("DTSTAMP:" + stamp.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        Line("DTSTART;VALUE=DATE:" + Date(date));
        Line("DTEND;VALUE=DATE:" + Date(date.AddDays(1)));
        if (rrule is not null)
        {
            Line("RRULE:" + rrule);
        }

        Line("SUMMARY:" + Escape(summary));
        if (!string.IsNullOrEmpty(description))
        {
            Line("DESCRIPTION:" + Escape(description));
        }

        if (!string.IsNullOrEmpty(url))
        {
            Line("URL:" + StripControls(url));
        }

        Line("TRANSP:TRANSPARENT");
        Line("END:VEVENT");
        return this;
    }

    /// <summary>
    /// An all-day event over several days: <paramref name="lastDay"/> is the last day it takes place (DTEND, exclusive, is the
    /// day after); <paramref name="status"/> is TENTATIVE, CONFIRMED or CANCELLED.
    /// </summary>
    public IcsWriter AllDaySpan(
        string uid, DateTime stamp, DateOnly firstDay, DateOnly lastDay, string summary, string? description, string? url, string? location, string? status)
    {
        Line("BEGIN:VEVENT");
        Line("UID:" + Escape(uid));
        Line("DTSTAMP:" + stamp.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        Line("DTSTART;VALUE=DATE:" + Date(firstDay));
        Line("DTEND;VALUE=DATE:" + Date((lastDay < firstDay ? firstDay : lastDay).AddDays(1)));
        Line("SUMMARY:" + Escape(summary));
        if (!string.IsNullOrEmpty(location))
        {
            Line("LOCATION:" + Escape(location));
        }

        if (!string.IsNullOrEmpty(description))
        {
            Line("DESCRIPTION:" + Escape(description));
        }

        if (!string.IsNullOrEmpty(url))
        {
            Line("URL:" + StripControls(url));
        }

        if (status is "TENTATIVE" or "CONFIRMED" or "CANCELLED")
        {
            Line("STATUS:" + status);
        }

        Line("TRANSP:TRANSPARENT");
        Line("END:VEVENT");
        return this;
    }

    public IcsWriter EndCalendar()
    {
        Line("END:VCALENDAR");
        return this;
    }

    public override string ToString() => _text.ToString();

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A TEXT value: backslash, semicolon and comma escaped, every kind of line break as <c>\n</c>, other control characters dropped.</summary>
    public static string Escape(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var result = new StringBuilder(normalized.Length + 8);
        foreach (var c in normalized)
        {
            switch (c)
            {
                case '\\': result.Append(@"\\"); break;
                case ';': result.Append(@"\;"); break;
                case ',': result.Append(@"\,"); break;
                case '\n': result.Append(@"\n"); break;
                case '\t': result.Append(' '); break;
                default:
                    if (!IsControl(c))
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>Splits one content line into physical lines of at most 75 octets; continuation lines start with a space.</summary>
    public static IEnumerable<string> Fold(string line)
    {
        var current = new StringBuilder();
        var octets = 0;
        Span<byte> buffer = stackalloc byte[4];
        var parts = new List<string>();
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.EncodeToUtf8(buffer);
            if (octets + size > MaxLineOctets)
            {
                parts.Add(current.ToString());
                current.Clear().Append(' ');
                octets = 1;
            }

            current.Append(rune.ToString());
            octets += size;
        }

        parts.Add(current.ToString());
        return parts;
    }

    private void Line(string contentLine)
    {
        foreach (var physical in Fold(contentLine))
        {
            _text.Append(physical).Append("\r\n");
        }
    }

    private static string StripControls(string text) => string.Concat(text.Where(c => !IsControl(c)));

    private static bool IsControl(char c) => c < ' ' || c == '\u007f';
}
