using System.Net;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Pages;

public sealed class OrganizationPageTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Hostile_names_render_as_text_on_the_detail_page_and_the_list(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        using var officer = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var hostile = SharedData.HostileStrings()
            .Where(s => !s.Contains('\0', StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(s) && s.Length <= 200)
            .Where(s => s.Contains('<', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) || s.Contains("script", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .Take(40)
            .ToList();
        hostile.Count.ShouldBeGreaterThan(30);
        var ids = await app.WithDbAsync(async d =>
        {
            var deu = await d.Countries.SingleAsync(c => c.Iso3 == "DEU");
            var orgs = hostile.Select(s => new Organization
            {
                Kind = OrganizationKind.PoliticalParty,
                CountryId = deu.Id,
                NameEn = s,
                NameZh = s,
                NameNative = s,
                Abbreviation = s.Length <= 40 ? s : null,
                Description = s,
                Classification = Classification.Internal,
            }).ToList();
            d.Organizations.AddRange(orgs);
            await d.SaveChangesAsync();
            return orgs.Select(o => o.Id).ToList();
        });

        var failures = new List<string>();
        foreach (var (name, id) in hostile.Zip(ids))
        {
            var (response, page) = await officer.GetAsync($"/organizations/{id}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{(int)response.StatusCode} for {name}");
                continue;
            }

            failures.AddRange(SignedIn.InjectedMarkup(page).Select(m => $"/organizations/{id} ({name}): {m}"));
            if (!SignedIn.Text(page.QuerySelector("h1")).Contains(SignedIn.AsParsed(name), StringComparison.Ordinal))
            {
                failures.Add($"heading of /organizations/{id} lacks {name}");
            }
        }

        var (listResponse, list) = await officer.GetAsync("/organizations?country=DEU");
        listResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        failures.AddRange(SignedIn.InjectedMarkup(list).Select(m => "/organizations?country=DEU: " + m));
        var rows = list.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
        failures.AddRange(hostile.Where(name => !rows.Any(r => r.Contains(SignedIn.AsParsed(name), StringComparison.Ordinal))).Select(name => "list lacks " + name));

        failures.ShouldBeEmpty(string.Join("\n", failures.Take(20)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Another_desks_internal_organization_is_not_found_anywhere_in_the_pages(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        using var asia = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        using var europe = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var link = $"a[href='/organizations/{dir.VietnamContact}']";

        // The owning desk sees it everywhere, so the checks below can fail.
        (await asia.GetAsync($"/organizations/{dir.VietnamContact}")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await asia.GetAsync($"/organizations/{dir.VietnamContact}/edit")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await asia.GetAsync("/organizations")).Document.QuerySelector(link).ShouldNotBeNull();
        (await asia.GetAsync("/search?q=Mekong%20Friendship")).Document.QuerySelector(link).ShouldNotBeNull();

        (await europe.GetAsync($"/organizations/{dir.VietnamContact}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await europe.GetAsync($"/organizations/{dir.VietnamContact}/edit")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (_, list) = await europe.GetAsync("/organizations");
        list.QuerySelector(link).ShouldBeNull();
        list.Body!.TextContent.ShouldNotContain("Mekong Friendship Association");
        var (_, search) = await europe.GetAsync("/search?q=Mekong%20Friendship");
        search.QuerySelector(link).ShouldBeNull();
        search.Body!.TextContent.ShouldNotContain("Mekong Friendship Association");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Editors_add_and_delete_memberships_and_lineage_on_the_organization_page(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var (internationalId, labourId) = await app.WithDbAsync(async d =>
        {
            var deu = await d.Countries.SingleAsync(c => c.Iso3 == "DEU");
            var international = new Organization { Kind = OrganizationKind.PartyInternational, NameEn = "Progressive Alliance", NameZh = "进步联盟", Classification = Classification.Public };
            var labour = new Organization { Kind = OrganizationKind.PoliticalParty, NameEn = "Labour and Social Justice", Abbreviation = "WASG", CountryId = deu.Id, Classification = Classification.Internal };
            d.Organizations.AddRange(international, labour);
            await d.SaveChangesAsync();
            return (international.Id, labour.Id);
        });
        using var officer = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var url = $"/organizations/{dir.Spd}";

        // A membership ending before it starts is refused with the reason next to the field.
        var (_, page) = await officer.GetAsync(url);
        var refused = await officer.SubmitAsync(page, "#membership-form", new Dictionary<string, string>
        {
            ["NewMembership.GroupId"] = internationalId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewMembership.Status"] = "Observer",
            ["NewMembership.From"] = "2020-01-01",
            ["NewMembership.To"] = "2019-01-01",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("The end date cannot be before the start date.");

        var added = await officer.SubmitAsync(page, "#membership-form", new Dictionary<string, string>
        {
            ["NewMembership.GroupId"] = internationalId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewMembership.Status"] = "Full",
            ["NewMembership.From"] = "2013-05-22",
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, page) = await officer.GetAsync(url);
        SignedIn.Text(page.QuerySelector("#links ul")).ShouldContain("Progressive Alliance");
        SignedIn.Text(page.QuerySelector(".alert-success")).ShouldContain("The membership was added.");

        var lineage = await officer.SubmitAsync(page, "#lineage-form", new Dictionary<string, string>
        {
            ["NewLineage.SuccessorId"] = labourId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewLineage.Kind"] = "SplitFrom",
            ["NewLineage.Date"] = "2005-01-22",
            ["NewLineage.Note"] = "Left over Agenda 2010",
        });
        lineage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, page) = await officer.GetAsync(url);
        page.QuerySelectorAll("#links ul").Select(u => u.TextContent).ShouldContain(t => t.Contains("Left over Agenda 2010") && t.Contains("Labour and Social Justice"));

        // Both links can be deleted again from the same page.
        (await officer.SubmitAsync(page, "form[action*='handler=DeleteMembership']", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.SubmitAsync(page, "form[action*='handler=DeleteLineage']", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, page) = await officer.GetAsync(url);
        page.QuerySelectorAll("#links ul").Select(u => u.TextContent).ShouldAllBe(t => !t.Contains("Progressive Alliance") && !t.Contains("Left over Agenda 2010"));
        (await app.WithDbAsync(d => d.Memberships.CountAsync())).ShouldBe(0);

        (_, page) = await officer.GetAsync(url + "?culture=zh-Hans");
        SignedIn.Text(page.QuerySelector("#membership-form")).ShouldContain("添加成员关系");
        SignedIn.Text(page.QuerySelector("#lineage-form")).ShouldContain("后继组织");

        // A viewer gets no forms at all.
        using var viewer = await SignedIn.AsAsync(app, Roles.Viewer, [TestDirectory.WesternEuropeDesk]);
        (_, page) = await viewer.GetAsync(url);
        page.QuerySelector("#membership-form").ShouldBeNull();
        page.QuerySelector("#lineage-form").ShouldBeNull();
    }
}
