using System.Text.Json;

namespace Liaison.Bench.Setup;

public sealed record BenchAccount(string Email, string Password, string Token);

/// <summary>
/// The two users the bench signs in as: an administrator and a desk officer (Internal clearance) on the desk with the
/// most people. Created once per dataset with the real verbs and remembered, tokens included, next to it.
/// </summary>
public sealed record BenchAccounts(BenchAccount Admin, BenchAccount Desk, int DeskId, string DeskName)
{
    private const string FileName = "bench-accounts.json";
    private const string Password = "bench-load-password-not-secret";

    public static async Task<BenchAccounts> EnsureAsync(LiaisonProcess liaison)
    {
        var file = Path.Combine(liaison.Dataset.Directory, FileName);
        if (File.Exists(file))
        {
            return JsonSerializer.Deserialize<BenchAccounts>(await File.ReadAllTextAsync(file))!;
        }

        var (deskId, deskName) = BusiestDesk(liaison.Dataset);
        var admin = await CreateAsync(liaison, "bench-admin@liaison.bench", "--role", "Administrator", "--clearance", "Restricted");
        var desk = await CreateAsync(liaison, "bench-desk@liaison.bench", "--role", "DeskOfficer", "--desk", deskName, "--clearance", "Internal");
        var accounts = new BenchAccounts(admin, desk, deskId, deskName);
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(accounts));
        return accounts;
    }

    private static async Task<BenchAccount> CreateAsync(LiaisonProcess liaison, string email, params string[] access)
    {
        var timeout = TimeSpan.FromMinutes(2);
        var added = await liaison.RunAsync(Password, timeout, ["users", "add", email, .. access, "--name", "Bench", "--password-stdin"]);
        var listed = await liaison.RunCheckedAsync(null, timeout, "users", "list");
        if (added.ExitCode != 0 && !listed.Output.Contains(email, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"could not create {email}: {added.Error}{added.Output}");
        }

        var token = await liaison.RunCheckedAsync(null, timeout, "tokens", "create", email, "--name", "bench");
        return new BenchAccount(email, Password, token.Output.Trim().Split('\n')[^1].Trim());
    }

    private static (int Id, string Name) BusiestDesk(Dataset dataset)
    {
        using var connection = dataset.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d."Id", d."Name" FROM "Desks" d
            JOIN "Countries" c ON c."DeskId" = d."Id"
            JOIN "People" p ON p."CountryId" = c."Id"
            GROUP BY d."Id", d."Name" ORDER BY COUNT(*) DESC, d."Id" LIMIT 1
            """;
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException("the dataset has no desk with people in its countries");
        }

        return (reader.GetInt32(0), reader.GetString(1));
    }
}
