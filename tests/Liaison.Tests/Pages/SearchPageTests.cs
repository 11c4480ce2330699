using System.Net;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Pages;

public sealed class SearchPageTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Hits_carry_their_address_and_Chinese_title_and_the_page_uses_them(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var international = await app.WithDbAsync(async d =>
        {
            var o = new Organization { Kind = OrganizationKind.PartyInternational, NameEn = "Progressive Alliance", NameZh = "进步联盟", Classification = Classification.Public };
            d.Organizations.Add(o);
            await d.SaveChangesAsync();
            return o.Id;
        });
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        var spd = (await (await officer.Client.GetAsync("/api/v1/search?q=SPD")).ReadJsonAsync()).EnumerateArray()
            .First(h => h.GetProperty("kind").GetString() == "org" && h.GetProperty("id").GetInt32() == dir.Spd);
        spd.GetProperty("url").GetString().ShouldBe($"/organizations/{dir.Spd}");
        spd.GetProperty("titleZh").GetString().ShouldBe("德国社会民主党 (SPD)");
        spd.GetProperty("countryIso3").GetString().ShouldBe("DEU");
        spd.GetProperty("countryName").GetString().ShouldBe("Germany");
        spd.GetProperty("organizationKind").GetString().ShouldBe("PoliticalParty");
        spd.GetProperty("subtitle").GetString().ShouldBe("Germany");

        var germany = (await (await officer.Client.GetAsync("/api/v1/search?q=Germany")).ReadJsonAsync()).EnumerateArray()
            .First(h => h.GetProperty("kind").GetString() == "country" && h.GetProperty("title").GetString() == "Germany");
        germany.GetProperty("url").GetString().ShouldBe("/countries/DEU");

        using var pages = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var (response, page) = await pages.GetAsync("/search?q=SPD&culture=zh-Hans");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var link = page.QuerySelector($"main a[href='/organizations/{dir.Spd}']").ShouldNotBeNull();
        link.TextContent.ShouldBe("德国社会民主党 (SPD)");
        link.ParentElement!.TextContent.ShouldContain("德国");

        (_, page) = await pages.GetAsync("/search?q=Progressive%20Alliance&culture=zh-Hans");
        var item = page.QuerySelector($"main a[href='/organizations/{international}']").ShouldNotBeNull();
        item.ParentElement!.TextContent.ShouldContain("政党国际组织");
        (_, page) = await pages.GetAsync("/search?q=Progressive%20Alliance");
        page.QuerySelector($"main a[href='/organizations/{international}']")!.ParentElement!.TextContent.ShouldContain("Party international");
    }
}
