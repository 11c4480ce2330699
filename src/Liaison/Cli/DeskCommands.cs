using System.CommandLine;
using Liaison.Data;
using Liaison.Features.Desks;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Cli;

internal static class DeskCommands
{
    public static Command Create()
    {
        var desks = new Command("desks", "Desks: named groups of countries covered by the same desk officers.");
        desks.Subcommands.Add(List());
        desks.Subcommands.Add(Save());
        return desks;
    }

    private static Command List()
    {
        var command = new Command("list", "List desks with their countries and members.");
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            foreach (var d in await DesksApi.ListAsync(services.GetRequiredService<LiaisonDbContext>(), ct))
            {
                Console.WriteLine($"{d.Name} ({d.NameZh}): {d.Countries.Count} countries [{string.Join(" ", d.Countries)}]; members: {string.Join(", ", d.Members)}");
            }

            return 0;
        }));
        return command;
    }

    private static Command Save()
    {
        var name = new Argument<string>("NAME");
        var nameZh = new Option<string?>("--name-zh") { Description = "Chinese name." };
        var countries = new Option<string[]>("--country") { Description = "ISO alpha-3 code of a country the desk covers; repeat for several (replaces the list)." };
        var command = new Command("save", "Create a desk, or update the desk of that name.") { name, nameZh, countries };
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            var db = services.GetRequiredService<LiaisonDbContext>();
            var deskName = result.GetValue(name)!.Trim();
            var existing = await db.Desks.AsNoTracking().FirstOrDefaultAsync(d => d.Name == deskName, ct);
            var codes = result.GetValue(countries);
            var input = new DeskInput
            {
                Name = deskName,
                NameZh = result.GetValue(nameZh) ?? existing?.NameZh,
                Description = existing?.Description,
                Countries = codes is { Length: > 0 } ? [.. codes] : null,
                Version = existing?.Version,
            };
            var outcome = await DeskEditor.SaveAsync(db, existing?.Id, input, ct);
            if (outcome is EditResult.Invalid invalid)
            {
                foreach (var message in invalid.Errors.SelectMany(e => e.Value))
                {
                    await Console.Error.WriteLineAsync("error: " + message);
                }

                return 2;
            }

            Console.WriteLine(existing is null ? $"Created desk {deskName}." : $"Updated desk {deskName}.");
            return 0;
        }));
        return command;
    }
}
