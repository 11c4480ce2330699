using System.Globalization;
using Liaison.Data;

namespace Liaison.Web;

public static class DateParsing
{
    public static bool TryParseOrToday(string? text, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = Clock.Today;
            return true;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
