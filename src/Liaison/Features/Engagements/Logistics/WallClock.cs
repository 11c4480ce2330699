namespace Liaison.Features.Engagements.Logistics;

/// <summary>Logistics times are local wall-clock times, stored as written.</summary>
public static class WallClock
{
    /// <summary>Local wall-clock times carry no zone, so the API shows none.</summary>
    public static DateTime? Local(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Unspecified) : null;
}
