using System.Text;
using Liaison.Features.Work;

namespace Liaison.Tests.Work;

public sealed class IcsWriterTests
{
    [Fact]
    public void Text_values_escape_backslash_semicolon_comma_and_every_line_break()
    {
        IcsWriter.Escape("a\\b;c,d\r\ne\nf\rg\th\u0007i").ShouldBe(@"a\\b\;c\,d\ne\nf\ng h" + "i");
        Ics.Unescape(IcsWriter.Escape("Li, \"Tiger\"; C:\\Temp")).ShouldBe("Li, \"Tiger\"; C:\\Temp");
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character()
    {
        var value = string.Concat(Enumerable.Repeat("外交部 ✈️ Ünïcödé 𝒳 ", 20));
        var folded = IcsWriter.Fold("SUMMARY:" + value).ToList();
        folded.Count.ShouldBeGreaterThan(3);
        folded.ShouldAllBe(l => Encoding.UTF8.GetByteCount(l) <= 75);
        folded.Skip(1).ShouldAllBe(l => l.StartsWith(' '));
        string.Concat(folded.Select((l, i) => i == 0 ? l : l[1..])).ShouldBe("SUMMARY:" + value);
        folded.ShouldAllBe(l => !l.Contains('\uFFFD'));
        IcsWriter.Fold("SHORT:x").ShouldBe(["SHORT:x"]);
        IcsWriter.Fold(new string('a', 75)).ShouldBe([new string('a', 75)]);
        IcsWriter.Fold(new string('a', 76)).ShouldBe([new string('a', 75), " a"]);
    }

    [Fact]
    public void A_calendar_is_crlf_terminated_with_all_day_and_yearly_events()
    {
        var text = new IcsWriter().BeginCalendar("Liaison — Wang, Li")
            .AllDayEvent("task-1@liaison", new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc), new DateOnly(2025, 3, 1), "Call; back")
            .AllDayEvent("person-2-birthday@liaison", new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc), new DateOnly(1952, 2, 29), "Birthday", rrule: "FREQ=YEARLY")
            .EndCalendar().ToString();
        var lines = Ics.Lines(text);
        lines.ShouldContain("X-WR-CALNAME:Liaison — Wang\\, Li");
        lines.ShouldContain("DTSTAMP:20250102T030405Z");
        lines.ShouldContain("DTSTART;VALUE=DATE:20250301");
        lines.ShouldContain("DTEND;VALUE=DATE:20250302");
        lines.ShouldContain("SUMMARY:Call\\; back");
        lines.ShouldContain("RRULE:FREQ=YEARLY");
        lines[^1].ShouldBe("END:VCALENDAR");
        Ics.Events(text).Count.ShouldBe(2);
    }

    [Fact]
    public void Next_anniversary_of_29_February_falls_on_the_28th_in_common_years()
    {
        MyWorkQueries.NextOccurrence(new DateOnly(1960, 2, 29), new DateOnly(2027, 1, 10)).ShouldBe(new DateOnly(2027, 2, 28));
        MyWorkQueries.NextOccurrence(new DateOnly(1960, 2, 29), new DateOnly(2028, 1, 10)).ShouldBe(new DateOnly(2028, 2, 29));
        MyWorkQueries.NextOccurrence(new DateOnly(1960, 1, 5), new DateOnly(2027, 12, 20)).ShouldBe(new DateOnly(2028, 1, 5));
        MyWorkQueries.NextOccurrence(new DateOnly(1960, 12, 20), new DateOnly(2027, 12, 20)).ShouldBe(new DateOnly(2027, 12, 20));
    }
}
