using System.Net;
using Liaison.Data;
using Liaison.Features.Engagements;
using Liaison.Features.People;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Engagements;

public sealed class EngagementListTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Person_organization_and_country_pages_list_their_engagements_for_the_desk_only(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var today = Clock.Today;
        var (personId, past, upcoming) = await app.WithDbAsync(async d =>
        {
            var deu = await d.Countries.SingleAsync(c => c.Iso3 == "DEU");
            var person = new Person { NameEn = "Lars Klingbeil", CountryId = deu.Id, Classification = Classification.Public };
            d.People.Add(person);
            await d.SaveChangesAsync();
            Engagement New(string title, EngagementStatus status, int from, int to, DelegationRole role)
            {
                var e = new Engagement
                {
                    Kind = EngagementKind.InboundVisit, Status = status, Title = title, TitleZh = title + "（中文）", StartsOn = today.AddDays(from), EndsOn = today.AddDays(to),
                    CountryId = deu.Id, Classification = Classification.Internal,
                };
                e.Organizations.Add(new EngagementOrganization { OrganizationId = dir.Spd });
                e.Countries.Add(new EngagementCountry { CountryId = deu.Id });
                e.Members.Add(new EngagementMember { PersonId = person.Id, Side = EngagementSide.Delegation, Role = role, Rank = 1 });
                d.Engagements.Add(e);
                return e;
            }

            var done = New("Delegation of the SPD 2024", EngagementStatus.Completed, -400, -396, DelegationRole.Head);
            var next = New("Delegation of the SPD next month", EngagementStatus.Confirmed, 30, 33, DelegationRole.DeputyHead);
            New("Delegation of the SPD called off", EngagementStatus.Cancelled, 10, 12, DelegationRole.Member);
            for (var i = 0; i < 12; i++)
            {
                New($"Older visit {i}", EngagementStatus.Completed, -2000 + (i * 30), -1998 + (i * 30), DelegationRole.Member);
            }

            await d.SaveChangesAsync();
            return (person.Id, done.Id, next.Id);
        });

        using var desk = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var (response, page) = await desk.GetAsync($"/people/{personId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var card = page.QuerySelector("[data-engagement-list]").ShouldNotBeNull();
        SignedIn.Text(card.QuerySelector("[data-engagement-total]")).Trim().ShouldBe("15");
        var upcomingRows = card.QuerySelectorAll("[data-engagement-upcoming] [data-engagement]").Select(e => e.GetAttribute("data-engagement")).ToList();
        upcomingRows.ShouldBe([upcoming.ToString(System.Globalization.CultureInfo.InvariantCulture)], "the cancelled one is not upcoming");
        var pastRows = card.QuerySelectorAll("[data-engagement-past] [data-engagement]").ToList();
        pastRows.Count.ShouldBe(EngagementListViewComponent.PastLimit);
        pastRows[0].GetAttribute("data-engagement").ShouldBe(past.ToString(System.Globalization.CultureInfo.InvariantCulture), "latest first");
        pastRows[0].QuerySelector("[data-role]")!.GetAttribute("data-role").ShouldBe(nameof(DelegationRole.Head));
        card.TextContent.ShouldContain("Delegation of the SPD next month");
        card.TextContent.ShouldNotContain("called off");
        card.QuerySelector("[data-engagement-all]")!.GetAttribute("href").ShouldBe($"/engagements?personId={personId}");

        (_, page) = await desk.GetAsync($"/organizations/{dir.Spd}");
        page.QuerySelector("[data-engagement-list] [data-engagement-all]")!.GetAttribute("href").ShouldBe($"/engagements?organizationId={dir.Spd}");
        SignedIn.Text(page.QuerySelector("[data-engagement-list] [data-engagement-total]")).Trim().ShouldBe("15");
        (_, page) = await desk.GetAsync($"/countries/DEU");
        page.QuerySelector("[data-engagement-list] [data-engagement-all]")!.GetAttribute("href").ShouldBe("/engagements?country=DEU");

        // Another desk sees the (public) person but none of Western Europe's engagements: no card at all.
        using var other = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        (response, page) = await other.GetAsync($"/people/{personId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[data-engagement-list]").ShouldBeNull();
        (_, page) = await other.GetAsync($"/organizations/{dir.Spd}");
        page.QuerySelector("[data-engagement-list]").ShouldBeNull();
        (_, page) = await other.GetAsync($"/countries/DEU");
        page.QuerySelector("[data-engagement-list]").ShouldBeNull();

        // In Chinese the Chinese titles are shown.
        (_, page) = await desk.GetAsync($"/people/{personId}?culture=zh-Hans");
        SignedIn.Text(page.QuerySelector("#engagements-heading")).ShouldContain("交往活动");
        SignedIn.Text(page.QuerySelector("[data-engagement-upcoming]")).ShouldContain("Delegation of the SPD next month（中文）");
    }
}
