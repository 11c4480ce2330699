using Microsoft.AspNetCore.Authorization;

namespace Liaison.Security;

public static class Policies
{
    /// <summary>Any signed-in, enabled user.</summary>
    public const string Reader = nameof(Reader);

    /// <summary>May create and edit directory records (within their desks).</summary>
    public const string Editor = nameof(Editor);

    /// <summary>May log touchpoints (interactions) within their desks: the editor roles and protocol officers.</summary>
    public const string Logger = nameof(Logger);

    /// <summary>May create and run engagements (visits, forums…) within their desks: the logger roles.</summary>
    public const string Organizer = nameof(Organizer);

    /// <summary>May approve proposed engagements: leaders and administrators.</summary>
    public const string Approver = nameof(Approver);

    /// <summary>Users, desks and settings.</summary>
    public const string Admin = nameof(Admin);

    /// <summary>The audit trail shows every record's contents, so it needs an administrator with Restricted clearance.</summary>
    public const string Auditor = nameof(Auditor);

    public static readonly IReadOnlyList<string> EditorRoles = [Roles.Administrator, Roles.Leader, Roles.DeskOfficer];

    /// <summary>Roles that may log touchpoints: the single definition used by the policy and by <see cref="RecordAccess.CanLogTouchpoint"/>.</summary>
    public static readonly IReadOnlyList<string> LoggerRoles = [.. EditorRoles, Roles.ProtocolOfficer];

    /// <summary>Roles that organize engagements: the single definition used by the policy and <see cref="RecordAccess.CanOrganize"/>.</summary>
    public static readonly IReadOnlyList<string> OrganizerRoles = LoggerRoles;

    /// <summary>Roles that approve engagements.</summary>
    public static readonly IReadOnlyList<string> ApproverRoles = [Roles.Administrator, Roles.Leader];

    /// <summary>Roles that may see people's contact channels (still only within their desks and clearance).</summary>
    public static readonly IReadOnlyList<string> ContactRoles = [Roles.Administrator, Roles.Leader, Roles.DeskOfficer, Roles.ProtocolOfficer];

    public static AuthorizationBuilder AddLiaisonPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Reader, p => p.RequireAuthenticatedUser())
        .AddPolicy(Editor, p => p.RequireAuthenticatedUser().RequireRole(EditorRoles))
        .AddPolicy(Logger, p => p.RequireAuthenticatedUser().RequireRole(LoggerRoles))
        .AddPolicy(Organizer, p => p.RequireAuthenticatedUser().RequireRole(OrganizerRoles))
        .AddPolicy(Approver, p => p.RequireAuthenticatedUser().RequireRole(ApproverRoles))
        .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator))
        .AddPolicy(Auditor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator)
            .RequireClaim(LiaisonClaims.Clearance, ((int)Classification.Restricted).ToString(System.Globalization.CultureInfo.InvariantCulture)))
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
}
