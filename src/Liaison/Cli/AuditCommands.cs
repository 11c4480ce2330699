using System.CommandLine;
using Liaison.Data;
using Liaison.Features.Audit;

namespace Liaison.Cli;

internal static class AuditCommands
{
    public static Command Create()
    {
        var audit = new Command("audit", "The tamper-evident audit trail.");
        var verify = new Command("verify", "Check the hash chain; exits 1 and names the first broken entry if it does not verify.");
        verify.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            var outcome = await AuditChain.VerifyAsync(services.GetRequiredService<LiaisonDbContext>(), ct);
            if (outcome.IsIntact)
            {
                Console.WriteLine($"Audit chain intact: {outcome.EntriesChecked} entries verified.");
                return 0;
            }

            await Console.Error.WriteLineAsync($"Audit chain BROKEN at entry {outcome.FirstBrokenId}: {outcome.Problem}");
            return 1;
        }));
        audit.Subcommands.Add(verify);
        return audit;
    }
}
