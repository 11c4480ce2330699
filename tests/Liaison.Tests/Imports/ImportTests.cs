using System.Globalization;
using System.Net;
using Liaison.Features.Countries;
using Liaison.Features.Imports;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Imports;

public sealed class ImportTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Party_Facts_then_ParlGov_links_the_same_parties_and_a_reimport_changes_nothing(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var pf = await ImportFixture.PartyFactsAsync(app);
        pf.Created.ShouldBeGreaterThan(5000);
        pf.CreatedByType["Organization"].ShouldBe(5460);
        pf.Skipped.ShouldBeGreaterThanOrEqualTo(1296); // 6 placeholder rows ("technical") in each of 216 countries

        var cpc = await app.WithDbAsync(d => d.Organizations.IgnoreQueryFilters().Include(o => o.Country).SingleAsync(o => o.NameZh == "中国共产党"));
        cpc.ShouldSatisfyAllConditions(
            o => o.NameEn.ShouldBe("Communist Party of China"),
            o => o.NameNative.ShouldBe("中国共产党"),
            o => o.NameRomanized.ShouldBe("Communist Party of China"),
            o => o.Abbreviation.ShouldBe("CPC"),
            o => o.Country!.Iso3.ShouldBe("CHN"),
            o => o.Founded.ShouldBe(new DateOnly(1921, 1, 1)));
        (await ImportFixture.OrganizationWithAsync(app, ExternalSchemes.PartyFacts, "5124")).ShouldBe(cpc.Id);

        var cdu = await ImportFixture.OrganizationWithAsync(app, ExternalSchemes.PartyFacts, "1375");
        (await ImportFixture.OrganizationWithAsync(app, ExternalSchemes.Wikidata, "Q49762")).ShouldBe(cdu);
        (await ImportFixture.OrganizationWithAsync(app, ExternalSchemes.ParlGov, "808")).ShouldBe(cdu);

        var parlgov = await ImportFixture.ParlGovAsync(app);
        parlgov.Updated.ShouldBeGreaterThan(1000);
        (await ImportFixture.OrganizationWithAsync(app, ExternalSchemes.ParlGov, "808")).ShouldBe(cdu, "ParlGov's CDU is Party Facts' CDU");
        var cduNow = await app.WithDbAsync(d => d.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Id == cdu));
        cduNow.Family.ShouldBe(IdeologyFamily.ChristianDemocratic);
        (await ImportFixture.DuplicatedIdsAsync(app)).ShouldBe(0);

        var before = await ImportFixture.CountAsync(app);
        before.Elections.ShouldBe(1028);
        before.Results.ShouldBeGreaterThan(9000);
        var again = await ImportFixture.PartyFactsAsync(app);
        var againParlGov = await ImportFixture.ParlGovAsync(app);
        (again.Created, again.Updated, againParlGov.Created, againParlGov.Updated).ShouldBe((0, 0, 0, 0));
        (await ImportFixture.CountAsync(app)).ShouldBe(before);
        (await ImportFixture.RunCountAsync(app)).ShouldBe(4);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task ParlGov_then_Party_Facts_ends_with_the_same_records_as_the_other_order(Db db)
    {
        ImportFixture.Counts forward;
        await using (var first = await TestApp.StartAsync(db))
        {
            await ImportFixture.PartyFactsAsync(first);
            await ImportFixture.ParlGovAsync(first);
            forward = await ImportFixture.CountAsync(first);
        }

        await using var app = await TestApp.StartAsync(db);
        await ImportFixture.ParlGovAsync(app);
        await ImportFixture.PartyFactsAsync(app);
        var backward = await ImportFixture.CountAsync(app);
        backward.ShouldBe(forward with { SearchEntries = backward.SearchEntries });
        (await ImportFixture.DuplicatedIdsAsync(app)).ShouldBe(0);
        (await ImportFixture.OrganizationWithAsync(app, ExternalSchemes.PartyFacts, "1375"))
            .ShouldBe(await ImportFixture.OrganizationWithAsync(app, ExternalSchemes.ParlGov, "808"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Who_governed_answers_as_ParlGovs_cabinet_tables_do_for_every_country(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await ImportFixture.ParlGovAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);

        // ParlGov records the Union as one party in government, "CDU+CSU" (party 1727), with the chancellor.
        var germany = await (await admin.Client.GetAsync("/api/v1/countries/deu/government?date=2010-01-01")).ReadJsonAsync();
        var parties = germany.GetProperty("governing").EnumerateArray().ToList();
        parties.Select(p => p.GetProperty("abbreviation").GetString()).ShouldBe(["CDU+CSU", "FDP"]);
        parties.Single(p => p.GetProperty("headOfGovernment").GetBoolean()).GetProperty("abbreviation").GetString().ShouldBe("CDU+CSU");

        var expectation = new ParlGovExpectation(ImportFixture.ParlGovDir);
        var organizationOf = await app.WithDbAsync(async d => (await d.ExternalIds.Where(e => e.Scheme == ExternalSchemes.ParlGov).ToListAsync())
            .ToDictionary(e => int.Parse(e.Value, CultureInfo.InvariantCulture), e => e.OrganizationId));
        var countries = expectation.Countries.ToList();
        countries.Count.ShouldBe(37);
        DateOnly[] dates = [new(1946, 6, 1), new(1962, 3, 1), new(1978, 9, 15), new(1991, 1, 1), new(2003, 7, 1), new(2010, 1, 1), new(2021, 12, 31)];
        var checkedParties = 0;
        foreach (var iso3 in countries)
        {
            foreach (var date in dates)
            {
                var (expected, pm) = expectation.On(iso3, date);
                var government = await app.WithDbAsync(d => GovernmentQuery.OnDateAsync(d, iso3, date));
                var governing = government!.Governing.Select(p => p.OrganizationId).Order().ToList();
                governing.ShouldBe(expected.Where(organizationOf.ContainsKey).Select(p => organizationOf[p]).Distinct().Order().ToList(), $"{iso3} on {date:yyyy-MM-dd}");
                if (pm is { } head && organizationOf.TryGetValue(head, out var headOrganization))
                {
                    government.Governing.Single(p => p.HeadOfGovernment).OrganizationId.ShouldBe(headOrganization, $"{iso3} on {date:yyyy-MM-dd}");
                }

                checkedParties += governing.Count;
            }
        }

        checkedParties.ShouldBeGreaterThan(300);
    }
}
