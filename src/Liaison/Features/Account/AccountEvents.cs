using System.Text.Json;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Security;

namespace Liaison.Features.Account;

/// <summary>
/// Audit events about a user's account. A successful sign-in is recorded as that user's act even before the
/// cookie exists; a failed one stays anonymous, since whoever typed the password is not known to be the user.
/// </summary>
internal static class AccountEvents
{
    public static Task RecordAsync(LiaisonDbContext db, string action, AppUser user, object? details = null, CancellationToken ct = default)
    {
        if (db.Scope.UserId is null && action != AuditActions.SignInFailed)
        {
            db.Scope = AccessScope.Anonymous with { UserId = user.Id, UserName = user.Email ?? user.Id };
        }

        return db.AuditEventAsync(action, nameof(AppUser), user.Id, details is null ? null : JsonSerializer.Serialize(details), ct);
    }

    /// <summary>A failed sign-in for an address that has no account: no user id to attach it to.</summary>
    public static Task RecordUnknownAsync(LiaisonDbContext db, string email, CancellationToken ct = default) =>
        db.AuditEventAsync(AuditActions.SignInFailed, nameof(AppUser), "", JsonSerializer.Serialize(new { email, reason = "unknown user" }), ct);

    public static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
