using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Tests.Security;

/// <summary>
/// Every endpoint and page must have a row here stating who may call it; a new endpoint without a row fails.
/// The second test checks the matrix against real calls for each role.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private const string Anonymous = "anonymous";

    public static readonly IReadOnlyDictionary<string, string> Matrix = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PAGE /"] = Policies.Reader,
        ["PAGE /account/denied"] = Anonymous,
        ["PAGE /error/{code:int}"] = Anonymous,
        ["PAGE /account/login"] = Anonymous,
        ["PAGE /account/login/two-factor"] = Anonymous,
        ["PAGE /account/logout"] = Anonymous,
        ["PAGE /account/password"] = Policies.Reader,
        ["PAGE /account/tokens"] = Policies.Reader,
        ["PAGE /about"] = Policies.Reader,
        ["PAGE /account/two-factor"] = Policies.Reader,
        ["PAGE /admin/audit"] = Policies.Auditor,
        ["PAGE /admin/desks"] = Policies.Admin,
        ["PAGE /admin/desks/{key}"] = Policies.Admin,
        ["PAGE /admin/levels"] = Policies.Admin,
        ["PAGE /admin/merges"] = Policies.Admin,
        ["PAGE /admin/imports"] = Policies.Admin,
        ["PAGE /admin/imports/{id:int}"] = Policies.Admin,
        ["PAGE /imports/new"] = Policies.Editor,
        ["PAGE /imports/{id:length(32)}"] = Policies.Editor,
        ["PAGE /admin/users"] = Policies.Admin,
        ["PAGE /admin/users/{id}"] = Policies.Admin,
        ["PAGE /admin/users/new"] = Policies.Admin,
        ["PAGE /Countries"] = Policies.Reader,
        ["PAGE /Countries/Index"] = Policies.Reader,
        ["PAGE /countries/{iso3}"] = Policies.Reader,
        ["PAGE /Organizations"] = Policies.Reader,
        ["PAGE /Organizations/Index"] = Policies.Reader,
        ["PAGE /organizations/{id:int}"] = Policies.Reader,
        ["PAGE /organizations/{id:int}/agreement/{agreementId:int?}"] = Policies.Editor,
        ["PAGE /organizations/{id:int}/edit"] = Policies.Editor,
        ["PAGE /organizations/{id:int}/relationship"] = Policies.Editor,
        ["PAGE /organizations/new"] = Policies.Editor,
        ["PAGE /People"] = Policies.Reader,
        ["PAGE /People/Index"] = Policies.Reader,
        ["PAGE /people/new"] = Policies.Editor,
        ["PAGE /people/{id:int}"] = Policies.Reader,
        ["PAGE /people/{id:int}/edit"] = Policies.Editor,
        ["PAGE /people/{id:int}/photo"] = Policies.Reader,
        ["PAGE /people/{id:int}/positions/{positionId:int?}"] = Policies.Editor,
        ["PAGE /people/{id:int}/channels/{channelId:int?}"] = Policies.Editor,
        ["PAGE /admin/tiers"] = Policies.Admin,
        ["PAGE /search"] = Policies.Reader,
        ["PAGE /touchpoints"] = Policies.Reader,
        ["PAGE /touchpoints/new"] = Policies.Logger,
        ["PAGE /touchpoints/{id:int}"] = Policies.Reader,
        ["PAGE /touchpoints/{id:int}/edit"] = Policies.Logger,
        ["PAGE /people/duplicates"] = Policies.Editor,
        ["PAGE /people/merge"] = Policies.Editor,
        ["POST /culture"] = Anonymous,
        ["GET /healthz"] = Anonymous,
        ["GET /openapi/{documentName}.json"] = Anonymous,
        ["GET /api/v1/countries/"] = Policies.Reader,
        ["GET /api/v1/countries/{iso3}"] = Policies.Reader,
        ["GET /api/v1/countries/{iso3}/government"] = Policies.Reader,
        ["PUT /api/v1/countries/{iso3}"] = Policies.Editor,
        ["GET /api/v1/countries/{iso3}/elections/"] = Policies.Reader,
        ["POST /api/v1/countries/{iso3}/elections/"] = Policies.Editor,
        ["DELETE /api/v1/countries/{iso3}/elections/{electionId:int}"] = Policies.Editor,
        ["GET /api/v1/desks/"] = Policies.Reader,
        ["POST /api/v1/desks/"] = Policies.Admin,
        ["PUT /api/v1/desks/{id:int}"] = Policies.Admin,
        ["DELETE /api/v1/desks/{id:int}"] = Policies.Admin,
        ["GET /api/v1/organizations/"] = Policies.Reader,
        ["GET /api/v1/organizations/{id:int}"] = Policies.Reader,
        ["POST /api/v1/organizations/"] = Policies.Editor,
        ["PUT /api/v1/organizations/{id:int}"] = Policies.Editor,
        ["DELETE /api/v1/organizations/{id:int}"] = Policies.Admin,
        ["GET /api/v1/organizations/{id:int}/standings"] = Policies.Reader,
        ["GET /api/v1/organizations/{id:int}/standing"] = Policies.Reader,
        ["POST /api/v1/organizations/{id:int}/standings"] = Policies.Editor,
        ["DELETE /api/v1/organizations/{id:int}/standings/{spanId:int}"] = Policies.Editor,
        ["POST /api/v1/organizations/{id:int}/memberships"] = Policies.Editor,
        ["DELETE /api/v1/organizations/{id:int}/memberships/{membershipId:int}"] = Policies.Editor,
        ["POST /api/v1/organizations/{id:int}/lineage"] = Policies.Editor,
        ["DELETE /api/v1/organizations/{id:int}/lineage/{linkId:int}"] = Policies.Editor,
        ["GET /api/v1/relationship-levels"] = Policies.Reader,
        ["POST /api/v1/relationship-levels"] = Policies.Admin,
        ["PUT /api/v1/relationship-levels/{levelId:int}"] = Policies.Admin,
        ["GET /api/v1/organizations/{id:int}/relationship"] = Policies.Reader,
        ["PUT /api/v1/organizations/{id:int}/relationship"] = Policies.Editor,
        ["POST /api/v1/organizations/{id:int}/agreements"] = Policies.Editor,
        ["PUT /api/v1/organizations/{id:int}/agreements/{agreementId:int}"] = Policies.Editor,
        ["DELETE /api/v1/organizations/{id:int}/agreements/{agreementId:int}"] = Policies.Editor,
        ["GET /api/v1/people/"] = Policies.Reader,
        ["GET /api/v1/people/export"] = Policies.Reader,
        ["GET /api/v1/organizations/export"] = Policies.Reader,
        ["GET /api/v1/touchpoints/export"] = Policies.Reader,
        ["GET /api/v1/engagements/export"] = Policies.Reader,
        ["GET /api/v1/countries/export"] = Policies.Reader,
        ["GET /api/v1/tasks/export"] = Policies.Reader,
        ["GET /api/v1/audit/export"] = Policies.Auditor,
        ["GET /api/v1/people/{id:int}"] = Policies.Reader,
        ["POST /api/v1/people/"] = Policies.Editor,
        ["PUT /api/v1/people/{id:int}"] = Policies.Editor,
        ["GET /api/v1/people/{id:int}/positions"] = Policies.Reader,
        ["POST /api/v1/people/{id:int}/positions"] = Policies.Editor,
        ["GET /api/v1/positions/{positionId:int}"] = Policies.Reader,
        ["PUT /api/v1/positions/{positionId:int}"] = Policies.Editor,
        ["DELETE /api/v1/positions/{positionId:int}"] = Policies.Editor,
        ["GET /api/v1/organizations/{id:int}/leadership"] = Policies.Reader,
        ["GET /api/v1/people/{id:int}/channels"] = Policies.Reader,
        ["POST /api/v1/people/{id:int}/channels"] = Policies.Editor,
        ["PUT /api/v1/channels/{channelId:int}"] = Policies.Editor,
        ["DELETE /api/v1/channels/{channelId:int}"] = Policies.Editor,
        ["PUT /api/v1/people/{id:int}/photo"] = Policies.Editor,
        ["DELETE /api/v1/people/{id:int}/photo"] = Policies.Editor,
        ["GET /api/v1/tiers/"] = Policies.Reader,
        ["POST /api/v1/tiers/"] = Policies.Admin,
        ["PUT /api/v1/tiers/{tierId:int}"] = Policies.Admin,
        ["DELETE /api/v1/tiers/{tierId:int}"] = Policies.Admin,
        ["GET /api/v1/search"] = Policies.Reader,
        ["GET /api/v1/touchpoints/"] = Policies.Reader,
        ["GET /api/v1/touchpoints/{id:int}"] = Policies.Reader,
        ["POST /api/v1/touchpoints/"] = Policies.Logger,
        ["PUT /api/v1/touchpoints/{id:int}"] = Policies.Logger,
        ["DELETE /api/v1/touchpoints/{id:int}"] = Policies.Logger,
        ["GET /api/v1/people/{id:int}/timeline"] = Policies.Reader,
        ["GET /api/v1/organizations/{id:int}/timeline"] = Policies.Reader,
        ["GET /api/v1/people/duplicates"] = Policies.Editor,
        ["GET /api/v1/people/similar"] = Policies.Editor,
        ["GET /api/v1/people/{id:int}/duplicates"] = Policies.Editor,
        ["POST /api/v1/people/{id:int}/distinct/{otherId:int}"] = Policies.Editor,
        ["POST /api/v1/people/merge"] = Policies.Editor,
        ["GET /api/v1/merges/"] = Policies.Admin,
        ["POST /api/v1/merges/{id:int}/revert"] = Policies.Admin,
        ["GET /api/v1/users/"] = Policies.Admin,
        ["POST /api/v1/users/"] = Policies.Admin,
        ["PUT /api/v1/users/{id}/access"] = Policies.Admin,
        ["POST /api/v1/users/{id}/disable"] = Policies.Admin,
        ["POST /api/v1/users/{id}/enable"] = Policies.Admin,
        ["DELETE /api/v1/users/{id}/tokens/{tokenId:int}"] = Policies.Admin,
        ["GET /api/v1/audit/"] = Policies.Auditor,
        ["GET /api/v1/audit/verify"] = Policies.Auditor,
        ["GET /api/v1/imports/"] = Policies.Admin,
        ["GET /api/v1/imports/{id:int}"] = Policies.Admin,
        ["POST /api/v1/imports/{id:int}/rollback"] = Policies.Admin,
        ["POST /api/v1/imports/uploads/"] = Policies.Editor,
        ["GET /api/v1/imports/uploads/{id}"] = Policies.Editor,
        ["PUT /api/v1/imports/uploads/{id}/mapping"] = Policies.Editor,
        ["POST /api/v1/imports/uploads/{id}/check"] = Policies.Editor,
        ["POST /api/v1/imports/uploads/{id}/commit"] = Policies.Editor,
        ["POST /api/v1/imports/uploads/{id}/cancel"] = Policies.Editor,
        ["GET /api/v1/imports/uploads/{id}/errors"] = Policies.Editor,
        ["DELETE /api/v1/imports/uploads/{id}"] = Policies.Editor,
        ["PAGE /tasks"] = Policies.Reader,
        ["PAGE /tasks/new"] = Policies.Reader,
        ["PAGE /tasks/{id:int}"] = Policies.Reader,
        ["PAGE /my-work"] = Policies.Reader,
        ["GET /api/v1/tasks/"] = Policies.Reader,
        ["GET /api/v1/tasks/{id:int}"] = Policies.Reader,
        ["POST /api/v1/tasks/"] = Policies.Reader,
        ["PUT /api/v1/tasks/{id:int}"] = Policies.Reader,
        ["POST /api/v1/tasks/{id:int}/complete"] = Policies.Reader,
        ["GET /api/v1/my-work"] = Policies.Reader,
        ["POST /api/v1/calendar-feed/"] = Policies.Reader,
        ["DELETE /api/v1/calendar-feed/"] = Policies.Reader,
        ["GET /calendar/{secret}.ics"] = Anonymous,

        // Engagement core: list, proposal, detail with lifecycle, members; their API.
        ["PAGE /engagements"] = Policies.Reader,
        ["PAGE /engagements/new"] = Policies.Organizer,
        ["PAGE /engagements/{id:int}"] = Policies.Reader,
        ["PAGE /engagements/{id:int}/edit"] = Policies.Organizer,
        ["PAGE /engagements/{id:int}/members"] = Policies.Organizer,
        ["GET /api/v1/engagements/"] = Policies.Reader,
        ["GET /api/v1/engagements/{id:int}"] = Policies.Reader,
        ["POST /api/v1/engagements/"] = Policies.Organizer,
        ["PUT /api/v1/engagements/{id:int}"] = Policies.Organizer,
        ["DELETE /api/v1/engagements/{id:int}"] = Policies.Organizer,
        ["GET /api/v1/engagements/{id:int}/transitions"] = Policies.Reader,
        ["POST /api/v1/engagements/{id:int}/transitions"] = Policies.Organizer,
        ["GET /api/v1/engagements/{id:int}/members"] = Policies.Reader,
        ["POST /api/v1/engagements/{id:int}/members"] = Policies.Organizer,
        ["PUT /api/v1/engagements/{id:int}/members/{memberId:int}"] = Policies.Organizer,
        ["DELETE /api/v1/engagements/{id:int}/members/{memberId:int}"] = Policies.Organizer,

        // Engagements: itinerary (pages, REST API).
        ["PAGE /engagements/{id:int}/itinerary"] = Policies.Reader,
        ["PAGE /engagements/{id:int}/itinerary/slot/{itemId:int?}"] = Policies.Organizer,
        ["PAGE /engagements/{id:int}/itinerary/print"] = Policies.Reader,
        ["GET /api/v1/engagements/{id:int}/itinerary/"] = Policies.Reader,
        ["GET /api/v1/engagements/{id:int}/itinerary/warnings"] = Policies.Reader,
        ["POST /api/v1/engagements/{id:int}/itinerary/"] = Policies.Organizer,
        ["PUT /api/v1/engagements/{id:int}/itinerary/{itemId:int}"] = Policies.Organizer,
        ["DELETE /api/v1/engagements/{id:int}/itinerary/{itemId:int}"] = Policies.Organizer,

        // Engagements: logistics, gifts, outcomes, documents (reads Reader; changes Organizer + the record-level CanOrganize).
        ["PAGE /engagements/{id:int}/logistics"] = Policies.Reader,
        ["PAGE /engagements/{id:int}/gifts"] = Policies.Reader,
        ["PAGE /engagements/{id:int}/outcomes"] = Policies.Reader,
        ["PAGE /engagements/{id:int}/documents"] = Policies.Reader,
        ["PAGE /engagements/{id:int}/documents/{docId:int}"] = Policies.Reader,
        ["GET /api/v1/engagements/{id:int}/logistics/"] = Policies.Reader,
        ["POST /api/v1/engagements/{id:int}/logistics/"] = Policies.Organizer,
        ["PUT /api/v1/engagements/{id:int}/logistics/{itemId:int}"] = Policies.Organizer,
        ["DELETE /api/v1/engagements/{id:int}/logistics/{itemId:int}"] = Policies.Organizer,
        ["GET /api/v1/engagements/{id:int}/gifts/"] = Policies.Reader,
        ["POST /api/v1/engagements/{id:int}/gifts/"] = Policies.Organizer,
        ["PUT /api/v1/engagements/{id:int}/gifts/{giftId:int}"] = Policies.Organizer,
        ["DELETE /api/v1/engagements/{id:int}/gifts/{giftId:int}"] = Policies.Organizer,
        ["GET /api/v1/engagements/{id:int}/outcomes/"] = Policies.Reader,
        ["POST /api/v1/engagements/{id:int}/outcomes/"] = Policies.Organizer,
        ["PUT /api/v1/engagements/{id:int}/outcomes/{outcomeId:int}"] = Policies.Organizer,
        ["DELETE /api/v1/engagements/{id:int}/outcomes/{outcomeId:int}"] = Policies.Organizer,
        ["GET /api/v1/engagements/{id:int}/documents/"] = Policies.Reader,
        ["POST /api/v1/engagements/{id:int}/documents/"] = Policies.Organizer,
        ["GET /api/v1/engagements/{id:int}/documents/{docId:int}/content"] = Policies.Reader,
        ["DELETE /api/v1/engagements/{id:int}/documents/{docId:int}"] = Policies.Organizer,
        // Engagements: calendar, its feed, statistics.
        ["PAGE /engagements/calendar"] = Policies.Reader,
        ["PAGE /statistics"] = Policies.Reader,
        ["GET /api/v1/engagements/calendar"] = Policies.Reader,
        ["GET /api/v1/statistics/engagements"] = Policies.Reader,
        ["GET /calendar/{secret}/engagements.ics"] = Anonymous,
    };

    [Fact]
    public async Task Every_endpoint_has_a_row_and_its_authorization_matches_it()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var actual = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var endpoint in app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            // Pages answer GET and their form posts; one row covers both.
            var isPage = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null;
            var methods = isPage ? ["PAGE"] : endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            foreach (var method in methods)
            {
                actual[$"{method} {pattern}"] = EffectivePolicy(endpoint);
            }
        }

        var missing = actual.Keys.Except(Matrix.Keys).Order().ToList();
        missing.ShouldBeEmpty("These endpoints have no row in the authorization matrix:\n" + string.Join("\n", missing.Select(k => $"{k} -> {actual[k]}")));
        var stale = Matrix.Keys.Except(actual.Keys).Order().ToList();
        stale.ShouldBeEmpty("These matrix rows match no endpoint:\n" + string.Join("\n", stale));
        var wrong = Matrix.Where(kv => actual[kv.Key] != kv.Value).Select(kv => $"{kv.Key}: expected {kv.Value}, is {actual[kv.Key]}").ToList();
        wrong.ShouldBeEmpty(string.Join("\n", wrong));
    }

    public static TheoryData<string> AllRoles() => new(Roles.All);

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Each_role_gets_exactly_what_the_matrix_allows(string role)
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var dir = await TestDirectory.SeedAsync(app);
        var user = await app.CreateUserAsync(role, [TestDirectory.WesternEuropeDesk]);
        var isEditor = Policies.EditorRoles.Contains(role);
        var isAdmin = role == Roles.Administrator;

        (await user.Client.GetAsync($"/api/v1/organizations/{dir.Spd}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.GetAsync("/api/v1/countries/DEU/government")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = $"{role} Party", kind = "PoliticalParty", countryIso3 = "DEU" }))
            .StatusCode.ShouldBe(isEditor ? HttpStatusCode.Created : HttpStatusCode.Forbidden);
        (await user.Client.PostJsonAsync($"/api/v1/organizations/{dir.Spd}/agreements", new { kind = "MemorandumOfUnderstanding", title = "MoU", signedOn = "2024-05-01" }))
            .StatusCode.ShouldBe(isEditor ? HttpStatusCode.Created : HttpStatusCode.Forbidden);
        (await user.Client.GetAsync("/api/v1/users")).StatusCode.ShouldBe(isAdmin ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
        // The audit trail shows every record's contents: administrators below Restricted clearance are refused too.
        (await user.Client.GetAsync("/api/v1/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await user.Client.PostJsonAsync("/api/v1/desks", new { name = $"{role} desk" })).StatusCode.ShouldBe(isAdmin ? HttpStatusCode.Created : HttpStatusCode.Forbidden);
        (await user.Client.DeleteAsync($"/api/v1/organizations/{dir.Fdp}")).StatusCode.ShouldBe(isAdmin ? HttpStatusCode.NoContent : HttpStatusCode.Forbidden);
    }

    private static string EffectivePolicy(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return Anonymous;
        }

        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? Policies.Reader).ToHashSet();
        return policies.Contains(Policies.Auditor) ? Policies.Auditor
            : policies.Contains(Policies.Admin) ? Policies.Admin
            : policies.Contains(Policies.Approver) ? Policies.Approver
            : policies.Contains(Policies.Editor) ? Policies.Editor
            : policies.Contains(Policies.Organizer) ? Policies.Organizer
            : policies.Contains(Policies.Logger) ? Policies.Logger
            : Policies.Reader;
    }
}
