using System.Net;
using Liaison.Features.Imports;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Imports;

public sealed class ImportRollbackTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_administrator_rolls_back_the_latest_run_and_restores_what_it_updated(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer);
        var pf = await ImportFixture.PartyFactsAsync(app);
        var afterPartyFacts = await ImportFixture.CountAsync(app);
        var cdu = await ImportFixture.OrganizationWithAsync(app, ExternalSchemes.PartyFacts, "1375");
        var cduBefore = await app.WithDbAsync(d => d.Organizations.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == cdu));
        var parlgov = await ImportFixture.ParlGovAsync(app);

        (await officer.Client.GetAsync("/api/v1/imports")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.Client.PostAsync($"/api/v1/imports/{parlgov.RunId}/rollback", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var list = await (await admin.Client.GetAsync("/api/v1/imports")).ReadJsonAsync();
        list.GetProperty("total").GetInt32().ShouldBe(2);
        list.GetProperty("items")[0].GetProperty("kind").GetString().ShouldBe("parlgov");
        list.GetProperty("items")[0].GetProperty("sourceSha256").GetString()!.Length.ShouldBe(64);

        var refused = await admin.Client.PostAsync($"/api/v1/imports/{pf.RunId}/rollback", null);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("roll it back first");

        (await admin.Client.PostAsync($"/api/v1/imports/{parlgov.RunId}/rollback", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ImportFixture.CountAsync(app)).ShouldBe(afterPartyFacts);
        var cduAfter = await app.WithDbAsync(d => d.Organizations.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == cdu));
        cduAfter.ShouldSatisfyAllConditions(
            o => o.Family.ShouldBe(cduBefore.Family),
            o => o.Version.ShouldBe(cduBefore.Version),
            o => o.NameEn.ShouldBe(cduBefore.NameEn));
        var detail = await (await admin.Client.GetAsync($"/api/v1/imports/{parlgov.RunId}")).ReadJsonAsync();
        detail.GetProperty("run").GetProperty("status").GetString().ShouldBe("RolledBack");
        detail.GetProperty("counts").EnumerateArray().ShouldContain(c => c.GetProperty("recordType").GetString() == "Organization" && c.GetProperty("action").GetString() == "Updated");
        (await (await admin.Client.GetAsync("/api/v1/audit/verify")).ReadJsonAsync()).GetProperty("isIntact").GetBoolean().ShouldBeTrue();

        // Someone edits a party the first run created: rolling that run back would lose the edit.
        await app.WithDbAsync(async d =>
        {
            var cpc = await d.Organizations.SingleAsync(o => o.NameZh == "中国共产党");
            cpc.Description = "Edited by a desk officer.";
            await d.SaveChangesAsync();
        });
        var unsafeRollback = await admin.Client.PostAsync($"/api/v1/imports/{pf.RunId}/rollback", null);
        unsafeRollback.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await unsafeRollback.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("edited after the import");
        (await ImportFixture.CountAsync(app)).ShouldBe(afterPartyFacts);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Bad_input_is_refused_with_a_clear_reason_and_nothing_is_written(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var partyFactsDir = Path.GetDirectoryName(ImportFixture.PartyFactsFile)!;
        var missing = await Should.ThrowAsync<ImportInputException>(() => app.WithDbAsync(d => ParlGovImporter.ImportAsync(d, partyFactsDir)));
        missing.Message.ShouldContain("01__datacore__Code.csv: file not found");
        var wrong = await Should.ThrowAsync<ImportInputException>(() =>
            app.WithDbAsync(d => PartyFactsImporter.ImportAsync(d, Path.Combine(ImportFixture.ParlGovDir, "21__parties__Party.csv"))));
        wrong.Message.ShouldContain("missing column(s) partyfacts_id");
        (await ImportFixture.RunCountAsync(app)).ShouldBe(0);
        (await ImportFixture.CountAsync(app)).Organizations.ShouldBe(0);
    }

    [SkippableFact]
    public async Task The_command_line_imports_lists_runs_and_exits_2_on_bad_input()
    {
        var data = Path.Combine(Path.GetTempPath(), "liaison-import-cli-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(data);
        try
        {
            var bad = await LiaisonProcess.RunAsync(data, null, "import", "parlgov", Path.Combine(data, "no-such-folder"));
            bad.ExitCode.ShouldBe(2);
            bad.Error.ShouldContain("folder not found");
            var wrong = await LiaisonProcess.RunAsync(data, null, "import", "partyfacts", Path.Combine(ImportFixture.ParlGovDir, "31__elections__Election.csv"));
            wrong.ExitCode.ShouldBe(2, wrong.Output + wrong.Error);
            wrong.Error.ShouldContain("Nothing was imported.");

            var ok = await LiaisonProcess.RunAsync(data, null, "import", "parlgov", ImportFixture.ParlGovDir);
            ok.ExitCode.ShouldBe(0, ok.Error);
            ok.Output.ShouldContain("Import run 1 (parlgov)");
            var runs = await LiaisonProcess.RunAsync(data, null, "import", "runs");
            runs.Output.ShouldContain("1 import run(s).");
            var rollback = await LiaisonProcess.RunAsync(data, null, "import", "rollback", "1");
            rollback.ExitCode.ShouldBe(0, rollback.Error);
            (await LiaisonProcess.RunAsync(data, null, "import", "rollback", "1")).ExitCode.ShouldBe(1);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
