using System.Net;
using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Itinerary;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using static Liaison.Tests.Engagements.ItineraryFixture;

namespace Liaison.Tests.Engagements;

public sealed class ItineraryPageTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_organizer_plans_slots_on_the_page_and_sees_the_warnings_validation_and_conflicts(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var visit = await EngagementAsync(app, "SPD delegation visit", "DEU", Day1, Day1.AddDays(2), titleZh: "德国社民党代表团访华");
        var counterpart = await PersonAsync(app, "Anna Berger", iso3: "DEU");
        var host = await PersonAsync(app, "Li Wei", "李伟");
        using var pages = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var url = $"/engagements/{visit}/itinerary";

        var (response, page) = await pages.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelectorAll("[data-day]").Length.ShouldBe(3);
        SignedIn.InjectedMarkup(page).ShouldBeEmpty();

        var added = await pages.SubmitAsync(page, "form[data-slot-form]", new Dictionary<string, string>
        {
            ["Input.Day"] = Iso(Day1),
            ["Input.StartsAt"] = "10:00",
            ["Input.EndsAt"] = "11:00",
            ["Input.Activity"] = "Talks",
            ["Input.Title"] = "Talks with the ILD",
            ["Input.TitleZh"] = "与中联部会谈",
            ["Input.City"] = "Beijing",
            ["Input.CounterpartId"] = counterpart.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.HostId"] = host.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect, await added.Content.ReadAsStringAsync());
        added.Headers.Location!.OriginalString.ShouldStartWith(url + "#slot-");

        (_, page) = await pages.GetAsync(url);
        var slot = page.QuerySelector("[data-slot]")!;
        SignedIn.Text(slot.QuerySelector("[data-title]")).ShouldBe("Talks with the ILD");
        SignedIn.Text(slot.QuerySelector("[data-times]")).ShouldBe("10:00–11:00");
        slot.QuerySelector("[data-counterpart]")!.GetAttribute("href").ShouldBe($"/people/{counterpart}");
        SignedIn.Text(slot.QuerySelector("[data-host]")).ShouldBe("Li Wei");
        page.QuerySelector("[data-warnings]").ShouldBeNull();

        // Shanghai half an hour after Beijing: saved, with the travel warning flashed and listed at the top.
        var second = await pages.SubmitAsync(page, "form[data-slot-form]", new Dictionary<string, string>
        {
            ["Input.Day"] = Iso(Day1),
            ["Input.StartsAt"] = "11:30",
            ["Input.EndsAt"] = "12:30",
            ["Input.Title"] = "Municipal committee",
            ["Input.City"] = "Shanghai",
        });
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, page) = await pages.GetAsync(url);
        page.QuerySelectorAll(".alert-info").Select(SignedIn.Text).ShouldContain(t => t.Contains("No time to travel from Beijing to Shanghai on 2026-11-22"));
        var warning = page.QuerySelector("[data-warnings] [data-warning=NoTimeToTravel]")!;
        warning.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldAllBe(h => h!.StartsWith(url + "#slot-"));

        // End before start: the form comes back with the error and nothing is saved.
        var invalid = await pages.SubmitAsync(page, "form[data-slot-form]", new Dictionary<string, string>
        {
            ["Input.Day"] = Iso(Day1),
            ["Input.StartsAt"] = "15:00",
            ["Input.EndsAt"] = "14:00",
            ["Input.Title"] = "Backwards",
        });
        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("The end must be after the start.");

        // Someone else moves the talks while the form is open: the save shows what changed instead of overwriting it.
        var talksId = int.Parse(slot.GetAttribute("data-slot")!, System.Globalization.CultureInfo.InvariantCulture);
        var (_, edit) = await pages.GetAsync($"{url}/slot/{talksId}");
        await app.WithDbAsync(async d =>
        {
            var item = await d.ItineraryItems.FindAsync(talksId);
            item!.StartsAt = new TimeOnly(9, 0);
            await d.SaveChangesAsync();
        });
        var stale = await pages.SubmitAsync(edit, "form[data-slot-form]", new Dictionary<string, string> { ["Input.Title"] = "Talks with the ILD (moved)" });
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflictPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await stale.Content.ReadAsStringAsync());
        var rows = conflictPage.QuerySelectorAll("[data-conflict] tbody tr").Select(SignedIn.Text).ToList();
        rows.ShouldContain(r => r.Contains("Start") && r.Contains("10:00") && r.Contains("09:00"));
        rows.ShouldContain(r => r.Contains("Title") && r.Contains("(moved)"));
        var again = await pages.SubmitAsync(conflictPage, "form[data-slot-form]", new Dictionary<string, string>(), $"{url}/slot/{talksId}");
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Deleting through the confirmation form.
        (_, page) = await pages.GetAsync(url);
        SignedIn.Text(page.QuerySelector($"#slot-{talksId} [data-title]")).ShouldBe("Talks with the ILD (moved)");
        page.QuerySelector($"#slot-{talksId} form[data-delete-form]")!.SetAttribute("data-test-delete", "1");
        (await pages.SubmitAsync(page, "form[data-test-delete]", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, page) = await pages.GetAsync(url);
        page.QuerySelector($"#slot-{talksId}").ShouldBeNull();
        page.QuerySelectorAll("[data-slot]").Length.ShouldBe(1);

        // In the Chinese interface the slot titles and warnings use the Chinese.
        await app.WithDbAsync(async d =>
        {
            d.ItineraryItems.Add(new ItineraryItem { EngagementId = visit, Day = Day1.AddDays(1), StartsAt = new(9, 0), EndsAt = new(10, 0), Title = "Site visit", TitleZh = "参观考察" });
            await d.SaveChangesAsync();
        });
        (_, page) = await pages.GetAsync(url + "?culture=zh-Hans&ui-culture=zh-Hans");
        page.QuerySelectorAll("[data-title]").Select(SignedIn.Text).ShouldContain("参观考察");
        page.QuerySelector("h1")!.TextContent.ShouldContain("德国社民党代表团访华");
        SignedIn.Text(page.QuerySelector("[data-day] h2")).ShouldBe("2026年11月22日 星期日");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_viewer_reads_without_forms_and_another_desk_gets_404(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var visit = await EngagementAsync(app, "SPD delegation visit", "DEU", Day1, Day1.AddDays(1));
        await app.WithDbAsync(async d =>
        {
            d.ItineraryItems.Add(new ItineraryItem { EngagementId = visit, Day = Day1, StartsAt = new(9, 0), EndsAt = new(10, 0), Title = "Welcome" });
            await d.SaveChangesAsync();
        });
        var url = $"/engagements/{visit}/itinerary";

        using var viewer = await SignedIn.AsAsync(app, Roles.Viewer, [TestDirectory.WesternEuropeDesk]);
        var (response, page) = await viewer.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        SignedIn.Text(page.QuerySelector("[data-slot] [data-title]")).ShouldBe("Welcome");
        page.QuerySelectorAll("main form").ShouldBeEmpty();
        page.QuerySelectorAll($"a[href*='/itinerary/slot']").ShouldBeEmpty();
        page.QuerySelectorAll("[data-print-link]").Length.ShouldBe(2);
        var denied = await viewer.Http.GetAsync($"{url}/slot");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.OriginalString.ShouldContain("/account/denied");

        // A protocol officer of another desk may organize in general, but this engagement does not exist for them.
        using var other = await SignedIn.AsAsync(app, Roles.ProtocolOfficer, [TestDirectory.SoutheastAsiaDesk]);
        (await other.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Http.GetAsync(url + "/print")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Http.GetAsync($"{url}/slot")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (_, missing) = await other.GetAsync(url);
        missing.Body!.TextContent.ShouldNotContain("SPD delegation visit");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_printout_is_in_the_language_asked_for(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var visit = await EngagementAsync(app, "SPD delegation visit", "DEU", Day1, Day1.AddDays(1), titleZh: "德国社民党代表团访华", location: "Beijing");
        var head = await PersonAsync(app, "Lars Klingbeil", "克林拜尔", "DEU");
        var deputy = await PersonAsync(app, "Anna Berger", iso3: "DEU");
        var host = await PersonAsync(app, "Li Wei", "李伟");
        await MemberAsync(app, visit, deputy, EngagementSide.Delegation, DelegationRole.DeputyHead, 2, "Deputy chair");
        await MemberAsync(app, visit, head, EngagementSide.Delegation, DelegationRole.Head, 1, "Party chair");
        await MemberAsync(app, visit, host, EngagementSide.Host, DelegationRole.Host, 1, "Vice-minister");
        await app.WithDbAsync(async d =>
        {
            d.ItineraryItems.Add(new ItineraryItem
            {
                EngagementId = visit,
                Day = Day1,
                StartsAt = new(10, 0),
                EndsAt = new(11, 30),
                Activity = ItineraryActivity.Talks,
                Title = "Talks with the ILD",
                TitleZh = "与中联部会谈",
                City = "Beijing",
                CityZh = "北京",
                Venue = "Diaoyutai",
                VenueZh = "钓鱼台",
                CounterpartId = head,
                HostId = host,
            });
            await d.SaveChangesAsync();
        });
        using var pages = await SignedIn.AsAsync(app, Roles.Viewer, [TestDirectory.WesternEuropeDesk]);

        var (response, zh) = await pages.GetAsync($"/engagements/{visit}/itinerary/print?lang=zh-Hans");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        zh.DocumentElement.GetAttribute("lang").ShouldBe("zh-Hans");
        SignedIn.Text(zh.QuerySelector("[data-title]")).ShouldBe("德国社民党代表团访华");
        SignedIn.Text(zh.QuerySelector("[data-dates]")).ShouldStartWith("2026年11月22日 星期日 – 2026年11月23日 星期一");
        SignedIn.Text(zh.QuerySelector("[data-delegation] h2")).ShouldBe("代表团");
        zh.QuerySelectorAll("[data-delegation] li").Select(SignedIn.Text).ShouldBe(["克林拜尔 — 团长, Party chair", "Anna Berger — 副团长, Deputy chair"]);
        zh.QuerySelectorAll("[data-hosts] li").Select(SignedIn.Text).ShouldBe(["李伟 — Vice-minister"]);
        var row = zh.QuerySelector("[data-slot]")!.Children.Select(SignedIn.Text).ToList();
        row.ShouldBe(["10:00–11:30", "会谈", "与中联部会谈", "北京 · 钓鱼台", "克林拜尔", "李伟"]);
        zh.QuerySelectorAll("th").Select(SignedIn.Text).ShouldContain("时间");
        zh.QuerySelector("nav").ShouldBeNull();
        zh.QuerySelector("button[data-print]").ShouldNotBeNull();
        zh.Scripts.Select(s => s.GetAttribute("src")).ShouldHaveSingleItem()!.ShouldStartWith("/js/itinerary-print.js");
        SignedIn.InjectedMarkup(zh).ShouldBeEmpty();
        zh.QuerySelectorAll("[style]").ShouldBeEmpty();

        var (_, en) = await pages.GetAsync($"/engagements/{visit}/itinerary/print?lang=en");
        en.DocumentElement.GetAttribute("lang").ShouldBe("en");
        SignedIn.Text(en.QuerySelector("[data-title]")).ShouldBe("SPD delegation visit");
        SignedIn.Text(en.QuerySelector("[data-dates]")).ShouldBe("Sunday 22 November 2026 – Monday 23 November 2026 · Beijing");
        SignedIn.Text(en.QuerySelector("[data-delegation] h2")).ShouldBe("Delegation");
        en.QuerySelectorAll("[data-delegation] li").Select(SignedIn.Text).First().ShouldBe("Lars Klingbeil — Head of delegation, Party chair");
        en.QuerySelector("[data-slot]")!.Children.Select(SignedIn.Text).ShouldBe(["10:00–11:30", "Talks", "Talks with the ILD", "Beijing · Diaoyutai", "Lars Klingbeil", "Li Wei"]);

        // The language of the printout is for that page only: the interface stays in the user's language.
        var (_, itinerary) = await pages.GetAsync($"/engagements/{visit}/itinerary");
        itinerary.DocumentElement.GetAttribute("lang").ShouldBe("en");
        itinerary.QuerySelector("[data-print-link=zh-Hans]")!.GetAttribute("href").ShouldBe($"/engagements/{visit}/itinerary/print?lang=zh-Hans");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_engagement_page_shows_the_itinerary_card_with_its_warnings(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var visit = await EngagementAsync(app, "SPD delegation visit", "DEU", Day1, Day1.AddDays(2));
        await app.WithDbAsync(async d =>
        {
            d.ItineraryItems.AddRange(
                new ItineraryItem { EngagementId = visit, Day = Day1, StartsAt = new(10, 0), EndsAt = new(11, 0), Title = "Talks", City = "Beijing" },
                new ItineraryItem { EngagementId = visit, Day = Day1, StartsAt = new(11, 15), EndsAt = new(12, 0), Title = "Port visit", City = "Tianjin" });
            await d.SaveChangesAsync();
        });

        using var officer = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var (response, page) = await officer.GetAsync($"/engagements/{visit}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var card = page.QuerySelector("[data-itinerary-card]")!;
        SignedIn.Text(card.QuerySelector("[data-counts]")).ShouldBe("3 days · 2 slots");
        card.QuerySelector("[data-warning-count] a")!.GetAttribute("href").ShouldBe($"/engagements/{visit}/itinerary#warnings");
        card.TextContent.ShouldContain("Port visit");
        card.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldBe(
            [$"/engagements/{visit}/itinerary#warnings", $"/engagements/{visit}/itinerary", $"/engagements/{visit}/itinerary/print?lang=en", $"/engagements/{visit}/itinerary/print?lang=zh-Hans"]);
        card.TextContent.ShouldContain("Edit itinerary");

        using var viewer = await SignedIn.AsAsync(app, Roles.Viewer, [TestDirectory.WesternEuropeDesk]);
        (_, page) = await viewer.GetAsync($"/engagements/{visit}");
        page.QuerySelector("[data-itinerary-card]")!.TextContent.ShouldContain("Full itinerary");
    }
}
