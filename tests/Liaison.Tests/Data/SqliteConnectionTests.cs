using Liaison.Features.Audit;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Data;

/// <summary>How Liaison's SQLite connections behave when two writers meet.</summary>
public sealed class SqliteConnectionTests
{
    [Fact]
    public async Task A_writer_that_finds_the_database_locked_waits_in_sqlite_and_then_writes()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);

        // SQLite's own busy handler waits for the lock; without it Microsoft.Data.Sqlite sleeps 150 ms between tries.
        var timeout = await app.WithDbAsync(db => db.Database.SqlQuery<long>($"PRAGMA busy_timeout").ToListAsync());
        timeout.ShouldBe([30_000L]);

        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        await app.WithDbAsync(async holder =>
        {
            await using var transaction = await holder.Database.BeginTransactionAsync();
            // Microsoft.Data.Sqlite runs synchronously: the second writer needs a thread of its own to wait on.
            var waiting = Task.Run(() => app.WithDbAsync(async db =>
            {
                await db.AuditReadAsync("Organization", "1");
                return true;
            }));
            await Task.Delay(50);
            waiting.IsCompleted.ShouldBeFalse("the second writer waits while the first holds the lock");
            await transaction.CommitAsync();
            (await waiting).ShouldBeTrue();
            return true;
        });

        (await app.WithDbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(before + 1);
        (await app.WithDbAsync(db => AuditChain.VerifyAsync(db))).IsIntact.ShouldBeTrue();
    }
}
