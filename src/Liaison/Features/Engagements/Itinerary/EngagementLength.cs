namespace Liaison.Features.Engagements.Itinerary;

/// <summary>
/// An engagement's length in days, read from every engagement without the visibility filters: only its maximum is used,
/// as a bound on how long before another engagement one at the same time can start, and never shown. Mapped to a query of
/// its own (<see cref="Data.LiaisonDbContext"/>) so that a statement may use it beside filtered entities; an index on the
/// same expression (migrations 0019/0021) gives the maximum at once.
/// </summary>
public sealed class EngagementLength
{
    public int Days { get; init; }

    public static string Sql(bool postgres) => postgres
        ? """SELECT "EndsOn" - "StartsOn" AS "Days" FROM "Engagements" """
        : """SELECT CAST(julianday("EndsOn") - julianday('0001-01-01') AS INTEGER) - CAST(julianday("StartsOn") - julianday('0001-01-01') AS INTEGER) AS "Days" FROM "Engagements" """;
}
