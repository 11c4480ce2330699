namespace Liaison.Data;

public static class Clock
{
    /// <summary>Now, in UTC, to the microsecond: the precision both databases keep, so stored values hash the same when read back.</summary>
    public static DateTime UtcNow => Truncate(DateTime.UtcNow);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static DateTime Truncate(DateTime value) =>
        new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);
}
