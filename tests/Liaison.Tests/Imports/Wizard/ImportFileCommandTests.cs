using System.Text;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Imports.Wizard;

public sealed class ImportFileCommandTests
{
    [Fact]
    public async Task The_command_line_checks_refuses_imports_and_reimports_a_spreadsheet_without_duplicates()
    {
        var dir = Path.Combine(Path.GetTempPath(), "liaison-cli-import-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "parties.csv");
            await File.WriteAllTextAsync(file, "Name;Country;Wikidata\nParti Vert;FRA;Q123\nBroken;Narnia;\n", new UTF8Encoding(true));
            (await LiaisonProcess.RunAsync(dir, null, "migrate")).ExitCode.ShouldBe(0);

            var dry = await LiaisonProcess.RunAsync(dir, null, "import", "file", file, "--type", "organizations", "--dry-run");
            dry.ExitCode.ShouldBe(1, dry.Output + dry.Error);
            dry.Output.ShouldContain("Name → name_en");
            dry.Output.ShouldContain("Wikidata → wikidata_id");
            dry.Output.ShouldContain("Checked 2 rows: 1 to create, 0 to update, 0 unchanged, 1 invalid");
            dry.Error.ShouldContain("row 3, Country: Unknown country “Narnia”");

            var refused = await LiaisonProcess.RunAsync(dir, null, "import", "file", file, "--type", "organizations");
            refused.ExitCode.ShouldBe(1);
            refused.Error.ShouldContain("Nothing was imported");

            var errors = Path.Combine(dir, "errors.csv");
            var imported = await LiaisonProcess.RunAsync(dir, null, "import", "file", file, "--type", "organizations", "--skip-invalid", "--errors", errors);
            imported.ExitCode.ShouldBe(0, imported.Output + imported.Error);
            imported.Output.ShouldContain("1 created, 0 updated, 1 skipped");
            (await File.ReadAllTextAsync(errors)).ShouldContain("Narnia");

            var again = await LiaisonProcess.RunAsync(dir, null, "import", "file", file, "--type", "organizations", "--skip-invalid");
            again.Output.ShouldContain("0 created, 0 updated, 2 skipped");
            (await LiaisonProcess.RunAsync(dir, null, "import", "file", file, "--type", "planets")).ExitCode.ShouldBe(2);
            var runs = await LiaisonProcess.RunAsync(dir, null, "import", "runs");
            runs.Output.ShouldContain("spreadsheet");
            (await LiaisonProcess.RunAsync(dir, null, "audit", "verify")).ExitCode.ShouldBe(0);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
