namespace Liaison.Features.Engagements;

/// <summary>
/// The lifecycle: proposed → approved → confirmed → under way → completed, or cancelled / postponed on the way; a postponed
/// engagement is proposed again (and needs approval again). Completed and cancelled are final. Approval is the leaders' and
/// administrators' (<see cref="Security.Policies.Approver"/>); every other step is the organizers'.
/// </summary>
public static class EngagementLifecycle
{
    private static readonly Dictionary<EngagementStatus, EngagementStatus[]> Allowed = new()
    {
        [EngagementStatus.Proposed] = [EngagementStatus.Approved, EngagementStatus.Cancelled, EngagementStatus.Postponed],
        [EngagementStatus.Approved] = [EngagementStatus.Confirmed, EngagementStatus.Cancelled, EngagementStatus.Postponed],
        [EngagementStatus.Confirmed] = [EngagementStatus.UnderWay, EngagementStatus.Cancelled, EngagementStatus.Postponed],
        [EngagementStatus.UnderWay] = [EngagementStatus.Completed],
        [EngagementStatus.Postponed] = [EngagementStatus.Proposed, EngagementStatus.Cancelled],
        [EngagementStatus.Completed] = [],
        [EngagementStatus.Cancelled] = [],
    };

    public static IReadOnlyList<EngagementStatus> Next(EngagementStatus from) => Allowed[from];

    public static bool CanMove(EngagementStatus from, EngagementStatus to) => Allowed[from].Contains(to);

    /// <summary>Whether the step is an approval, which only leaders and administrators may give.</summary>
    public static bool NeedsApprover(EngagementStatus to) => to == EngagementStatus.Approved;

    /// <summary>Still going to happen (shown on calendars and checked for double bookings).</summary>
    public static bool IsActive(EngagementStatus status) =>
        status is not (EngagementStatus.Cancelled or EngagementStatus.Postponed);
}
