using System.Globalization;
using System.Net;
using System.Text.Json;
using Liaison.Data;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Touchpoints;

namespace Liaison.Tests.Engagements;

/// <summary>The engagement core's test helpers: people on top of <see cref="TouchpointPeople"/>, and engagements made through the API.</summary>
internal static class EngagementCoreFixture
{
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Proposes an engagement through the API and returns its id.</summary>
    public static async Task<int> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostJsonAsync("/api/v1/engagements", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetInt32();
    }

    /// <summary>An inbound visit of the SPD to us, which started two days ago and ended yesterday: the Western Europe desk's.</summary>
    public static Task<int> SpdVisitAsync(HttpClient client, TouchpointPeople data, string title = "SPD delegation visit", string classification = "Internal") =>
        CreateAsync(client, new
        {
            kind = "InboundVisit",
            title,
            titleZh = "德国社民党代表团访华",
            startsOn = Iso(Clock.Today.AddDays(-2)),
            endsOn = Iso(Clock.Today.AddDays(-1)),
            location = "Beijing",
            organizationIds = new[] { data.Dir.Spd },
            classification,
            purpose = "Exchange on **party building**.",
        });

    public static async Task<JsonElement> GetAsync(HttpClient client, int id)
    {
        var response = await client.GetAsync($"/api/v1/engagements/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public static async Task<int> VersionAsync(HttpClient client, int id) => (await GetAsync(client, id)).GetProperty("version").GetInt32();

    /// <summary>Asks for one lifecycle step with the current version.</summary>
    public static async Task<HttpResponseMessage> MoveAsync(HttpClient client, int id, string to, string? note = null, int? version = null) =>
        await client.PostJsonAsync($"/api/v1/engagements/{id}/transitions", new { to, note, version = version ?? await VersionAsync(client, id) });

    public static async Task MoveOkAsync(HttpClient client, int id, string to, string? note = null)
    {
        var response = await MoveAsync(client, id, to, note);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.ReadJsonAsync()).GetProperty("status").GetString().ShouldBe(to);
    }

    public static async Task<int> AddMemberAsync(HttpClient client, int id, int personId, string side = "Delegation", string role = "Member", string? title = null)
    {
        var response = await client.PostJsonAsync($"/api/v1/engagements/{id}/members", new { personId, side, role, title });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetInt32();
    }

    /// <summary>Takes an engagement from proposal to completion: the leader approves, the organizer does the rest.</summary>
    public static async Task CompleteAsync(HttpClient organizer, HttpClient leader, int id)
    {
        await MoveOkAsync(leader, id, "Approved");
        await MoveOkAsync(organizer, id, "Confirmed");
        await MoveOkAsync(organizer, id, "UnderWay");
        await MoveOkAsync(organizer, id, "Completed");
    }

    public static Task<TestUser> OfficerAsync(TestApp app, string role = Roles.ProtocolOfficer, string desk = TestDirectory.WesternEuropeDesk, Classification clearance = Classification.Internal) =>
        app.CreateUserAsync(role, [desk], clearance);
}
