using System.Net;
using System.Text.Json;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using static Liaison.Tests.Work.WorkFixture;

namespace Liaison.Tests.Work;

public sealed class TaskTests
{
    private static async Task<(int Id, int Version)> CreateAsync(TestUser user, object body)
    {
        var response = await user.Client.PostJsonAsync("/api/v1/tasks", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        return (json.GetProperty("id").GetInt32(), json.GetProperty("version").GetInt32());
    }

    private static async Task<List<int>> ListIdsAsync(TestUser user, string query)
    {
        var page = await (await user.Client.GetAsync("/api/v1/tasks?" + query)).ReadJsonAsync();
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Another_desks_user_does_not_see_my_desks_tasks_and_only_owner_or_creator_complete_them(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var me = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var colleague = await app.CreateUserAsync(Roles.Viewer, [TestDirectory.WesternEuropeDesk]);
        var asia = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var (id, _) = await CreateAsync(me, new { title = "Send congratulations to the SPD", dueOn = Ymd(Today.AddDays(3)), organizationId = dir.Spd });

        var detail = await (await me.Client.GetAsync($"/api/v1/tasks/{id}")).ReadJsonAsync();
        detail.GetProperty("deskId").GetInt32().ShouldBe(dir.WesternEurope);
        detail.GetProperty("organization").GetProperty("name").GetString().ShouldBe("Social Democratic Party of Germany");

        // A desk colleague sees it; another desk's officer does not, anywhere.
        (await colleague.Client.GetAsync($"/api/v1/tasks/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ListIdsAsync(colleague, "view=desks")).ShouldContain(id);
        (await asia.Client.GetAsync($"/api/v1/tasks/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ListIdsAsync(asia, "view=all&status=all")).ShouldNotContain(id);
        (await ListIdsAsync(asia, "view=desks&status=all")).ShouldNotContain(id);

        // Neither may complete or edit it: 404, nothing changes.
        (await asia.Client.PostAsync($"/api/v1/tasks/{id}/complete", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await colleague.Client.PostAsync($"/api/v1/tasks/{id}/complete", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await colleague.Client.PutJsonAsync($"/api/v1/tasks/{id}", new { title = "Hijacked", dueOn = Ymd(Today), version = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await me.Client.GetAsync($"/api/v1/tasks/{id}")).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Open");

        // The owner completes it.
        (await me.Client.PostAsync($"/api/v1/tasks/{id}/complete", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var done = await (await me.Client.GetAsync($"/api/v1/tasks/{id}")).ReadJsonAsync();
        done.GetProperty("status").GetString().ShouldBe("Done");
        done.GetProperty("completedAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await ListIdsAsync(me, "view=mine")).ShouldNotContain(id);
        (await ListIdsAsync(me, "view=mine&status=done")).ShouldContain(id);

        // Reopening clears the completion time.
        var reopened = await me.Client.PutJsonAsync($"/api/v1/tasks/{id}", new
        {
            title = "Send congratulations to the SPD",
            dueOn = Ymd(Today.AddDays(3)),
            organizationId = dir.Spd,
            status = "Open",
            version = done.GetProperty("version").GetInt32(),
        });
        reopened.StatusCode.ShouldBe(HttpStatusCode.OK, await reopened.Content.ReadAsStringAsync());
        var open = await (await me.Client.GetAsync($"/api/v1/tasks/{id}")).ReadJsonAsync();
        open.GetProperty("status").GetString().ShouldBe("Open");
        open.GetProperty("completedAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Anyone_may_give_themselves_a_task_but_assigning_and_linking_take_an_editor_of_the_desk(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var researcher = await app.CreateUserAsync(Roles.Researcher, [TestDirectory.WesternEuropeDesk]);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var asia = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var protocol = await app.CreateUserAsync(Roles.ProtocolOfficer, [TestDirectory.WesternEuropeDesk]);

        // For oneself, without links: anyone; the desk is the creator's only desk.
        var (own, _) = await CreateAsync(researcher, new { title = "Read the coalition agreement", dueOn = Ymd(Today.AddDays(10)) });
        var ownTask = await (await researcher.Client.GetAsync($"/api/v1/tasks/{own}")).ReadJsonAsync();
        ownTask.GetProperty("ownerId").GetString().ShouldBe(researcher.Id);
        ownTask.GetProperty("deskId").GetInt32().ShouldBe(dir.WesternEurope);

        // Assigning or linking: not for a researcher.
        (await researcher.Client.PostJsonAsync("/api/v1/tasks", new { title = "For you", dueOn = Ymd(Today), ownerId = officer.Id }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await researcher.Client.PostJsonAsync("/api/v1/tasks", new { title = "About SPD", dueOn = Ymd(Today), organizationId = dir.Spd }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Another desk's officer: the German party is not there for them; the Chinese party (country without a desk) is not theirs.
        var hidden = await asia.Client.PostJsonAsync("/api/v1/tasks", new { title = "About SPD", dueOn = Ymd(Today), organizationId = dir.Spd });
        hidden.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await hidden.Content.ReadAsStringAsync()).ShouldContain("does not exist");
        (await asia.Client.PostJsonAsync("/api/v1/tasks", new { title = "About CPC", dueOn = Ymd(Today), organizationId = dir.Cpc }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await asia.Client.PostJsonAsync("/api/v1/tasks", new { title = "For you", dueOn = Ymd(Today), ownerId = "no-such-user" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // The desk's officer and protocol officer may link and assign.
        var person = await PersonAsync(app, "Lars Klingbeil", "DEU");
        var (assigned, _) = await CreateAsync(officer, new { title = "Invite to the congress", dueOn = Ymd(Today.AddDays(5)), ownerId = researcher.Id, personId = person, organizationId = dir.Spd });
        var (byProtocol, _) = await CreateAsync(protocol, new { title = "Seating plan", dueOn = Ymd(Today.AddDays(5)), ownerId = officer.Id, organizationId = dir.Cdu });
        (await ListIdsAsync(researcher, "view=mine")).ShouldContain(assigned);
        (await ListIdsAsync(officer, "view=assigned")).ShouldContain(assigned);
        (await ListIdsAsync(officer, "view=mine")).ShouldContain(byProtocol);

        // Validation: title and due date.
        var invalid = await officer.Client.PostJsonAsync("/api/v1/tasks", new { title = "  ", notes = new string('x', 4001) });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await invalid.ReadJsonAsync()).GetProperty("errors");
        errors.TryGetProperty("Title", out _).ShouldBeTrue();
        errors.TryGetProperty("DueOn", out _).ShouldBeTrue();
        errors.TryGetProperty("Notes", out _).ShouldBeTrue();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_stale_save_gets_409_with_what_changed(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var me = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var (id, version) = await CreateAsync(me, new { title = "Draft the letter", dueOn = Ymd(Today.AddDays(2)) });

        (await me.Client.PutJsonAsync($"/api/v1/tasks/{id}", new { title = "Draft and send the letter", dueOn = Ymd(Today.AddDays(2)), version }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await me.Client.PutJsonAsync($"/api/v1/tasks/{id}", new { title = "Draft the letter again", dueOn = Ymd(Today.AddDays(2)), version });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var conflict = await stale.ReadJsonAsync();
        conflict.GetProperty("currentVersion").GetInt32().ShouldBe(version + 1);
        var title = conflict.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "Title");
        title.GetProperty("current").GetString().ShouldBe("Draft and send the letter");
        title.GetProperty("yours").GetString().ShouldBe("Draft the letter again");

        (await me.Client.PostJsonAsync($"/api/v1/tasks/{id}/complete", new { version })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await me.Client.PostJsonAsync($"/api/v1/tasks/{id}/complete", new { version = version + 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
