using System.Globalization;
using System.Security.Claims;

namespace Liaison.Security;

/// <summary>The signed-in user of this request and their <see cref="AccessScope"/>.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private AccessScope? _scope;

    public ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? Id => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Outside a request (command line, startup) this is the system scope.</summary>
    public AccessScope Scope => _scope ??= Build();

    private AccessScope Build()
    {
        if (accessor.HttpContext is null)
        {
            return AccessScope.System;
        }

        var user = accessor.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return AccessScope.Anonymous;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var clearance = int.TryParse(user.FindFirstValue(LiaisonClaims.Clearance), CultureInfo.InvariantCulture, out var c)
            ? (Classification)Math.Clamp(c, 0, 3)
            : Classification.Public;
        var desks = user.FindAll(LiaisonClaims.Desk)
            .Select(d => int.TryParse(d.Value, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .ToArray();
        return new AccessScope(
            user.FindFirstValue(ClaimTypes.NameIdentifier),
            user.FindFirstValue(ClaimTypes.Name) ?? "",
            clearance,
            Roles.AllDesks.Any(roles.Contains),
            desks,
            roles);
    }
}
