using System.Net;
using Liaison.Features.People;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Imports.Wizard;

public sealed class WizardTests
{
    // Semicolons, a quoted newline, Chinese headers, a bad date, a missing name, an unknown country, a formula-looking cell.
    private const string Messy =
        "Name;中文名;Country;E-mail;Organization;Position;Birth date;Notes\n" +
        "Anna Schmidt;安娜;DEU;anna@example.de;Social Democratic Party of Germany;International secretary;1971-03-04;\"Prefers German;\nvegetarian\"\n" +
        "Jean Dupont;;France;jean@example.fr;;;1961-13-01;\n" +
        ";无名;FRA;nobody@example.fr;;;;\n" +
        "Nguyễn Thị Lan;阮氏兰;VN;lan@example.vn;;;;=1+1\n" +
        "Ghost Person;;Atlantis;ghost@example.org;;;;\n";

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_messy_contact_sheet_is_checked_imported_fixed_and_imported_again_without_duplicates(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var wizard = new WizardClient(admin.Client);
        var before = await app.WithDbAsync(ctx => ctx.People.CountAsync());

        var upload = await wizard.UploadAsync(Messy);
        var id = upload.GetProperty("id").GetString()!;
        upload.GetProperty("delimiter").GetString().ShouldBe(";");
        upload.GetProperty("encoding").GetString().ShouldBe("utf-8");
        WizardClient.Columns(upload).ShouldBe(["name_en", "name_zh", "country", "email", "organization", "position", "birth_date", "protocol_notes"]);

        var check = (await wizard.CheckAsync(id)).GetProperty("check");
        (WizardClient.Count(check, "rows"), WizardClient.Count(check, "created"), WizardClient.Count(check, "invalid")).ShouldBe((5, 2, 3));
        var errors = check.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        errors.ShouldBe([(3, "Birth date"), (4, "Name"), (6, "Country")]);

        // All or nothing: three invalid rows, so nothing is written.
        var refused = (await wizard.CommitAsync(id)).GetProperty("result");
        refused.GetProperty("committed").GetBoolean().ShouldBeFalse();
        (await app.WithDbAsync(ctx => ctx.People.CountAsync())).ShouldBe(before);

        var imported = (await wizard.CommitAsync(id, skipInvalid: true)).GetProperty("result");
        imported.GetProperty("committed").GetBoolean().ShouldBeTrue();
        WizardClient.Count(imported, "created").ShouldBe(2);
        var report = await admin.Client.GetStringAsync($"/api/v1/imports/uploads/{id}/errors");
        report.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(4);
        report.ShouldContain("Jean Dupont");

        var anna = await app.WithDbAsync(ctx => ctx.People.Include(p => p.Channels).Include(p => p.Positions).ThenInclude(p => p.Organization)
            .SingleAsync(p => p.NameEn == "Anna Schmidt"));
        anna.NameZh.ShouldBe("安娜");
        anna.BirthDate.ShouldBe(new DateOnly(1971, 3, 4));
        anna.ProtocolNotes.ShouldBe("Prefers German;\nvegetarian");
        anna.Channels.Single().Value.ShouldBe("anna@example.de");
        anna.Positions.Single().Title.ShouldBe("International secretary");
        anna.Positions.Single().Organization!.NameEn.ShouldBe("Social Democratic Party of Germany");
        (await app.WithDbAsync(ctx => ctx.People.SingleAsync(p => p.NameEn == "Nguyễn Thị Lan"))).ProtocolNotes.ShouldBe("=1+1");

        // The user fixes the rows and imports the whole file again: the mapping is remembered and nothing is duplicated.
        var fixedFile = Messy.Replace("1961-13-01", "1961-12-01").Replace(";无名;", "Wu Ming;无名;").Replace("Atlantis", "FRA");
        var again = await wizard.UploadAsync(fixedFile, "contacts (fixed).csv");
        var againId = again.GetProperty("id").GetString()!;
        again.GetProperty("mappingSaved").GetBoolean().ShouldBeTrue();
        var recheck = (await wizard.CheckAsync(againId)).GetProperty("check");
        (WizardClient.Count(recheck, "created"), WizardClient.Count(recheck, "updated"), WizardClient.Count(recheck, "unchanged"), WizardClient.Count(recheck, "invalid"))
            .ShouldBe((3, 0, 2, 0));
        var second = (await wizard.CommitAsync(againId)).GetProperty("result");
        second.GetProperty("committed").GetBoolean().ShouldBeTrue();
        (await app.WithDbAsync(ctx => ctx.People.CountAsync())).ShouldBe(before + 5);
        (await app.WithDbAsync(ctx => ctx.People.CountAsync(p => p.NameEn == "Anna Schmidt"))).ShouldBe(1);

        // A changed cell updates; the run can be rolled back by an administrator, restoring the previous value.
        var updated = await wizard.UploadAsync(fixedFile.Replace("International secretary", "Deputy international secretary").Replace("安娜", "安娜·施密特"));
        var updatedId = updated.GetProperty("id").GetString()!;
        WizardClient.Count((await wizard.CheckAsync(updatedId)).GetProperty("check"), "updated").ShouldBe(1);
        var third = (await wizard.CommitAsync(updatedId)).GetProperty("result");
        var annaNow = await app.WithDbAsync(ctx => ctx.People.Include(p => p.Positions).SingleAsync(p => p.NameEn == "Anna Schmidt"));
        annaNow.NameZh.ShouldBe("安娜·施密特");
        annaNow.Positions.Count.ShouldBe(2);
        (await admin.Client.PostAsync($"/api/v1/imports/{third.GetProperty("runId").GetInt32()}/rollback", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var annaBack = await app.WithDbAsync(ctx => ctx.People.Include(p => p.Positions).SingleAsync(p => p.NameEn == "Anna Schmidt"));
        annaBack.NameZh.ShouldBe("安娜");
        annaBack.Positions.Count.ShouldBe(1);
        (await admin.Client.GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString("安娜·施密特"))).ShouldNotContain("Anna Schmidt");
    }

    [Fact]
    public async Task Cancelling_a_large_import_while_it_runs_writes_nothing()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var wizard = new WizardClient(admin.Client);
        var file = new System.Text.StringBuilder("Name,Country,E-mail\n");
        for (var i = 0; i < 100_000; i++)
        {
            file.Append(System.Globalization.CultureInfo.InvariantCulture, $"Contact {i},FRA,contact{i}@example.org\n");
        }

        var id = (await wizard.UploadAsync(file.ToString(), "large.csv")).GetProperty("id").GetString()!;
        WizardClient.Count((await wizard.CheckAsync(id)).GetProperty("check"), "created").ShouldBe(100_000);
        var (people, runs) = await app.WithDbAsync(async ctx => (await ctx.People.CountAsync(), await ctx.ImportRuns.CountAsync()));
        (await admin.Client.PostJsonAsync($"/api/v1/imports/uploads/{id}/commit", new { skipInvalid = false })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        // Wait until the progress shows rows being imported, then cancel: the job stops and its transaction is rolled back.
        var job = (await wizard.GetAsync(id)).GetProperty("job");
        for (var i = 0; i < 600 && job.GetProperty("state").GetString() == "Running" && job.GetProperty("rows").GetInt32() == 0; i++)
        {
            await Task.Delay(50);
            job = (await wizard.GetAsync(id)).GetProperty("job");
        }

        job.GetProperty("state").GetString().ShouldBe("Running", job.ToString());
        (await admin.Client.PostAsync($"/api/v1/imports/uploads/{id}/cancel", null)).IsSuccessStatusCode.ShouldBeTrue();
        for (var i = 0; i < 600 && job.GetProperty("state").GetString() == "Running"; i++)
        {
            await Task.Delay(50);
            job = (await wizard.GetAsync(id)).GetProperty("job");
        }

        job.GetProperty("state").GetString().ShouldBe("Cancelled", job.ToString());
        (await app.WithDbAsync(async ctx => (await ctx.People.CountAsync(), await ctx.ImportRuns.CountAsync()))).ShouldBe((people, runs));
        (await wizard.GetAsync(id)).GetProperty("result").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Desk_officers_import_only_into_their_desks_and_never_see_or_match_others_records(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var secret = await admin.Client.PostJsonAsync("/api/v1/people", new { nameEn = "Hidden Contact", countryIso3 = "VNM", classification = "Confidential" });
        secret.StatusCode.ShouldBe(HttpStatusCode.Created);

        var wizard = new WizardClient(officer.Client);
        var upload = await wizard.UploadAsync("Name,Country\nHidden Contact,VNM\nClaire Martin,FRA\n");
        var id = upload.GetProperty("id").GetString()!;
        var check = (await wizard.CheckAsync(id)).GetProperty("check");
        (WizardClient.Count(check, "created"), WizardClient.Count(check, "invalid")).ShouldBe((1, 1));
        var error = check.GetProperty("errors")[0];
        error.GetProperty("row").GetInt32().ShouldBe(2);
        error.GetProperty("message").GetString()!.ShouldContain("your desks");
        check.ToString().ShouldNotContain("#");

        // Someone else's upload does not exist for them.
        (await admin.Client.GetAsync($"/api/v1/imports/uploads/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.Client.PostAsync($"/api/v1/imports/uploads/{id}/commit", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var reader = await app.CreateUserAsync(Roles.Researcher);
        (await new WizardClient(reader.Client).PostFileAsync("Name\nX\n"u8.ToArray(), "x.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Organizations_match_on_external_ids_then_names_and_people_take_positions_in_them(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var wizard = new WizardClient(admin.Client);
        const string parties = "Party,Abbreviation,Country,Party Facts id,Founded,Family\n" +
            "Left Alliance,LA,FRA,99001,1990,Socialist / social democratic\n" +
            "Social Democratic Party of Germany,SPD,DEU,383,1863,\n";
        var upload = await wizard.UploadAsync(parties, "parties.csv", "organizations");
        var id = upload.GetProperty("id").GetString()!;
        var check = (await wizard.CheckAsync(id)).GetProperty("check");
        (WizardClient.Count(check, "created"), WizardClient.Count(check, "updated"), WizardClient.Count(check, "invalid")).ShouldBe((1, 1, 0), check.ToString());
        (await wizard.CommitAsync(id)).GetProperty("result").GetProperty("committed").GetBoolean().ShouldBeTrue();
        var left = await app.WithDbAsync(ctx => ctx.Organizations.Include(o => o.ExternalIds).SingleAsync(o => o.NameEn == "Left Alliance"));
        left.Founded.ShouldBe(new DateOnly(1990, 1, 1));
        left.ExternalIds.Single().Value.ShouldBe("99001");

        // Renamed in the file but the same Party Facts id: updated, not duplicated.
        var renamed = await wizard.UploadAsync(parties.Replace("Left Alliance,", "Alliance of the Left,"), "parties.csv", "organizations");
        var renamedId = renamed.GetProperty("id").GetString()!;
        WizardClient.Count((await wizard.CheckAsync(renamedId)).GetProperty("check"), "updated").ShouldBe(1);
        await wizard.CommitAsync(renamedId);
        (await app.WithDbAsync(ctx => ctx.Organizations.CountAsync(o => o.ExternalIds.Any(e => e.Value == "99001")))).ShouldBe(1);

        var people = await wizard.UploadAsync("Name,Country,Party,Title\nPaul Leroy,FRA,LA,Chair\n");
        var peopleId = people.GetProperty("id").GetString()!;
        WizardClient.Columns(people).ShouldBe(["name_en", "country", "organization", "position"]);
        await wizard.CheckAsync(peopleId);
        await wizard.CommitAsync(peopleId);
        var paul = await app.WithDbAsync(ctx => ctx.Positions.Include(p => p.Organization).SingleAsync(p => p.Person!.NameEn == "Paul Leroy"));
        (paul.Organization!.NameEn, paul.Title).ShouldBe(("Alliance of the Left", "Chair"));
    }
}
