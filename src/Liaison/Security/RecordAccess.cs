namespace Liaison.Security;

/// <summary>
/// The one place that decides record visibility and edit rights. Queries apply the same rule through
/// the DbContext query filters (see <c>LiaisonDbContext.Visibility.cs</c>); this class answers the questions
/// the filters cannot: who may change a record, and who may see our ties with it.
/// </summary>
public static class RecordAccess
{
    /// <summary>
    /// Editors change records of their own desks up to their clearance; international records (no country) are shared,
    /// so desk editors may change those up to Internal, and only the all-desks roles beyond.
    /// </summary>
    public static bool CanEdit(this AccessScope scope, Classification classification, int? deskId, bool hasCountry) =>
        scope.CanEditDirectory && WithinReach(scope, classification, deskId, hasCountry);

    /// <summary>Whether the user's role may log touchpoints at all (<see cref="Policies.LoggerRoles"/>).</summary>
    public static bool MayLogTouchpoints(this AccessScope scope) => Policies.LoggerRoles.Any(scope.IsInRole);

    /// <summary>
    /// Logging, changing or deleting a touchpoint owned by a desk: the logger roles, with the same desk and clearance reach
    /// as <see cref="CanEdit"/>. Touchpoints need Internal clearance to be seen at all.
    /// </summary>
    public static bool CanLogTouchpoint(this AccessScope scope, Classification classification, int? deskId, bool hasCountry) =>
        scope.MayLogTouchpoints() && scope.Clearance >= Classification.Internal && WithinReach(scope, classification, deskId, hasCountry);

    /// <summary>
    /// Creating and running an engagement owned by a desk (members, itinerary, logistics, outcomes, documents, lifecycle
    /// steps other than approval): the organizer roles, with the same reach as <see cref="CanLogTouchpoint"/>.
    /// </summary>
    public static bool CanOrganize(this AccessScope scope, Classification classification, int? deskId, bool hasCountry) =>
        Policies.OrganizerRoles.Any(scope.IsInRole) && scope.Clearance >= Classification.Internal
        && WithinReach(scope, classification, deskId, hasCountry);

    /// <summary>Approving a proposed engagement: leaders and administrators, within their reach.</summary>
    public static bool CanApprove(this AccessScope scope, Classification classification, int? deskId, bool hasCountry) =>
        Policies.ApproverRoles.Any(scope.IsInRole) && WithinReach(scope, classification, deskId, hasCountry);

    private static bool WithinReach(AccessScope scope, Classification classification, int? deskId, bool hasCountry) =>
        classification <= scope.Clearance
        && (scope.AllDesks || (hasCountry ? deskId is int id && scope.DeskIds.Contains(id) : classification <= Classification.Internal));

    /// <summary>Whether the user may give a record this classification at all.</summary>
    public static bool CanClassify(this AccessScope scope, Classification classification) => classification <= scope.Clearance;

    /// <summary>Our ties with an organization (level, notes, history) are desk business even when the organization is Public.</summary>
    public static bool CanSeeTies(this AccessScope scope, int? deskId, bool hasCountry) =>
        scope.Clearance >= Classification.Internal
        && (scope.AllDesks || !hasCountry || (deskId is int id && scope.DeskIds.Contains(id)));

    /// <summary>Contact channels: contact roles of the person's desk, Internal clearance or above.</summary>
    public static bool CanSeeContacts(this AccessScope scope, int? deskId, bool hasCountry) =>
        scope.SeesContacts && scope.CanSeeTies(deskId, hasCountry);
}
