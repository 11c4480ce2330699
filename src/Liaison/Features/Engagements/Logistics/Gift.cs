using Liaison.Features.People;

namespace Liaison.Features.Engagements.Logistics;

public enum GiftDirection
{
    Given = 0,
    Received = 1,
}

/// <summary>The gift register: what was given or received, its value, and to or from whom.</summary>
public sealed class Gift
{
    public int Id { get; set; }
    public int EngagementId { get; set; }
    public Engagement? Engagement { get; set; }
    public GiftDirection Direction { get; set; }
    public string Item { get; set; } = "";
    public decimal? Value { get; set; }

    /// <summary>ISO 4217 code of <see cref="Value"/>.</summary>
    public string? Currency { get; set; }

    /// <summary>The counterpart person who received (given) or presented (received) it, when they are a people record.</summary>
    public int? PersonId { get; set; }
    public Person? Person { get; set; }

    /// <summary>Recipient (or giver) as written, when not a people record ("the delegation").</summary>
    public string? Recipient { get; set; }
    public DateOnly? On { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }
}
