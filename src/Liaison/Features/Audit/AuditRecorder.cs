using System.Text.Json;
using System.Text.Json.Serialization;
using Liaison.Features.Search;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Liaison.Features.Audit;

/// <summary>Turns tracked changes into audit entries (before → after), leaving secrets out.</summary>
internal static class AuditRecorder
{
    private static readonly HashSet<string> SecretProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash", "NormalizedEmail", "NormalizedUserName", "Content"];

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record PendingChange(EntityEntry Entry, string Action, Dictionary<string, object?>? Before);

    public static bool IsAudited(Type type) =>
        type != typeof(AuditEntry)
        && type != typeof(SearchEntry)
        && type != typeof(People.PersonMatchKey)
        && type != typeof(Security.DataProtectionKey)
        && type != typeof(IdentityUserToken<string>)
        && type != typeof(IdentityUserLogin<string>)
        && type != typeof(IdentityRoleClaim<string>);

    /// <summary>Captures what will change, before SaveChanges resets original values.</summary>
    public static List<PendingChange> Capture(ChangeTracker tracker)
    {
        var pending = new List<PendingChange>();
        foreach (var entry in tracker.Entries())
        {
            if (!IsAudited(entry.Metadata.ClrType))
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    pending.Add(new(entry, AuditActions.Create, null));
                    break;
                case EntityState.Deleted:
                    pending.Add(new(entry, AuditActions.Delete, Values(entry, original: true)));
                    break;
                case EntityState.Modified:
                    var before = new Dictionary<string, object?>();
                    foreach (var p in entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
                    {
                        before[p.Metadata.Name] = p.OriginalValue;
                    }

                    if (before.Count > 0)
                    {
                        pending.Add(new(entry, AuditActions.Update, before));
                    }

                    break;
            }
        }

        return pending;
    }

    /// <summary>Builds the entries once keys are known (after the first save).</summary>
    public static IEnumerable<(string EntityType, string EntityId, string Action, string Changes)> Describe(IEnumerable<PendingChange> pending)
    {
        foreach (var change in pending)
        {
            var type = change.Entry.Metadata.ClrType.Name.Replace("Identity", "", StringComparison.Ordinal).Replace("`1", "", StringComparison.Ordinal);
            var id = KeyOf(change.Entry);
            object payload = change.Action switch
            {
                AuditActions.Create => Values(change.Entry, original: false),
                AuditActions.Delete => change.Before!,
                _ => change.Before!
                    .Where(kv => !SecretProperties.Contains(kv.Key))
                    .ToDictionary(kv => kv.Key, kv => new[] { kv.Value, change.Entry.Property(kv.Key).CurrentValue }),
            };
            yield return (type, id, change.Action, JsonSerializer.Serialize(payload, Json));
        }
    }

    private static Dictionary<string, object?> Values(EntityEntry entry, bool original) =>
        entry.Properties
            .Where(p => !SecretProperties.Contains(p.Metadata.Name))
            .Where(p => (original ? p.OriginalValue : p.CurrentValue) is not null)
            .ToDictionary(p => p.Metadata.Name, p => original ? p.OriginalValue : p.CurrentValue);

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? ""
            : string.Join('/', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
