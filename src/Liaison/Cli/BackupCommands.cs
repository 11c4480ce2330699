using System.CommandLine;
using System.Text.Json;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Backup;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Cli;

internal static class BackupCommands
{
    public static Command CreateBackup()
    {
        var file = new Argument<string>("FILE") { Description = "The backup file to write (never overwritten)." };
        var backup = new Command("backup", "Write a consistent backup of the whole database while Liaison keeps serving.") { file };
        backup.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            var db = services.GetRequiredService<LiaisonDbContext>();
            db.Scope = AccessScope.System;
            var provider = services.GetRequiredService<DatabaseOptions>().Provider;
            var target = result.GetValue(file)!;
            try
            {
                // Recorded first, so that the backup itself holds the entry that says it was taken.
                await db.AuditEventAsync(AuditActions.Backup, "Database", provider.ToString(), Details(target), ct);
                var done = await DatabaseBackup.BackupAsync(provider, db.Database.GetConnectionString()!, target, ct);
                Console.WriteLine($"Backup written: {done.File} ({done.Bytes:N0} bytes, {done.Elapsed.TotalSeconds:0.0} s).");
                return 0;
            }
            catch (BackupRejectedException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 2;
            }
        }));
        return backup;
    }

    public static Command CreateRestore()
    {
        var file = new Argument<string>("FILE") { Description = "A backup written by `liaison backup`." };
        var yes = new Option<bool>("--yes") { Description = "Confirm that the whole database is replaced by the backup." };
        var restore = new Command("restore", "Replace the whole database with a backup (stop Liaison first), upgrade it and verify its audit chain.") { file, yes };
        restore.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            var source = result.GetValue(file)!;
            if (!result.GetValue(yes))
            {
                await Console.Error.WriteLineAsync($"This replaces every record of the database with the content of {source}. Stop Liaison, then run again with --yes.");
                return 2;
            }

            var provider = services.GetRequiredService<DatabaseOptions>().Provider;
            var connectionString = services.GetRequiredService<LiaisonDbContext>().Database.GetConnectionString()!;
            try
            {
                await DatabaseBackup.RestoreAsync(provider, connectionString, source, ct);
            }
            catch (BackupRejectedException ex)
            {
                await Console.Error.WriteLineAsync("Nothing was changed: " + ex.Message);
                return 2;
            }

            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
            db.Scope = AccessScope.System;
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
            var chain = await AuditChain.VerifyAsync(db, ct);
            await db.AuditEventAsync(AuditActions.Restore, "Database", provider.ToString(), Details(source), ct);
            if (!chain.IsIntact)
            {
                await Console.Error.WriteLineAsync($"Restored, but the audit chain of the backup is BROKEN at entry {chain.FirstBrokenId}: {chain.Problem}");
                return 1;
            }

            Console.WriteLine($"Restored from {Path.GetFullPath(source)}; audit chain intact ({chain.EntriesChecked} entries).");
            return 0;
        }));
        return restore;
    }

    private static string Details(string file) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["file"] = Path.GetFileName(file) });
}
