using Liaison.Web;

namespace Liaison.Features.Engagements;

/// <summary>The caller sees the engagement but may not make this change (the API answers 403, pages forbid).</summary>
public sealed record EngagementForbidden(string Message) : EditResult;

public static class EngagementResults
{
    public const string NotYours = "You may not change this engagement.";

    /// <summary>Like <see cref="EditResults.ToHttp"/>, with 403 for a change the caller's role or reach does not allow.</summary>
    public static IResult ToEngagementHttp(this EditResult result, Func<EditResult.Saved, IResult> saved) => result switch
    {
        EngagementForbidden f => TypedResults.Problem(f.Message, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
        _ => result.ToHttp(saved),
    };

    /// <summary>What a user may do with a visible engagement: nothing when they cannot organize in its desk.</summary>
    public static EditResult? Guard(EngagementHeader? header) =>
        header is null ? new EditResult.NotFound()
        : !header.CanOrganize ? new EngagementForbidden(NotYours)
        : null;
}
