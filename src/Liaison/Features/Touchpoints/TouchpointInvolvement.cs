namespace Liaison.Features.Touchpoints;

/// <summary>
/// Who is involved in a touchpoint: its author, and each participant. Read without the visibility filters, for
/// "my touchpoints" only: the ids it gives go into a touchpoint query that applies the filters itself. Filtered, the
/// id list repeated the touchpoints' filter for both halves, and someone with hundreds of thousands of touchpoints
/// waited for all of them to be checked twice before the first page.
/// </summary>
public sealed class TouchpointInvolvement
{
    public const string Sql = """
        SELECT "Id" AS "TouchpointId", "CreatedById" AS "UserId" FROM "Touchpoints" WHERE "CreatedById" IS NOT NULL
        UNION ALL
        SELECT "TouchpointId", "UserId" FROM "TouchpointParticipants"
        """;

    public int TouchpointId { get; init; }

    public string UserId { get; init; } = "";
}
