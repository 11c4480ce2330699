using System.Net;
using System.Text.Json;
using Liaison.Data;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Touchpoints;
using Microsoft.EntityFrameworkCore;
using static Liaison.Tests.Engagements.EngagementCoreFixture;

namespace Liaison.Tests.Engagements;

public sealed class EngagementMembersTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task People_counts_follow_the_members_and_a_person_takes_part_once(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var officer = await OfficerAsync(app);
        var id = await SpdVisitAsync(officer.Client, data);

        var head = await AddMemberAsync(officer.Client, id, data.German, role: "Head", title: "Head of delegation");
        await AddMemberAsync(officer.Client, id, data.Vietnamese, role: "Interpreter");
        var host = await AddMemberAsync(officer.Client, id, data.Chinese, side: "Host", role: "Host");
        var counts = await GetAsync(officer.Client, id);
        (counts.GetProperty("delegationCount").GetInt32(), counts.GetProperty("hostCount").GetInt32()).ShouldBe((2, 1));
        Counts(await ListAsync(officer.Client, "")).ShouldBe([(id, 2, 1)]);

        var twice = await officer.Client.PostJsonAsync($"/api/v1/engagements/{id}/members", new { personId = data.German, side = "Host", role = "Host" });
        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await twice.Content.ReadAsStringAsync()).ShouldContain("already taking part");
        var secondHead = await officer.Client.PostJsonAsync($"/api/v1/engagements/{id}/members", new { personId = data.GermanConfidential, role = "Head" });
        secondHead.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Ranks follow in order of adding; a change keeps the version check.
        var members = await (await officer.Client.GetAsync($"/api/v1/engagements/{id}/members")).ReadJsonAsync();
        members.EnumerateArray().Select(m => (m.GetProperty("personId").GetInt32(), m.GetProperty("rank").GetInt32()))
            .ShouldBe([(data.German, 1), (data.Vietnamese, 2), (data.Chinese, 1)]);
        var loaded = members.EnumerateArray().Single(m => m.GetProperty("id").GetInt32() == head).GetProperty("version").GetInt32();
        var update = await officer.Client.PutJsonAsync($"/api/v1/engagements/{id}/members/{head}",
            new { personId = data.German, side = "Delegation", role = "Head", rank = 1, title = "Vice-Chair", version = loaded });
        update.StatusCode.ShouldBe(HttpStatusCode.OK, await update.Content.ReadAsStringAsync());
        (await update.ReadJsonAsync()).GetProperty("version").GetInt32().ShouldBe(loaded + 1);
        (await officer.Client.PutJsonAsync($"/api/v1/engagements/{id}/members/{head}",
            new { personId = data.German, side = "Delegation", role = "Head", version = loaded })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await officer.Client.DeleteAsync($"/api/v1/engagements/{id}/members/{host}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        counts = await GetAsync(officer.Client, id);
        (counts.GetProperty("delegationCount").GetInt32(), counts.GetProperty("hostCount").GetInt32()).ShouldBe((2, 0));
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Other_desks_do_not_see_the_engagement_anywhere(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var officer = await OfficerAsync(app);
        var id = await SpdVisitAsync(officer.Client, data);
        await AddMemberAsync(officer.Client, id, data.German);

        var asian = await OfficerAsync(app, Roles.ProtocolOfficer, TestDirectory.SoutheastAsiaDesk);
        (await asian.Client.GetAsync($"/api/v1/engagements/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await asian.Client.GetAsync($"/api/v1/engagements/{id}/members")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await asian.Client.GetAsync($"/api/v1/engagements/{id}/transitions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await MoveAsync(asian.Client, id, "Cancelled", version: 1)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await asian.Client.PostJsonAsync($"/api/v1/engagements/{id}/members", new { personId = data.Vietnamese })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await asian.Client.DeleteAsync($"/api/v1/engagements/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ListAsync(asian.Client, "")).GetProperty("total").GetInt32().ShouldBe(0);
        (await ListAsync(asian.Client, $"?personId={data.German}")).GetProperty("total").GetInt32().ShouldBe(0);

        // A Western Europe viewer sees it but cannot change it (403, not 404).
        var viewer = await OfficerAsync(app, Roles.Viewer);
        (await viewer.Client.GetAsync($"/api/v1/engagements/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.Client.PutJsonAsync($"/api/v1/engagements/{id}", new { kind = "Other", title = "x", startsOn = "2024-01-01", version = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The list filters as the person and organization pages link them.
        Counts(await ListAsync(officer.Client, $"?personId={data.German}")).ShouldBe([(id, 1, 0)]);
        Counts(await ListAsync(officer.Client, $"?organizationId={data.Dir.Spd}&country=DEU&kind=InboundVisit&status=Proposed&mine=true&q=spd")).ShouldBe([(id, 1, 0)]);
        (await ListAsync(officer.Client, $"?organizationId={data.Dir.Cdu}")).GetProperty("total").GetInt32().ShouldBe(0);
        (await ListAsync(officer.Client, $"?from={Iso(Clock.Today.AddDays(1))}")).GetProperty("total").GetInt32().ShouldBe(0);
        (await ListAsync(officer.Client, $"?desk={data.Dir.SoutheastAsia}")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Completion_reaches_the_timelines_and_later_member_changes_follow(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var officer = await OfficerAsync(app);
        var leader = await OfficerAsync(app, Roles.Leader);
        var id = await SpdVisitAsync(officer.Client, data);
        await AddMemberAsync(officer.Client, id, data.German, role: "Head");
        var host = await AddMemberAsync(officer.Client, id, data.Chinese, side: "Host", role: "Host");
        (await TouchpointPeople.LastTouchpointOfOrganizationAsync(app, data.Dir.Spd)).ShouldBeNull();

        await CompleteAsync(officer.Client, leader.Client, id);

        var yesterday = Clock.Today.AddDays(-1);
        var touchpoints = await app.WithDbAsync(d => d.Touchpoints.AsNoTracking().Include(t => t.People).Include(t => t.Organizations)
            .Where(t => t.EngagementId == id).ToListAsync());
        var touchpoint = touchpoints.ShouldHaveSingleItem();
        touchpoint.On.ShouldBe(yesterday);
        touchpoint.Subject.ShouldBe("SPD delegation visit");
        touchpoint.Channel.ShouldBe(Liaison.Features.Touchpoints.TouchpointChannel.Meeting);
        touchpoint.People.Select(p => p.PersonId).ShouldBe([data.German, data.Chinese], ignoreOrder: true);
        touchpoint.Organizations.Select(o => o.OrganizationId).ShouldBe([data.Dir.Spd]);
        (await TouchpointPeople.LastTouchpointOfOrganizationAsync(app, data.Dir.Spd)).ShouldBe(yesterday);
        (await TouchpointPeople.LastTouchpointOfPersonAsync(app, data.German)).ShouldBe(yesterday);
        (await TimelineTouchpointsAsync(officer.Client, data.German)).ShouldBe([touchpoint.Id]);

        // The touchpoint is the engagement's: it is not edited or deleted on its own.
        (await officer.Client.DeleteAsync($"/api/v1/touchpoints/{touchpoint.Id}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.Client.PutJsonAsync($"/api/v1/touchpoints/{touchpoint.Id}", new { subject = "x", personIds = new[] { data.German }, version = touchpoint.Version }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var detail = await (await officer.Client.GetAsync($"/api/v1/touchpoints/{touchpoint.Id}")).ReadJsonAsync();
        detail.GetProperty("engagementId").GetInt32().ShouldBe(id);
        detail.GetProperty("canEdit").GetBoolean().ShouldBeFalse();

        // Members changed after completion: the touchpoint and the dates follow.
        (await officer.Client.DeleteAsync($"/api/v1/engagements/{id}/members/{host}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await TouchpointPeople.LastTouchpointOfPersonAsync(app, data.Chinese)).ShouldBeNull();
        (await TimelineTouchpointsAsync(officer.Client, data.Chinese)).ShouldBeEmpty();
        await AddMemberAsync(officer.Client, id, data.Vietnamese, role: "Interpreter");
        (await TouchpointPeople.LastTouchpointOfPersonAsync(app, data.Vietnamese)).ShouldBe(yesterday);
        var people = await app.WithDbAsync(d => d.TouchpointPeople.AsNoTracking().Where(p => p.TouchpointId == touchpoint.Id).Select(p => p.PersonId).ToListAsync());
        people.ShouldBe([data.German, data.Vietnamese], ignoreOrder: true);

        // Organizations changed on the engagement follow too; still exactly one touchpoint.
        var version = await VersionAsync(officer.Client, id);
        var edit = await officer.Client.PutJsonAsync($"/api/v1/engagements/{id}", new
        {
            kind = "InboundVisit",
            title = "SPD and CDU visit",
            startsOn = Iso(Clock.Today.AddDays(-2)),
            endsOn = Iso(yesterday),
            organizationIds = new[] { data.Dir.Cdu },
            version,
        });
        edit.StatusCode.ShouldBe(HttpStatusCode.OK, await edit.Content.ReadAsStringAsync());
        (await TouchpointPeople.LastTouchpointOfOrganizationAsync(app, data.Dir.Spd)).ShouldBeNull();
        (await TouchpointPeople.LastTouchpointOfOrganizationAsync(app, data.Dir.Cdu)).ShouldBe(yesterday);
        var subjects = await app.WithDbAsync(d => d.Touchpoints.AsNoTracking().Where(t => t.EngagementId == id).Select(t => t.Subject).ToListAsync());
        subjects.ShouldBe(["SPD and CDU visit"]);
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/engagements" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static List<(int, int, int)> Counts(JsonElement page) => page.GetProperty("items").EnumerateArray()
        .Select(i => (i.GetProperty("id").GetInt32(), i.GetProperty("delegationCount").GetInt32(), i.GetProperty("hostCount").GetInt32())).ToList();

    private static async Task<List<int>> TimelineTouchpointsAsync(HttpClient client, int personId)
    {
        var timeline = await (await client.GetAsync($"/api/v1/people/{personId}/timeline?kinds=touchpoints")).ReadJsonAsync();
        return timeline.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("touchpointId").GetInt32()).ToList();
    }
}
