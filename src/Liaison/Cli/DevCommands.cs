using System.CommandLine;
using Liaison.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Cli;

internal static class DevCommands
{
    public static Command Create()
    {
        var dev = new Command("dev", "Developer tools.");
        var provider = new Option<DatabaseProvider>("--provider") { DefaultValueFactory = _ => DatabaseProvider.Sqlite };
        var script = new Command("schema-script", "Print the CREATE script of the current EF model, the starting point of a new migration.") { provider };
        script.SetAction(result =>
        {
            var options = new DbContextOptionsBuilder<LiaisonDbContext>();
            DataServiceExtensions.Configure(options, result.GetValue(provider),
                result.GetValue(provider) == DatabaseProvider.Postgres ? "Host=localhost" : "Data Source=:memory:");
            using var db = new LiaisonDbContext(options.Options);
            Console.WriteLine(db.Database.GenerateCreateScript());
            return 0;
        });
        dev.Subcommands.Add(script);
        return dev;
    }
}
