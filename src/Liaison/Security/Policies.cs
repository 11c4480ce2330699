using Microsoft.AspNetCore.Authorization;

namespace Liaison.Security;

public static class Policies
{
    /// <summary>Any signed-in, enabled user.</summary>
    public const string Reader = nameof(Reader);

    /// <summary>May create and edit directory records (within their desks).</summary>
    public const string Editor = nameof(Editor);

    /// <summary>Users, desks, audit and settings.</summary>
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> EditorRoles = [Roles.Administrator, Roles.Leader, Roles.DeskOfficer];

    public static AuthorizationBuilder AddLiaisonPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Reader, p => p.RequireAuthenticatedUser())
        .AddPolicy(Editor, p => p.RequireAuthenticatedUser().RequireRole(EditorRoles))
        .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator))
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
}
