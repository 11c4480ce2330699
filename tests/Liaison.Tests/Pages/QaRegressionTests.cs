using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Pages;

/// <summary>Defects found by walking the product as a new user.</summary>
public sealed class QaRegressionTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_date_that_does_not_exist_is_refused_and_the_stored_date_is_kept(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        using var browser = new PageClient(app);
        var (fdp, form) = await OfficerOnFdpFormAsync(app, browser);
        var ok = await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Input.Founded"] = "1948-12-12" }, $"/organizations/{fdp}/edit");
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (_, again) = await browser.GetAsync($"/organizations/{fdp}/edit");
        var bad = await browser.SubmitAsync(again, "main form", new Dictionary<string, string> { ["Input.Founded"] = "2021-02-30" }, $"/organizations/{fdp}/edit");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("2021-02-30");
        var founded = await app.WithDbAsync(d => Task.FromResult(d.Organizations.Single(o => o.Id == fdp).Founded));
        founded.ShouldBe(new DateOnly(1948, 12, 12));
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_former_name_that_ends_before_it_starts_is_refused_next_to_its_row(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        using var browser = new PageClient(app);
        var (fdp, form) = await OfficerOnFdpFormAsync(app, browser);
        var bad = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.OtherNames[0].Name"] = "Freie Demokratische Partei (alt)",
            ["Input.OtherNames[0].Kind"] = "Former",
            ["Input.OtherNames[0].ValidFrom"] = "1970-01-01",
            ["Input.OtherNames[0].ValidTo"] = "1968-01-01",
        }, $"/organizations/{fdp}/edit");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await bad.Content.ReadAsStringAsync());
        page.QuerySelector("[data-valmsg-for='Input.OtherNames[0].ValidTo']")!.TextContent.Trim().ShouldBe("The end date cannot be before the start date.");
        page.QuerySelector("input[name='Input.OtherNames[0].ValidFrom']")!.GetAttribute("value").ShouldBe("1970-01-01");
        page.QuerySelector("input[name='Input.OtherNames[0].Name']")!.GetAttribute("aria-label").ShouldBe("Name 1");
        var names = await app.WithDbAsync(d => Task.FromResult(d.Set<Liaison.Features.Organizations.OrganizationName>().Count(n => n.OrganizationId == fdp)));
        names.ShouldBe(0);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Name_filters_ignore_case_and_names_sort_alphabetically(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        await officer.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = "alliance of lower-case founders", kind = "PoliticalParty", countryIso3 = "DEU" });

        (await (await officer.Client.GetAsync("/api/v1/organizations?q=cdu")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(1);
        (await (await officer.Client.GetAsync("/api/v1/countries?q=germany")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(1);
        (await (await officer.Client.GetAsync("/api/v1/organizations?q=100%25")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);

        var names = (await (await officer.Client.GetAsync("/api/v1/organizations?country=DEU")).ReadJsonAsync())
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nameEn").GetString()!).ToList();
        names[..2].ShouldBe(["Alliance 90/The Greens", "alliance of lower-case founders"]);
    }

    [Fact]
    public async Task Missing_pages_and_records_get_a_page_in_the_users_language_and_the_api_keeps_problem_details()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var officer = await app.CreateUserAsync(Roles.Viewer);
        using var browser = new PageClient(app);
        await browser.SignInAsync(officer.Email, officer.Password);

        var (page, document) = await browser.GetAsync("/countries/XXX");
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        document.QuerySelector("h1")!.TextContent.ShouldBe("Not found");
        document.QuerySelector("nav").ShouldNotBeNull();

        var (_, home) = await browser.GetAsync("/");
        (await browser.SubmitAsync(home, "form[action='/culture']", new Dictionary<string, string> { ["culture"] = "zh-Hans" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (zh, zhDocument) = await browser.GetAsync("/organizations/99999");
        zh.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        zhDocument.QuerySelector("h1")!.TextContent.ShouldBe("未找到");

        var api = await officer.Client.GetAsync("/api/v1/organizations/99999");
        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    /// <summary>A desk officer of Western Europe, signed in to the pages, on the edit form of the FDP.</summary>
    private static async Task<(int Fdp, AngleSharp.Html.Dom.IHtmlDocument Form)> OfficerOnFdpFormAsync(TestApp app, PageClient browser)
    {
        var dir = await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        await browser.SignInAsync(officer.Email, officer.Password);
        var (_, form) = await browser.GetAsync($"/organizations/{dir.Fdp}/edit");
        return (dir.Fdp, form);
    }
}
