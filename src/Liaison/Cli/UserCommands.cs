using System.CommandLine;
using Liaison.Features.Users;
using Liaison.Security;

namespace Liaison.Cli;

internal static class UserCommands
{
    public static Command Create()
    {
        var users = new Command("users", "Manage users, their roles, desks and clearance.");
        users.Subcommands.Add(Add());
        users.Subcommands.Add(List());
        users.Subcommands.Add(Access());
        users.Subcommands.Add(SetDisabled("disable", true));
        users.Subcommands.Add(SetDisabled("enable", false));
        return users;
    }

    private static Command Add()
    {
        var email = new Argument<string>("EMAIL") { Description = "The user's email address (their sign-in name)." };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}.", Required = true };
        var desks = new Option<string[]>("--desk") { Description = "A desk the user belongs to; repeat for several.", AllowMultipleArgumentsPerToken = false };
        var clearance = new Option<Classification>("--clearance") { Description = "Highest classification the user may see.", DefaultValueFactory = _ => Classification.Internal };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input." };
        var command = new Command("add", "Create a user.") { email, role, desks, clearance, name, passwordStdin };
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            string password;
            if (result.GetValue(passwordStdin))
            {
                password = (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n') ?? "";
            }
            else
            {
                password = UserAdministration.GeneratePassword();
            }

            var admin = services.GetRequiredService<UserAdministration>();
            var (user, errors) = await admin.CreateAsync(new NewUser(
                result.GetValue(email)!, result.GetValue(name) ?? "", result.GetValue(role)!, result.GetValue(desks) ?? [],
                result.GetValue(clearance), password), ct);
            if (user is null)
            {
                foreach (var error in errors)
                {
                    await Console.Error.WriteLineAsync("error: " + error);
                }

                return 2;
            }

            Console.WriteLine($"Created {user.Email} ({result.GetValue(role)}).");
            if (!result.GetValue(passwordStdin))
            {
                Console.WriteLine($"Password (shown once): {password}");
            }

            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List users with their roles, desks and clearance.");
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            foreach (var u in await services.GetRequiredService<UserAdministration>().ListAsync(ct))
            {
                var state = u.IsDisabled ? "disabled" : "active";
                Console.WriteLine($"{u.Email,-36} {string.Join(",", u.Roles),-20} {u.Clearance,-13} {state,-9} {string.Join(", ", u.Desks)}");
            }

            return 0;
        }));
        return command;
    }

    private static Command Access()
    {
        var email = new Argument<string>("EMAIL");
        var role = new Option<string?>("--role") { Description = $"New role: {string.Join(", ", Roles.All)}." };
        var desks = new Option<string[]>("--desk") { Description = "Desks the user belongs to (replaces the list); repeat for several." };
        var clearance = new Option<Classification?>("--clearance") { Description = "New clearance." };
        var command = new Command("access", "Change a user's role, desks or clearance.") { email, role, desks, clearance };
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            var admin = services.GetRequiredService<UserAdministration>();
            var user = await admin.FindAsync(result.GetValue(email)!);
            if (user is null)
            {
                await Console.Error.WriteLineAsync($"error: no user {result.GetValue(email)}");
                return 2;
            }

            var deskNames = result.GetValue(desks);
            var errors = await admin.UpdateAccessAsync(user.Id, result.GetValue(role), deskNames is { Length: > 0 } ? deskNames : null, result.GetValue(clearance), ct);
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync("error: " + error);
            }

            if (errors.Count == 0)
            {
                Console.WriteLine($"Updated {user.Email}.");
            }

            return errors.Count == 0 ? 0 : 2;
        }));
        return command;
    }

    private static Command SetDisabled(string verb, bool disabled)
    {
        var email = new Argument<string>("EMAIL");
        var command = new Command(verb, disabled ? "Disable a user: they can no longer sign in or use tokens." : "Enable a disabled user.") { email };
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            if (!await services.GetRequiredService<UserAdministration>().SetDisabledAsync(result.GetValue(email)!, disabled, ct))
            {
                await Console.Error.WriteLineAsync($"error: no user {result.GetValue(email)}");
                return 2;
            }

            Console.WriteLine($"{result.GetValue(email)} {(disabled ? "disabled" : "enabled")}.");
            return 0;
        }));
        return command;
    }
}
