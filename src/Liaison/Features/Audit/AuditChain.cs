using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Liaison.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Audit;

public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenId, string? Problem)
{
    public bool IsIntact => FirstBrokenId is null;
}

/// <summary>Computes and verifies the hash chain over <see cref="AuditEntry"/> rows.</summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(AuditEntry e)
    {
        var canonical = string.Join('\n',
            e.PreviousHash,
            e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            e.UserId ?? "",
            e.UserName,
            e.Action,
            e.EntityType,
            e.EntityId,
            e.Changes ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Walks the whole chain in id order, streaming, and names the first entry that does not verify.</summary>
    public static async Task<AuditVerification> VerifyAsync(LiaisonDbContext db, CancellationToken ct = default)
    {
        var previous = Genesis;
        long count = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (entry.PreviousHash != previous)
            {
                return new(count, entry.Id, $"entry {entry.Id} does not follow the entry before it (an entry was removed, inserted or altered)");
            }

            if (ComputeHash(entry) != entry.Hash)
            {
                return new(count, entry.Id, $"entry {entry.Id} was altered after it was written");
            }

            previous = entry.Hash;
        }

        return new(count, null, null);
    }
}
