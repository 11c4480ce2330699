using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Liaison.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Liaison.Tests.Cli;

public sealed partial class CommandLineTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "liaison-cli-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task First_start_prints_the_administrator_once_and_the_verbs_manage_users_tokens_and_the_audit_chain()
    {
        var port = LiaisonProcess.FreePort();
        var (server, output) = await LiaisonProcess.ServeAsync(_dataDir, port);
        try
        {
            string printed;
            lock (output)
            {
                printed = output.ToString();
            }

            printed.ShouldContain($"http://127.0.0.1:{port}");
            var password = PasswordLine().Match(printed).Groups[1].Value;
            password.Length.ShouldBeGreaterThanOrEqualTo(16);

            var migrate = await LiaisonProcess.RunAsync(_dataDir, null, "migrate");
            migrate.ExitCode.ShouldBe(0, migrate.Error);
            migrate.Output.ShouldContain("up to date");

            var desk = await LiaisonProcess.RunAsync(_dataDir, null, "desks", "save", "Test Desk", "--name-zh", "测试处", "--country", "FRA", "--country", "BEL");
            desk.ExitCode.ShouldBe(0, desk.Error);
            var badCountry = await LiaisonProcess.RunAsync(_dataDir, null, "desks", "save", "Bad Desk", "--country", "ZZZ");
            badCountry.ExitCode.ShouldBe(2);
            badCountry.Error.ShouldContain("ZZZ");

            var add = await LiaisonProcess.RunAsync(_dataDir, "A-long-enough-passphrase-2026", "users", "add", "desk.officer@example.org", "--role", "DeskOfficer", "--desk", "Test Desk", "--clearance", "Confidential", "--password-stdin");
            add.ExitCode.ShouldBe(0, add.Error + add.Output);
            add.Output.ShouldNotContain("A-long-enough-passphrase-2026");

            var badRole = await LiaisonProcess.RunAsync(_dataDir, "A-long-enough-passphrase-2026", "users", "add", "x@example.org", "--role", "Emperor", "--password-stdin");
            badRole.ExitCode.ShouldBe(2);
            badRole.Error.ShouldContain("Unknown role 'Emperor'");

            var badDesk = await LiaisonProcess.RunAsync(_dataDir, "A-long-enough-passphrase-2026", "users", "add", "y@example.org", "--role", "Viewer", "--desk", "Atlantis", "--password-stdin");
            badDesk.ExitCode.ShouldBe(2);
            badDesk.Error.ShouldContain("Unknown desk 'Atlantis'");

            var list = await LiaisonProcess.RunAsync(_dataDir, null, "users", "list");
            list.Output.ShouldContain("admin@liaison.local");
            list.Output.ShouldContain("desk.officer@example.org");
            list.Output.ShouldNotContain("x@example.org");
            list.Output.ShouldContain("Test Desk");
            (await LiaisonProcess.RunAsync(_dataDir, null, "users", "access", "desk.officer@example.org", "--role", "Researcher", "--clearance", "Internal")).ExitCode.ShouldBe(0);
            (await LiaisonProcess.RunAsync(_dataDir, null, "users", "list")).Output.ShouldContain("Researcher");
            (await LiaisonProcess.RunAsync(_dataDir, null, "desks", "list")).Output.ShouldContain("Test Desk (测试处): 2 countries [BEL FRA]");

            var token = (await LiaisonProcess.RunAsync(_dataDir, null, "tokens", "create", "desk.officer@example.org", "--name", "laptop")).Output.Trim();
            token.ShouldStartWith("lsn_");
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            (await http.GetAsync("/api/v1/countries/FRA")).StatusCode.ShouldBe(HttpStatusCode.OK);

            (await LiaisonProcess.RunAsync(_dataDir, null, "users", "disable", "desk.officer@example.org")).ExitCode.ShouldBe(0);
            (await http.GetAsync("/api/v1/countries/FRA")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await LiaisonProcess.RunAsync(_dataDir, null, "users", "enable", "desk.officer@example.org")).ExitCode.ShouldBe(0);
            (await http.GetAsync("/api/v1/countries/FRA")).StatusCode.ShouldBe(HttpStatusCode.OK);

            var verify = await LiaisonProcess.RunAsync(_dataDir, null, "audit", "verify");
            verify.ExitCode.ShouldBe(0, verify.Error);
            verify.Output.ShouldContain("intact");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        // A second start prints no credentials again.
        var (again, againOutput) = await LiaisonProcess.ServeAsync(_dataDir, LiaisonProcess.FreePort());
        again.Kill(entireProcessTree: true);
        await again.WaitForExitAsync();
        againOutput.ToString().ShouldNotContain("password:");

        // Tampering with the database is caught and the broken entry named.
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_dataDir, "liaison.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER audit_entries_no_update; UPDATE AuditEntries SET UserName = 'mallory' WHERE Id = 42";
            command.ExecuteNonQuery().ShouldBe(1);
        }

        var broken = await LiaisonProcess.RunAsync(_dataDir, null, "audit", "verify");
        broken.ExitCode.ShouldBe(1);
        broken.Error.ShouldContain("entry 42");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    [GeneratedRegex(@"password:\s+(\S+)")]
    private static partial Regex PasswordLine();
}
