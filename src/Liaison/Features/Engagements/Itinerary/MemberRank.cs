namespace Liaison.Features.Engagements.Itinerary;

/// <summary>
/// A membership's engagement, person and rank, read without the visibility filters. The booking warnings use it only for
/// the engagement being checked, which the viewer already sees, to tell its members and their order; the people and
/// engagements a warning names are read through the filters. Each filtered use of the memberships adds the people's and
/// engagements' filters to the statement, and PostgreSQL took 17 ms to plan the desk officer's.
/// </summary>
public sealed class MemberRank
{
    public const string Sql = """SELECT "EngagementId", "PersonId", "Rank" FROM "EngagementMembers" """;

    public int EngagementId { get; init; }

    public int PersonId { get; init; }

    public int Rank { get; init; }
}
