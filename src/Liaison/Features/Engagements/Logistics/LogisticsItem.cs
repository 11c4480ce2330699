namespace Liaison.Features.Engagements.Logistics;

public enum LogisticsKind
{
    Arrival = 0,
    Departure = 1,
    Accommodation = 2,
    Transport = 3,
    Other = 4,
}

/// <summary>
/// One logistics arrangement: an arrival or departure (flight or train and time), accommodation (hotel, check-in and out),
/// transport (vehicles), or anything else. Times are local to where it happens.
/// </summary>
public sealed class LogisticsItem
{
    public int Id { get; set; }
    public int EngagementId { get; set; }
    public Engagement? Engagement { get; set; }
    public LogisticsKind Kind { get; set; }

    /// <summary>Flight or train number, hotel name, vehicle…</summary>
    public string Reference { get; set; } = "";

    /// <summary>Airport, station, hotel address, pick-up point.</summary>
    public string? Place { get; set; }
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }
}
