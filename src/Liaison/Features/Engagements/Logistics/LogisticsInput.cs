using System.ComponentModel.DataAnnotations;

namespace Liaison.Features.Engagements.Logistics;

/// <summary>An arrival, departure, accommodation, transport or other arrangement as submitted (API body and page form).</summary>
public sealed class LogisticsInput
{
    public LogisticsKind Kind { get; set; } = LogisticsKind.Arrival;

    /// <summary>Flight or train number, hotel name, vehicles…</summary>
    [Required(ErrorMessage = "A value is required.")]
    [StringLength(200, ErrorMessage = "This field must be at most {1} characters.")]
    public string Reference { get; set; } = "";

    /// <summary>Airport, station, hotel address, pick-up point.</summary>
    [StringLength(300, ErrorMessage = "This field must be at most {1} characters.")]
    public string? Place { get; set; }

    /// <summary>Local time where it happens (arrival/departure time, check-in), as written, without a zone.</summary>
    public DateTime? StartsAt { get; set; }

    /// <summary>Local time (check-out, end of the transport booking).</summary>
    public DateTime? EndsAt { get; set; }

    [StringLength(2000, ErrorMessage = "Notes must be at most {1} characters.")]
    public string? Notes { get; set; }

    /// <summary>The version you loaded; required to change an item.</summary>
    public int? Version { get; set; }

    public static LogisticsInput From(LogisticsItem item) => new()
    {
        Kind = item.Kind,
        Reference = item.Reference,
        Place = item.Place,
        StartsAt = WallClock.Local(item.StartsAt),
        EndsAt = WallClock.Local(item.EndsAt),
        Notes = item.Notes,
        Version = item.Version,
    };
}

/// <summary>A gift given or received, as submitted.</summary>
public sealed class GiftInput
{
    public GiftDirection Direction { get; set; } = GiftDirection.Given;

    [Required(ErrorMessage = "A value is required.")]
    [StringLength(300, ErrorMessage = "This field must be at most {1} characters.")]
    public string Item { get; set; } = "";

    /// <summary>Its value, zero or more, in <see cref="Currency"/>.</summary>
    public decimal? Value { get; set; }

    /// <summary>ISO 4217 code, three capital letters ("EUR", "CNY"); required with a value.</summary>
    public string? Currency { get; set; }

    /// <summary>The counterpart person (a people record), if any.</summary>
    public int? PersonId { get; set; }

    /// <summary>Recipient (or giver) as written, when not a people record.</summary>
    [StringLength(300, ErrorMessage = "This field must be at most {1} characters.")]
    public string? Recipient { get; set; }

    public DateOnly? On { get; set; }

    [StringLength(2000, ErrorMessage = "Notes must be at most {1} characters.")]
    public string? Notes { get; set; }

    public int? Version { get; set; }

    public static GiftInput From(Gift gift) => new()
    {
        Direction = gift.Direction,
        Item = gift.Item,
        Value = gift.Value,
        Currency = gift.Currency,
        PersonId = gift.PersonId,
        Recipient = gift.Recipient,
        On = gift.On,
        Notes = gift.Notes,
        Version = gift.Version,
    };
}
