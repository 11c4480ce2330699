using System.Net;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Touchpoints;
using Microsoft.EntityFrameworkCore;
using static Liaison.Tests.Engagements.EngagementCoreFixture;

namespace Liaison.Tests.Engagements;

public sealed class EngagementLifecycleTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_protocol_officer_runs_a_visit_from_proposal_to_completion_and_a_leader_approves_it(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var officer = await OfficerAsync(app);
        var leader = await OfficerAsync(app, Roles.Leader);
        var id = await SpdVisitAsync(officer.Client, data);

        var proposed = await GetAsync(officer.Client, id);
        proposed.GetProperty("status").GetString().ShouldBe("Proposed");
        proposed.GetProperty("countryIso3").GetString().ShouldBe("DEU");
        proposed.GetProperty("ownerId").GetString().ShouldBe(officer.Id);
        proposed.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldBe(["DEU"]);
        proposed.GetProperty("nextSteps").EnumerateArray().Select(s => s.GetString()).ShouldBe(["Cancelled", "Postponed"]);
        (await GetAsync(leader.Client, id)).GetProperty("nextSteps").EnumerateArray().Select(s => s.GetString()).ShouldContain("Approved");

        // The protocol officer may organize but never approve.
        (await MoveAsync(officer.Client, id, "Approved")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await MoveOkAsync(leader.Client, id, "Approved", "Fits the year's plan");
        var approved = await GetAsync(officer.Client, id);
        approved.GetProperty("approvedById").GetString().ShouldBe(leader.Id);
        approved.GetProperty("approvedAt").GetDateTime().ShouldBeInRange(DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));

        await MoveOkAsync(officer.Client, id, "Confirmed");
        await MoveOkAsync(officer.Client, id, "UnderWay");
        await MoveOkAsync(officer.Client, id, "Completed", "All went well");

        var done = await GetAsync(officer.Client, id);
        done.GetProperty("status").GetString().ShouldBe("Completed");
        done.GetProperty("completedAt").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);
        done.GetProperty("nextSteps").GetArrayLength().ShouldBe(0);
        var steps = done.GetProperty("transitions").EnumerateArray()
            .Select(t => (t.GetProperty("from").GetString(), t.GetProperty("to").GetString(), t.GetProperty("byUserId").GetString(), t.GetProperty("note").GetString()))
            .ToList();
        steps.ShouldBe([
            ("Proposed", "Approved", leader.Id, "Fits the year's plan"),
            ("Approved", "Confirmed", officer.Id, null),
            ("Confirmed", "UnderWay", officer.Id, null),
            ("UnderWay", "Completed", officer.Id, "All went well"),
        ]);
        (await (await officer.Client.GetAsync($"/api/v1/engagements/{id}/transitions")).ReadJsonAsync()).GetArrayLength().ShouldBe(4);

        // Each step is in the audit trail, by the user who took it.
        var audited = await app.WithDbAsync(d => d.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "EngagementTransition" && a.Action == AuditActions.Create).Select(a => a.UserId).ToListAsync());
        audited.ShouldBe([leader.Id, officer.Id, officer.Id, officer.Id], ignoreOrder: true);
        (await app.WithDbAsync(d => d.AuditEntries.CountAsync(a => a.EntityType == "Engagement" && a.EntityId == id.ToString() && a.Action == AuditActions.Update)))
            .ShouldBeGreaterThanOrEqualTo(4);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Only_leaders_and_administrators_approve_and_steps_follow_the_lifecycle(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var officer = await OfficerAsync(app, Roles.DeskOfficer);
        var id = await SpdVisitAsync(officer.Client, data);

        foreach (var role in new[] { Roles.Viewer, Roles.DeskOfficer, Roles.ProtocolOfficer, Roles.Researcher })
        {
            var user = await OfficerAsync(app, role);
            (await MoveAsync(user.Client, id, "Approved", version: 1)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }

        (await GetAsync(officer.Client, id)).GetProperty("status").GetString().ShouldBe("Proposed");

        // Illegal steps name the allowed ones; final states allow none.
        var skip = await MoveAsync(officer.Client, id, "Completed");
        skip.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await skip.Content.ReadAsStringAsync();
        problem.ShouldContain("Approved");
        problem.ShouldContain("Postponed");

        // A stale version is a conflict, not a silent step.
        var stale = await MoveAsync(officer.Client, id, "Postponed", version: 99);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await MoveOkAsync(officer.Client, id, "Postponed");
        await MoveOkAsync(officer.Client, id, "Proposed", "New dates agreed");
        var admin = await app.CreateUserAsync(Roles.Administrator, [], Classification.Restricted);
        await MoveOkAsync(admin.Client, id, "Approved");
        await MoveOkAsync(officer.Client, id, "Cancelled");
        var final = await MoveAsync(officer.Client, id, "Proposed");
        final.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await final.Content.ReadAsStringAsync()).ShouldContain("final");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_engagement_is_not_under_way_before_its_first_day_and_only_unstarted_ones_are_deleted(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var officer = await OfficerAsync(app);
        var leader = await OfficerAsync(app, Roles.Leader);
        var id = await CreateAsync(officer.Client, new
        {
            kind = "StudyTour",
            title = "Study tour next month",
            startsOn = Iso(Clock.Today.AddDays(30)),
            endsOn = Iso(Clock.Today.AddDays(35)),
            countryIso3s = new[] { "FRA" },
            organizationIds = new[] { data.Dir.Spd },
        });
        var created = await GetAsync(officer.Client, id);
        created.GetProperty("countryIso3").GetString().ShouldBe("FRA");
        created.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldBe(["FRA", "DEU"]);

        await MoveOkAsync(leader.Client, id, "Approved");
        await MoveOkAsync(officer.Client, id, "Confirmed");
        var early = await MoveAsync(officer.Client, id, "UnderWay");
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.Content.ReadAsStringAsync()).ShouldContain("before its first day");

        // Confirmed engagements stay; a cancelled one may go, with everything in it.
        var version = await VersionAsync(officer.Client, id);
        (await officer.Client.DeleteAsync($"/api/v1/engagements/{id}?version={version}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await AddMemberAsync(officer.Client, id, data.German);
        await MoveOkAsync(officer.Client, id, "Cancelled");
        version = await VersionAsync(officer.Client, id);
        (await officer.Client.DeleteAsync($"/api/v1/engagements/{id}?version={version - 1}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await officer.Client.DeleteAsync($"/api/v1/engagements/{id}?version={version}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await officer.Client.GetAsync($"/api/v1/engagements/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.WithDbAsync(d => d.EngagementMembers.IgnoreQueryFilters().CountAsync(m => m.EngagementId == id))).ShouldBe(0);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Proposals_must_fall_within_the_proposers_desks_and_clearance(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var asian = await OfficerAsync(app, Roles.DeskOfficer, TestDirectory.SoutheastAsiaDesk);
        var outside = await asian.Client.PostJsonAsync("/api/v1/engagements", new
        {
            kind = "BilateralDialogue",
            title = "Dialogue",
            startsOn = Iso(Clock.Today),
            countryIso3s = new[] { "DEU" },
        });
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.Content.ReadAsStringAsync()).ShouldContain("outside your desks");

        var secret = await asian.Client.PostJsonAsync("/api/v1/engagements", new
        {
            kind = "BilateralDialogue",
            title = "Dialogue",
            startsOn = Iso(Clock.Today),
            countryIso3s = new[] { "VNM" },
            classification = "Confidential",
        });
        secret.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var backwards = await asian.Client.PostJsonAsync("/api/v1/engagements", new
        {
            kind = "BilateralDialogue",
            title = "Dialogue",
            startsOn = Iso(Clock.Today),
            endsOn = Iso(Clock.Today.AddDays(-1)),
            countryIso3s = new[] { "VNM" },
        });
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await backwards.ReadJsonAsync()).GetProperty("errors").TryGetProperty("EndsOn", out _).ShouldBeTrue();

        var viewer = await OfficerAsync(app, Roles.Viewer, TestDirectory.SoutheastAsiaDesk);
        (await viewer.Client.PostJsonAsync("/api/v1/engagements", new { kind = "Other", title = "x", startsOn = Iso(Clock.Today), countryIso3s = new[] { "VNM" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var ok = await CreateAsync(asian.Client, new
        {
            kind = "BilateralDialogue",
            title = "Mekong dialogue",
            startsOn = Iso(Clock.Today),
            organizationIds = new[] { data.Dir.VietnamContact },
        });
        (await GetAsync(asian.Client, ok)).GetProperty("countryIso3").GetString().ShouldBe("VNM");
    }
}
