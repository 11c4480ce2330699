using System.Net;
using Liaison.Features.Work;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using static Liaison.Tests.Engagements.LogisticsFixture;

namespace Liaison.Tests.Engagements;

public sealed class OutcomesTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_agreement_outcome_lands_in_the_organizations_ledger_with_its_date_and_classification(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var id = await EngagementAsync(app, organizationIds: [dir.Spd], classification: Classification.Confidential);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk], Classification.Confidential);
        var url = $"/api/v1/engagements/{id}/outcomes";

        // Only the engagement's counterparts can sign: another organization is refused.
        (await officer.Client.PostJsonAsync(url, new { kind = "Agreement", title = "MoU", organizationId = dir.Cdu, agreementKind = "MemorandumOfUnderstanding" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.Client.PostJsonAsync(url, new { kind = "Agreement", title = "MoU", agreementKind = "MemorandumOfUnderstanding" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var outcomeId = await (await officer.Client.PostJsonAsync(url, new
        {
            kind = "Agreement", title = "Cooperation agreement 2025–2030", organizationId = dir.Spd, agreementKind = "CooperationAgreement",
            expiresOn = "2030-05-16", text = "Exchange of *cadre* delegations.",
        })).IdAsync();

        var ledger = await (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Spd}/relationship")).ReadJsonAsync();
        var agreement = ledger.GetProperty("agreements").EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Cooperation agreement 2025–2030");
        agreement.GetProperty("signedOn").GetString().ShouldBe("2025-05-16");
        agreement.GetProperty("expiresOn").GetString().ShouldBe("2030-05-16");
        agreement.GetProperty("kind").GetString().ShouldBe("CooperationAgreement");
        agreement.GetProperty("classification").GetString().ShouldBe("Confidential");

        var outcomes = (await (await officer.Client.GetAsync(url)).ReadJsonAsync()).EnumerateArray().ToList();
        var outcome = outcomes.Single();
        outcome.GetProperty("id").GetInt32().ShouldBe(outcomeId);
        outcome.GetProperty("agreementId").GetInt32().ShouldBe(agreement.GetProperty("id").GetInt32());
        outcome.GetProperty("organizationId").GetInt32().ShouldBe(dir.Spd);

        using var browser = new PageClient(app);
        await browser.SignInAsync(officer.Email, officer.Password);
        var (response, page) = await browser.GetAsync($"/engagements/{id}/outcomes");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        SignedIn.Text(page.QuerySelector($"[data-outcome='{outcomeId}']")).ShouldContain("Cooperation agreement 2025–2030");
        page.QuerySelector($"[data-outcome='{outcomeId}'] a[data-ledger-link][href='/organizations/{dir.Spd}']").ShouldNotBeNull();

        // Deleting the outcome keeps the ledger entry unless asked to remove it.
        var version = outcome.GetProperty("version").GetInt32();
        (await officer.Client.DeleteAsync($"{url}/{outcomeId}?version={version}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Spd}/relationship")).ReadJsonAsync())
            .GetProperty("agreements").GetArrayLength().ShouldBe(1);
        var again = await (await officer.Client.PostJsonAsync(url, new { kind = "Agreement", title = "Exchange programme", organizationId = dir.Spd, agreementKind = "ExchangeProgramme" })).IdAsync();
        (await officer.Client.DeleteAsync($"{url}/{again}?removeAgreement=true")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var titles = (await (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Spd}/relationship")).ReadJsonAsync())
            .GetProperty("agreements").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        titles.ShouldBe(["Cooperation agreement 2025–2030"]);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Commitments_become_tasks_of_their_owners_and_deleting_one_cancels_its_task(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var id = await EngagementAsync(app, organizationIds: [dir.Spd], title: "SPD delegation");
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var colleague = await app.CreateUserAsync(Roles.ProtocolOfficer, [TestDirectory.WesternEuropeDesk]);
        var outsider = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var url = $"/api/v1/engagements/{id}/outcomes";

        // The owner must be able to see the engagement.
        (await officer.Client.PostJsonAsync(url, new { kind = "Commitment", title = "Send the seminar papers", ownerId = outsider.Id, dueOn = "2025-06-30" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.Client.PostJsonAsync(url, new { kind = "Commitment", title = "No date" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var mine = await (await officer.Client.PostJsonAsync(url, new { kind = "Commitment", title = "Send the seminar papers", dueOn = "2025-06-30", organizationId = dir.Spd })).IdAsync();
        var theirs = await (await officer.Client.PostJsonAsync(url, new { kind = "Commitment", title = "Invite a return delegation", ownerId = colleague.Id, dueOn = "2025-09-15" })).IdAsync();

        var myTasks = (await (await officer.Client.GetAsync("/api/v1/tasks?status=all")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var myTask = myTasks.Single(t => t.GetProperty("title").GetString() == "Send the seminar papers");
        myTask.GetProperty("dueOn").GetString().ShouldBe("2025-06-30");
        myTask.GetProperty("ownerId").GetString().ShouldBe(officer.Id);
        var theirTasks = (await (await colleague.Client.GetAsync("/api/v1/tasks")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var theirTask = theirTasks.Single();
        theirTask.GetProperty("title").GetString().ShouldBe("Invite a return delegation");
        theirTask.GetProperty("dueOn").GetString().ShouldBe("2025-09-15");
        var stored = await app.WithDbAsync(d => d.Tasks.AsNoTracking().Where(t => t.EngagementId == id).OrderBy(t => t.Id).ToListAsync());
        stored.Count.ShouldBe(2);
        stored.ShouldAllBe(t => t.DeskId != null && t.CreatedById == officer.Id);
        stored[0].OrganizationId.ShouldBe(dir.Spd);

        using (var browser = new PageClient(app))
        {
            await browser.SignInAsync(colleague.Email, colleague.Password);
            var (response, page) = await browser.GetAsync("/my-work");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            page.Body!.TextContent.ShouldContain("Invite a return delegation");
            page.QuerySelector($"a[href='/engagements/{id}']").ShouldNotBeNull();
        }

        // Editing the commitment moves its task's due date; deleting it cancels the task, which stays.
        var outcome = (await (await officer.Client.GetAsync(url)).ReadJsonAsync()).EnumerateArray().Single(o => o.GetProperty("id").GetInt32() == theirs);
        outcome.GetProperty("task").GetProperty("status").GetString().ShouldBe("Open");
        (await officer.Client.PutJsonAsync($"{url}/{theirs}", new { kind = "Commitment", title = "Invite a return delegation", dueOn = "2025-10-01", version = outcome.GetProperty("version").GetInt32() }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await colleague.Client.GetAsync($"/api/v1/tasks/{theirTask.GetProperty("id").GetInt32()}")).ReadJsonAsync())
            .GetProperty("dueOn").GetString().ShouldBe("2025-10-01");
        (await officer.Client.DeleteAsync($"{url}/{theirs}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var cancelled = await app.WithDbAsync(d => d.Tasks.AsNoTracking().SingleAsync(t => t.Id == theirTask.GetProperty("id").GetInt32()));
        cancelled.Status.ShouldBe(WorkStatus.Cancelled);
        (await (await colleague.Client.GetAsync("/api/v1/tasks")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await (await officer.Client.GetAsync(url)).ReadJsonAsync()).EnumerateArray().Select(o => o.GetProperty("id").GetInt32()).ShouldBe([mine]);
    }
}
