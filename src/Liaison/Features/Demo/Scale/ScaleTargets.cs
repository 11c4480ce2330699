namespace Liaison.Features.Demo.Scale;

public enum ScaleSize
{
    Small,
    Medium,
    Full,
}

/// <summary>
/// Row totals a scale aims at: full is the dataset of TARGETS.md, medium a tenth, small a hundredth. The demo department is
/// the base; each kind then grows to its total, and by at least a thousandth of the full size so every stage runs at every scale.
/// </summary>
public sealed record ScaleTargets(int Organizations, int People, int Positions, int Engagements, int MembersAndItinerary, int Touchpoints, int Documents, int AuditEntries)
{
    public static readonly ScaleTargets Full = new(10_000, 200_000, 600_000, 50_000, 500_000, 2_000_000, 100_000, 2_000_000);

    public static ScaleTargets For(ScaleSize size) => size switch
    {
        ScaleSize.Full => Full,
        ScaleSize.Medium => Full.Divide(10),
        _ => Full.Divide(100),
    };

    /// <summary>How many rows to add to reach <paramref name="total"/> from <paramref name="existing"/>.</summary>
    public static int Extra(int total, int existing, int full) => Math.Max(total - existing, full / 1000);

    private ScaleTargets Divide(int by) => new(Organizations / by, People / by, Positions / by, Engagements / by, MembersAndItinerary / by,
        Touchpoints / by, Documents / by, AuditEntries / by);
}
