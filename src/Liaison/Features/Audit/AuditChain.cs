using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
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
    private const int BatchSize = 4096;

    public static string ComputeHash(AuditEntry e)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(CanonicalMaxBytes(e));
        try
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, WriteCanonical(e, buffer)), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Walks the whole chain in id order and names the first entry that does not verify. The rows are read on one
    /// thread and hashed on another (a raw reader of the columns the hash covers, no change tracking, one reused
    /// buffer), so two million entries verify in seconds.
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(LiaisonDbContext db, CancellationToken ct = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var batches = Channel.CreateBounded<List<AuditEntry>>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadAsync(db, batches.Writer, stop.Token), stop.Token);
        var walk = new ChainWalk();
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
            {
                if (walk.Check(batch) is { } broken)
                {
                    return broken;
                }
            }

            await reading;
            return new(walk.Count, null, null);
        }
        finally
        {
            await stop.CancelAsync();
            await reading.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>The verifying side of <see cref="VerifyAsync"/>: the chain so far and one reused buffer.</summary>
    private sealed class ChainWalk
    {
        private string _previous = Genesis;
        private byte[] _buffer = new byte[4096];

        public long Count { get; private set; }

        public AuditVerification? Check(List<AuditEntry> batch)
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            Span<char> hex = stackalloc char[SHA256.HashSizeInBytes * 2];
            foreach (var entry in batch)
            {
                Count++;
                if (entry.PreviousHash != _previous)
                {
                    return new(Count, entry.Id, $"entry {entry.Id} does not follow the entry before it (an entry was removed, inserted or altered)");
                }

                var needed = CanonicalMaxBytes(entry);
                if (_buffer.Length < needed)
                {
                    _buffer = new byte[needed];
                }

                SHA256.HashData(_buffer.AsSpan(0, WriteCanonical(entry, _buffer)), hash);
                Convert.TryToHexStringLower(hash, hex, out _);
                if (!hex.SequenceEqual(entry.Hash))
                {
                    return new(Count, entry.Id, $"entry {entry.Id} was altered after it was written");
                }

                _previous = entry.Hash;
            }

            return null;
        }
    }

    private static async Task ReadAsync(LiaisonDbContext db, ChannelWriter<List<AuditEntry>> writer, CancellationToken ct)
    {
        try
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    SELECT "Id", "At", "UserId", "UserName", "Action", "EntityType", "EntityId", "Changes", "PreviousHash", "Hash"
                    FROM "AuditEntries" ORDER BY "Id"
                    """;
                command.CommandTimeout = 0;
                await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
                var batch = new List<AuditEntry>(BatchSize);
                while (await reader.ReadAsync(ct))
                {
                    batch.Add(new AuditEntry
                    {
                        Id = reader.GetInt64(0),
                        At = DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc),
                        UserId = reader.IsDBNull(2) ? null : reader.GetString(2),
                        UserName = reader.GetString(3),
                        Action = reader.GetString(4),
                        EntityType = reader.GetString(5),
                        EntityId = reader.GetString(6),
                        Changes = reader.IsDBNull(7) ? null : reader.GetString(7),
                        PreviousHash = reader.GetString(8),
                        Hash = reader.GetString(9),
                    });
                    if (batch.Count == BatchSize)
                    {
                        await writer.WriteAsync(batch, ct);
                        batch = new List<AuditEntry>(BatchSize);
                    }
                }

                await writer.WriteAsync(batch, ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
        }
    }

    // The canonical form the hash covers: the fields, one per line, the time with microseconds in UTC.
    private static int CanonicalMaxBytes(AuditEntry e) =>
        Encoding.UTF8.GetMaxByteCount(e.PreviousHash.Length + (e.UserId?.Length ?? 0) + e.UserName.Length + e.Action.Length
            + e.EntityType.Length + e.EntityId.Length + (e.Changes?.Length ?? 0)) + 64;

    private static int WriteCanonical(AuditEntry e, byte[] buffer)
    {
        var span = buffer.AsSpan();
        var n = Encoding.UTF8.GetBytes(e.PreviousHash, span);
        span[n++] = (byte)'\n';
        e.At.TryFormat(span[n..], out var written, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        n += written;
        foreach (var field in (ReadOnlySpan<string?>)[e.UserId, e.UserName, e.Action, e.EntityType, e.EntityId, e.Changes])
        {
            span[n++] = (byte)'\n';
            n += Encoding.UTF8.GetBytes(field ?? "", span[n..]);
        }

        return n;
    }
}
