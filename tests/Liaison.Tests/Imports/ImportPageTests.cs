using System.Net;
using Liaison.Features.Imports;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;

namespace Liaison.Tests.Imports;

public sealed class ImportPageTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Administrators_review_runs_and_roll_one_back_and_the_organization_page_links_its_external_ids(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var run = await ImportFixture.PartyFactsAsync(app);
        var cdu = await ImportFixture.OrganizationWithAsync(app, ExternalSchemes.PartyFacts, "1375");
        using var admin = await SignedIn.AsAsync(app, Roles.Administrator, clearance: Classification.Restricted);

        var (_, organization) = await admin.GetAsync($"/organizations/{cdu}");
        var ids = organization.QuerySelector("[data-external-ids]")!;
        ids.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain("https://www.wikidata.org/wiki/Q49762");
        ids.TextContent.ShouldContain("1375");
        ids.TextContent.ShouldContain("808");

        var (_, list) = await admin.GetAsync("/admin/imports");
        list.QuerySelector($"[data-import='{run.RunId}']")!.TextContent.ShouldContain("partyfacts-core-parties.csv");
        var (_, detail) = await admin.GetAsync($"/admin/imports/{run.RunId}");
        detail.QuerySelector("[data-counts]")!.TextContent.ShouldContain($"{run.Created} created");
        detail.QuerySelector("[data-record-counts]")!.TextContent.ShouldContain("Organization");

        var response = await admin.SubmitAsync(detail, "form[action*='Rollback']", new Dictionary<string, string>(), $"/admin/imports/{run.RunId}");
        response.StatusCode.ShouldBe(HttpStatusCode.Found);
        var (_, after) = await admin.GetAsync($"/admin/imports/{run.RunId}");
        after.QuerySelector("[data-status='rolled-back']").ShouldNotBeNull();
        (await ImportFixture.CountAsync(app)).Organizations.ShouldBe(0);
    }
}
