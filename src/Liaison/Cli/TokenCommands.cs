using System.CommandLine;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Users;
using Liaison.Security;

namespace Liaison.Cli;

internal static class TokenCommands
{
    public static Command Create()
    {
        var tokens = new Command("tokens", "Personal API tokens.");
        var email = new Argument<string>("EMAIL");
        var name = new Option<string>("--name") { Description = "A label to tell tokens apart.", DefaultValueFactory = _ => "cli" };
        var create = new Command("create", "Create a token for a user and print it once.") { email, name };
        create.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            var user = await services.GetRequiredService<UserAdministration>().FindAsync(result.GetValue(email)!);
            if (user is null || user.IsDisabled)
            {
                await Console.Error.WriteLineAsync($"error: no active user {result.GetValue(email)}");
                return 2;
            }

            var db = services.GetRequiredService<LiaisonDbContext>();
            var (token, plain) = await ApiTokens.CreateAsync(db, user, result.GetValue(name)!, ct);
            await db.AuditEventAsync(AuditActions.TokenCreated, nameof(ApiToken), token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), user.Email, ct);
            Console.WriteLine(plain);
            return 0;
        }));
        tokens.Subcommands.Add(create);
        return tokens;
    }
}
