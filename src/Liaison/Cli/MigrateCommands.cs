using System.CommandLine;
using Liaison.Data;

namespace Liaison.Cli;

internal static class MigrateCommands
{
    public static Command Create()
    {
        var list = new Option<bool>("--list") { Description = "List applied and pending migrations without applying them." };
        var command = new Command("migrate", "Upgrade the database schema to this version of Liaison and load reference data.") { list };
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            var migrator = services.GetRequiredService<SchemaMigrator>();
            if (result.GetValue(list))
            {
                var applied = await migrator.AppliedAsync(ct);
                var pending = await migrator.PendingAsync(ct);
                foreach (var id in applied)
                {
                    Console.WriteLine($"applied  {id}");
                }

                foreach (var id in pending)
                {
                    Console.WriteLine($"pending  {id}");
                }

                return 0;
            }

            var done = await migrator.MigrateAsync(ct);
            await ReferenceData.EnsureAsync(services.GetRequiredService<LiaisonDbContext>(), ct);
            Console.WriteLine(done.Count == 0 ? "The schema is up to date." : $"Applied {done.Count} migration(s): {string.Join(", ", done)}.");
            return 0;
        }));
        return command;
    }
}
