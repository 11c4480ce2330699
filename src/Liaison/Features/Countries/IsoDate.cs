using System.Globalization;

namespace Liaison.Features.Countries;

/// <summary>Dates shown as YYYY-MM-DD in both languages, the form the date inputs and the API use.</summary>
public static class IsoDate
{
    public static string Format(DateOnly? date, string empty = "—") =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? empty;

    public static string Format(DateTime? time) =>
        time?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "—";
}
