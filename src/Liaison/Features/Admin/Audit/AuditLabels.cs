using Liaison.Features.Audit;

namespace Liaison.Features.Admin.Audit;

/// <summary>Words for the audit trail's action and record-type codes (English keys, translated by the shared resource).</summary>
public static class AuditLabels
{
    public static string Action(string code) => code switch
    {
        AuditActions.Create => "Created",
        AuditActions.Update => "Changed",
        AuditActions.Delete => "Deleted",
        AuditActions.Read => "Read (sensitive)",
        AuditActions.SignIn => "Signed in",
        AuditActions.SignInFailed => "Sign-in failed",
        AuditActions.SignOut => "Signed out",
        AuditActions.PasswordChanged => "Password changed",
        AuditActions.TokenCreated => "Token created",
        AuditActions.TokenRevoked => "Token revoked",
        AuditActions.Merge => "Merged duplicate",
        AuditActions.Unmerge => "Merge reverted",
        AuditActions.Backup => "Backup taken",
        AuditActions.Restore => "Restored from a backup",
        AuditActions.Export => "Exported a list",
        _ => code,
    };

    public static string EntityType(string code) => code switch
    {
        "AppUser" => "User",
        "UserRole" => "User role",
        "UserDesk" => "User's desk",
        "ApiToken" => "API token",
        "OrganizationName" => "Other name",
        "StandingSpan" => "Standing",
        "RelationshipLevelChange" => "Relationship level change",
        "RelationshipLevel" => "Relationship level",
        "LineageLink" => "Lineage",
        "ElectionResult" => "Election result",
        "PersonMerge" => "Merge of people",
        "DistinctPeople" => "Not the same person",
        "Database" => "Database",
        _ => code,
    };
}
