using System.CommandLine;
using Liaison.Web;

namespace Liaison.Cli;

/// <summary>The <c>liaison</c> executable: with no verb (or <c>serve</c>) it runs the web application.</summary>
public static class LiaisonCommandLine
{
    public static readonly Option<string?> DataOption = new("--data")
    {
        Description = "Data folder of the embedded database (default: $LIAISON_DATA or ./data).",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("Liaison: the working system of a party's international department.");
        root.Options.Add(DataOption);
        var serve = ServeCommand();
        root.Subcommands.Add(serve);
        root.Subcommands.Add(MigrateCommands.Create());
        root.Subcommands.Add(UserCommands.Create());
        root.Subcommands.Add(DeskCommands.Create());
        root.Subcommands.Add(TokenCommands.Create());
        root.Subcommands.Add(AuditCommands.Create());
        root.Subcommands.Add(BackupCommands.CreateBackup());
        root.Subcommands.Add(BackupCommands.CreateRestore());
        root.Subcommands.Add(ExportCommands.Create());
        root.Subcommands.Add(PeopleCommands.Create());
        root.Subcommands.Add(EngagementCommands.Create());
        root.Subcommands.Add(ImportCommands.Create());
        root.Subcommands.Add(DevCommands.Create());
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((result, ct) => ServeAsync(result, ct));
        return root;
    }

    private static Command ServeCommand()
    {
        var serve = new Command("serve", "Run the web application (the default). ASP.NET Core options such as --urls pass through.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        serve.SetAction((result, ct) => ServeAsync(result, ct));
        return serve;
    }

    private static async Task<int> ServeAsync(ParseResult result, CancellationToken ct)
    {
        await using var app = LiaisonApp.Build(HostArgs(result));
        var url = app.Urls.FirstOrDefault() ?? app.Configuration["urls"] ?? LiaisonApp.DefaultUrl;
        var whileServing = Data.FirstRun.MayRunWhileServing(app.Services, app.Configuration);
        var startUp = Task.Run(() => Data.FirstRun.InitializeAsync(app.Services, Console.Out, url, ct), ct);
        if (!whileServing)
        {
            await startUp;
        }

        // Otherwise the schema check runs while the server builds its pipeline and binds; requests wait for it (StartupGate).
        app.Services.GetRequiredService<StartupGate>().HoldUntil(startUp);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            // The server did not start: let the start-up work finish rather than end the process in the middle of it.
            await Task.WhenAny(startUp);
            throw;
        }

        try
        {
            await startUp;
        }
        catch
        {
            await app.StopAsync(CancellationToken.None);
            throw;
        }

        await app.WaitForShutdownAsync(ct);
        return 0;
    }

    /// <summary>Arguments for the ASP.NET Core host: unmatched tokens plus <c>--data</c> as configuration.</summary>
    public static string[] HostArgs(ParseResult result)
    {
        var args = result.UnmatchedTokens.ToList();
        if (result.GetValue(DataOption) is { Length: > 0 } data)
        {
            args.Add($"--Liaison:DataDirectory={data}");
        }

        return [.. args];
    }

    /// <summary>Runs a command-line verb against the configured database with system rights.</summary>
    public static async Task<int> WithServicesAsync(ParseResult result, Func<IServiceProvider, Task<int>> action)
    {
        var app = LiaisonApp.Build(HostArgs(result), b => b.Logging.SetMinimumLevel(LogLevel.Warning));
        await using (app)
        {
            using var scope = app.Services.CreateScope();
            return await action(scope.ServiceProvider);
        }
    }
}
