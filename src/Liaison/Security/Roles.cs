namespace Liaison.Security;

public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Leader = nameof(Leader);
    public const string DeskOfficer = nameof(DeskOfficer);
    public const string ProtocolOfficer = nameof(ProtocolOfficer);
    public const string Researcher = nameof(Researcher);
    public const string InformationOfficer = nameof(InformationOfficer);
    public const string Viewer = nameof(Viewer);

    public static readonly IReadOnlyList<string> All =
        [Administrator, Leader, DeskOfficer, ProtocolOfficer, Researcher, InformationOfficer, Viewer];

    /// <summary>Roles whose holders see every desk (still bounded by their clearance).</summary>
    public static readonly IReadOnlyList<string> AllDesks = [Administrator, Leader];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    public static string? Normalize(string role) =>
        All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
}
