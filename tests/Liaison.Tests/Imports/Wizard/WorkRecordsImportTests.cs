using System.Net;
using Liaison.Features.Engagements;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Imports.Wizard;

/// <summary>Touchpoints and engagements through the import wizard: they name people and organizations already on file.</summary>
public sealed class WorkRecordsImportTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_sheet_of_meetings_becomes_touchpoints_linked_to_the_people_and_parties_it_names_and_updates_on_reimport(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var directory = await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var wizard = new WizardClient(admin.Client);
        var people = await PeopleAsync(app, wizard);
        var (anna, minh) = (people["Anna Schmidt"], people["Le Van Minh"]);
        var sheet = "Date,Channel,Subject,People,Organizations,Our side,Summary\n" +
            $"2024-05-03,meeting,Talks on party training,Anna Schmidt,SPD,{admin.Email},Discussed the summer school.\n" +
            "2024-06-10,call,Follow-up call,anna@example.de,,,\n" +
            "2024-07-01,meeting,Unknown guest,Nobody Known,,,\n" +
            "2030-01-01,meeting,Planned talk,Anna Schmidt,,,\n";

        var upload = await wizard.UploadAsync(sheet, "meetings.csv", "touchpoints");
        var id = upload.GetProperty("id").GetString()!;
        WizardClient.Columns(upload).ShouldBe(["date", "channel", "subject", "people", "organizations", "our_side", "summary"]);
        var check = (await wizard.CheckAsync(id)).GetProperty("check");
        (WizardClient.Count(check, "created"), WizardClient.Count(check, "invalid")).ShouldBe((2, 2), check.ToString());
        var errors = check.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        errors.ShouldBe([(4, "People"), (5, "Date")]);
        (await wizard.CommitAsync(id, skipInvalid: true)).GetProperty("result").GetProperty("committed").GetBoolean().ShouldBeTrue();

        var talks = await app.WithDbAsync(ctx => ctx.Touchpoints.Include(t => t.People).Include(t => t.Organizations).Include(t => t.Participants).Include(t => t.Country)
            .SingleAsync(t => t.Subject == "Talks on party training"));
        (talks.On, talks.Summary, talks.Country!.Iso3).ShouldBe((new DateOnly(2024, 5, 3), "Discussed the summer school.", "DEU"));
        talks.People.Select(p => p.PersonId).ShouldBe([anna]);
        talks.Organizations.Select(o => o.OrganizationId).ShouldBe([directory.Spd]);
        talks.Participants.Select(p => p.UserId).ShouldBe([admin.Id]);
        (await app.WithDbAsync(ctx => ctx.People.Where(p => p.Id == anna).Select(p => p.LastTouchpointOn).SingleAsync())).ShouldBe(new DateOnly(2024, 6, 10));
        (await app.WithDbAsync(ctx => ctx.Organizations.Where(o => o.Id == directory.Spd).Select(o => o.LastTouchpointOn).SingleAsync())).ShouldBe(new DateOnly(2024, 5, 3));
        (await admin.Client.GetStringAsync($"/api/v1/people/{anna}/timeline")).ShouldContain("Talks on party training");

        // The same file again, with a new summary and one more person: the touchpoint is updated, not duplicated.
        var changed = sheet.Replace("Anna Schmidt,SPD", "Anna Schmidt; #" + minh + ",SPD").Replace("Discussed the summer school.", "Agreed on the summer school.");
        var again = await wizard.UploadAsync(changed, "meetings.csv", "touchpoints");
        var againId = again.GetProperty("id").GetString()!;
        var recheck = (await wizard.CheckAsync(againId)).GetProperty("check");
        (WizardClient.Count(recheck, "created"), WizardClient.Count(recheck, "updated"), WizardClient.Count(recheck, "unchanged")).ShouldBe((0, 1, 1), recheck.ToString());
        var run = (await wizard.CommitAsync(againId, skipInvalid: true)).GetProperty("result").GetProperty("runId").GetInt32();
        (await app.WithDbAsync(ctx => ctx.Touchpoints.CountAsync(t => t.Subject == "Talks on party training"))).ShouldBe(1);
        (await app.WithDbAsync(ctx => ctx.TouchpointPeople.CountAsync(x => x.TouchpointId == talks.Id))).ShouldBe(2);
        (await app.WithDbAsync(ctx => ctx.People.Where(p => p.Id == minh).Select(p => p.LastTouchpointOn).SingleAsync())).ShouldBe(new DateOnly(2024, 5, 3));

        // Rolling the update back restores the summary and unlinks the person it added.
        (await admin.Client.PostAsync($"/api/v1/imports/{run}/rollback", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.WithDbAsync(ctx => ctx.Touchpoints.Where(t => t.Id == talks.Id).Select(t => t.Summary).SingleAsync())).ShouldBe("Discussed the summer school.");
        (await app.WithDbAsync(ctx => ctx.TouchpointPeople.CountAsync(x => x.TouchpointId == talks.Id))).ShouldBe(1);
        (await app.WithDbAsync(ctx => ctx.People.Where(p => p.Id == minh).Select(p => p.LastTouchpointOn).SingleAsync())).ShouldBeNull();

        // A desk officer of Southeast Asia may not log the German touchpoint, and does not see who the German contact is.
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var theirs = await new WizardClient(officer.Client).UploadAsync("Date,Subject,People\n2024-05-04,Lunch,Le Van Minh\n2024-05-05,Dinner,Anna Schmidt\n", "mine.csv", "touchpoints");
        var theirCheck = (await new WizardClient(officer.Client).CheckAsync(theirs.GetProperty("id").GetString()!)).GetProperty("check");
        (WizardClient.Count(theirCheck, "created"), WizardClient.Count(theirCheck, "invalid")).ShouldBe((1, 1), theirCheck.ToString());
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_record_of_past_visits_becomes_completed_engagements_with_delegations_and_can_be_rolled_back(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var directory = await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var wizard = new WizardClient(admin.Client);
        var people = await PeopleAsync(app, wizard);
        var (anna, host) = (people["Anna Schmidt"], people["Wang Fang"]);
        const string sheet = "Title,Kind,Status,Start date,End date,Country,Party,Delegation,Hosts,Location\n" +
            "SPD delegation visit,inbound visit,,2024-04-08,2024-04-12,DEU,SPD,Anna Schmidt,Wang Fang,Beijing\n" +
            "Dialogue on governance,bilateral dialogue,approved,2027-03-01,2027-03-02,VNM,,,,Hanoi\n" +
            "Future visit,other,completed,2030-01-01,,FRA,,,,\n";

        var upload = await wizard.UploadAsync(sheet, "visits.csv", "engagements");
        var id = upload.GetProperty("id").GetString()!;
        WizardClient.Columns(upload).ShouldBe(["title", "kind", "status", "starts_on", "ends_on", "country", "organizations", "delegation", "hosts", "location"]);
        var check = (await wizard.CheckAsync(id)).GetProperty("check");
        (WizardClient.Count(check, "created"), WizardClient.Count(check, "invalid")).ShouldBe((2, 1), check.ToString());
        check.GetProperty("errors")[0].GetProperty("row").GetInt32().ShouldBe(4);
        var run = (await wizard.CommitAsync(id, skipInvalid: true)).GetProperty("result").GetProperty("runId").GetInt32();

        var visit = await app.WithDbAsync(ctx => ctx.Engagements.Include(e => e.Members).Include(e => e.Organizations).Include(e => e.Countries).Include(e => e.Transitions)
            .SingleAsync(e => e.Title == "SPD delegation visit"));
        (visit.Kind, visit.Status, visit.Location, visit.DelegationCount, visit.HostCount).ShouldBe((EngagementKind.InboundVisit, EngagementStatus.Completed, "Beijing", 1, 1));
        visit.Members.Single(m => m.Side == EngagementSide.Delegation).ShouldSatisfyAllConditions(m => m.PersonId.ShouldBe(anna), m => m.Role.ShouldBe(DelegationRole.Head));
        visit.Members.Single(m => m.Side == EngagementSide.Host).PersonId.ShouldBe(host);
        visit.Organizations.Select(o => o.OrganizationId).ShouldBe([directory.Spd]);
        visit.Transitions.Single().To.ShouldBe(EngagementStatus.Completed);
        var touchpoint = await app.WithDbAsync(ctx => ctx.Touchpoints.Include(t => t.People).SingleAsync(t => t.EngagementId == visit.Id));
        touchpoint.People.Select(p => p.PersonId).Order().ShouldBe(new[] { anna, host }.Order());
        (await app.WithDbAsync(ctx => ctx.People.Where(p => p.Id == anna).Select(p => p.LastTouchpointOn).SingleAsync())).ShouldBe(new DateOnly(2024, 4, 12));
        (await app.WithDbAsync(ctx => ctx.Engagements.Where(e => e.Title == "Dialogue on governance").Select(e => e.Status).SingleAsync())).ShouldBe(EngagementStatus.Approved);

        // Re-importing changes nothing; a desk officer may not approve, nor organize outside their desks.
        var again = await wizard.UploadAsync(sheet, "visits.csv", "engagements");
        var recheck = (await wizard.CheckAsync(again.GetProperty("id").GetString()!)).GetProperty("check");
        (WizardClient.Count(recheck, "created"), WizardClient.Count(recheck, "unchanged")).ShouldBe((0, 2), recheck.ToString());
        var officer = new WizardClient((await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk])).Client);
        var theirs = await officer.UploadAsync("Title,Status,Start date,Country\nWorkshop,confirmed,2027-05-01,DEU\nSeminar,,2027-06-01,VNM\nStudy tour,,2027-07-01,FRA\n", "plans.csv", "engagements");
        var theirCheck = (await officer.CheckAsync(theirs.GetProperty("id").GetString()!)).GetProperty("check");
        (WizardClient.Count(theirCheck, "created"), WizardClient.Count(theirCheck, "invalid")).ShouldBe((1, 2), theirCheck.ToString());
        theirCheck.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()).ShouldBe(["Status", "Country"]);

        // The administrator rolls the run back: the engagements, their members and their touchpoint are gone.
        (await admin.Client.PostAsync($"/api/v1/imports/{run}/rollback", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.WithDbAsync(ctx => ctx.Engagements.CountAsync())).ShouldBe(0);
        (await app.WithDbAsync(ctx => ctx.EngagementMembers.CountAsync())).ShouldBe(0);
        (await app.WithDbAsync(ctx => ctx.Touchpoints.CountAsync())).ShouldBe(0);
        (await app.WithDbAsync(ctx => ctx.People.Where(p => p.Id == anna).Select(p => p.LastTouchpointOn).SingleAsync())).ShouldBeNull();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_sheet_of_posts_becomes_positions_and_a_second_sheet_ends_them(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var directory = await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var wizard = new WizardClient(admin.Client);
        var anna = (await PeopleAsync(app, wizard))["Anna Schmidt"];
        const string sheet = "Person,Organization,Title,From,To\n" +
            "Anna Schmidt,SPD,International secretary,2019,\n" +
            "anna@example.de,CDU,Adviser,2015-01-01,2010-01-01\n";

        var upload = await wizard.UploadAsync(sheet, "posts.csv", "positions");
        var id = upload.GetProperty("id").GetString()!;
        WizardClient.Columns(upload).ShouldBe(["person", "organization", "title", "from", "to"]);
        var check = (await wizard.CheckAsync(id)).GetProperty("check");
        (WizardClient.Count(check, "created"), WizardClient.Count(check, "invalid")).ShouldBe((1, 1), check.ToString());
        check.GetProperty("errors")[0].GetProperty("column").GetString().ShouldBe("To");
        await wizard.CommitAsync(id, skipInvalid: true);
        var post = await app.WithDbAsync(ctx => ctx.Positions.SingleAsync(p => p.PersonId == anna && p.OrganizationId == directory.Spd));
        (post.Title, post.From, post.To).ShouldBe(("International secretary", new DateOnly(2019, 1, 1), (DateOnly?)null));

        // The post ended: the same row with its last day updates the position instead of adding one; rollback undoes it.
        var ended = await wizard.UploadAsync(sheet.Replace("2019,", "2019,2023-06-30"), "posts.csv", "positions");
        var endedId = ended.GetProperty("id").GetString()!;
        WizardClient.Count((await wizard.CheckAsync(endedId)).GetProperty("check"), "updated").ShouldBe(1);
        var run = (await wizard.CommitAsync(endedId, skipInvalid: true)).GetProperty("result").GetProperty("runId").GetInt32();
        (await app.WithDbAsync(ctx => ctx.Positions.Where(p => p.PersonId == anna).Select(p => p.To).ToListAsync())).ShouldBe([new DateOnly(2023, 6, 30)]);
        (await admin.Client.PostAsync($"/api/v1/imports/{run}/rollback", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.WithDbAsync(ctx => ctx.Positions.Where(p => p.PersonId == anna).Select(p => p.To).ToListAsync())).ShouldBe([null]);
    }

    /// <summary>The contacts the sheets name, imported as people first (as a department would); their ids by name.</summary>
    private static async Task<Dictionary<string, int>> PeopleAsync(TestApp app, WizardClient wizard)
    {
        var upload = await wizard.UploadAsync("Name,Country,E-mail\nAnna Schmidt,DEU,anna@example.de\nLe Van Minh,VNM,minh@example.vn\nWang Fang,CHN,\n");
        var id = upload.GetProperty("id").GetString()!;
        await wizard.CheckAsync(id);
        (await wizard.CommitAsync(id)).GetProperty("result").GetProperty("committed").GetBoolean().ShouldBeTrue();
        return await app.WithDbAsync(ctx => ctx.People.ToDictionaryAsync(p => p.NameEn, p => p.Id));
    }
}
