namespace Liaison.Features.Audit;

public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Read = "read";
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string TokenCreated = "token-created";
    public const string TokenRevoked = "token-revoked";
    public const string PasswordChanged = "password-changed";
    public const string Merge = "merge";
    public const string Unmerge = "unmerge";
    public const string Backup = "backup";
    public const string Restore = "restore";
    public const string Export = "export";
}

/// <summary>
/// One append-only, hash-chained record of a change or a sensitive read.
/// <see cref="Hash"/> covers this entry's fields and <see cref="PreviousHash"/>, so removing or editing
/// any entry breaks the chain at that point.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";

    /// <summary>JSON object: field → [before, after] for updates, field → value for creates and deletes.</summary>
    public string? Changes { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
