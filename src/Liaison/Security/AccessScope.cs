using System.Globalization;

namespace Liaison.Security;

/// <summary>
/// What one user may see: the single input of every visibility decision
/// (query filters in the DbContext and edit checks in <see cref="RecordAccess"/>).
/// </summary>
public sealed record AccessScope(
    string? UserId,
    string UserName,
    Classification Clearance,
    bool AllDesks,
    int[] DeskIds,
    IReadOnlySet<string> Roles)
{
    /// <summary>The command line, migrations and seeding: sees and changes everything.</summary>
    public static readonly AccessScope System =
        new(null, "system", Classification.Restricted, true, [], new HashSet<string> { Security.Roles.Administrator });

    /// <summary>Not signed in: public records only.</summary>
    public static readonly AccessScope Anonymous =
        new(null, "anonymous", Classification.Public, false, [], new HashSet<string>());

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool IsAdministrator => IsInRole(Security.Roles.Administrator);

    public bool CanEditDirectory => Policies.EditorRoles.Any(IsInRole);

    /// <summary>Whether the user's role may see contact channels at all (desk and clearance still apply).</summary>
    public bool SeesContacts => Policies.ContactRoles.Any(IsInRole);

    public bool CoversDesk(int? deskId) => AllDesks || (deskId is int id && DeskIds.Contains(id));

    /// <summary>The desk ids as one text, ",3,7,": one scalar query parameter (see <c>LiaisonDbContext.InViewerDesks</c>).</summary>
    public string DeskList => "," + string.Join(',', DeskIds.Select(id => id.ToString(CultureInfo.InvariantCulture))) + ",";
}
