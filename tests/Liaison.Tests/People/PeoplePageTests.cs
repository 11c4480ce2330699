using System.Net;
using Liaison.Data;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using static Liaison.Tests.People.PeopleFixture;

namespace Liaison.Tests.People;

public sealed class PeoplePageTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_officer_creates_a_politician_on_the_form_and_gives_him_posts_shown_on_his_party_page(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        using var officer = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);

        var (response, form) = await officer.GetAsync("/people/new?country=VNM");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // Only classifications up to the officer's clearance are offered.
        form.QuerySelectorAll("select[name='Input.Classification'] option").Select(o => o.GetAttribute("value")).ShouldBe(["Public", "Internal"]);

        var refused = await officer.SubmitAsync(form, "#person-form", new Dictionary<string, string>
        {
            ["Input.NameEn"] = "Tran Thanh Man",
            ["Input.BirthYear"] = "1963",
            ["Input.BirthDate"] = "1962-08-12",
            ["Input.Classification"] = "Confidential",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusedText = await refused.Content.ReadAsStringAsync();
        refusedText.ShouldContain("The birth year does not match the birth date.");
        refusedText.ShouldContain("You cannot classify a record above your own clearance.");

        var created = await officer.SubmitAsync(form, "#person-form", new Dictionary<string, string>
        {
            ["Input.NameEn"] = "Tran Thanh Man",
            ["Input.NameZh"] = "陈青敏",
            ["Input.NameNative"] = "Trần Thanh Mẫn",
            ["Input.FamilyName"] = "Trần",
            ["Input.GivenName"] = "Thanh Mẫn",
            ["Input.NameOrder"] = "FamilyFirst",
            ["Input.Honorific"] = "H.E.",
            ["Input.BirthDate"] = "1962-08-12",
            ["Input.Tags"] = "parliament, Parliament, Mekong",
            ["Input.Biography"] = "Chairman of the **National Assembly**.\n\n<script>alert(1)</script>",
            ["Input.OtherNames[0].Name"] = "Чан Тхань Ман",
            ["Input.OtherNames[0].Kind"] = "Transliteration",
            ["Input.OtherNames[0].Language"] = "ru",
            ["Input.Classification"] = "Internal",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var url = created.Headers.Location!.OriginalString;
        url.ShouldMatch("^/people/[0-9]+$");
        var id = int.Parse(url["/people/".Length..], System.Globalization.CultureInfo.InvariantCulture);

        var (_, page) = await officer.GetAsync(url);
        SignedIn.Text(page.QuerySelector("h1")).ShouldContain("Tran Thanh Man");
        page.Body!.TextContent.ShouldContain("陈青敏");
        page.Body.TextContent.ShouldContain("Trần Thanh Mẫn");
        page.Body.TextContent.ShouldContain("Чан Тхань Ман");
        page.Body.TextContent.ShouldContain("1962-08-12");
        page.QuerySelector(".markdown strong")!.TextContent.ShouldBe("National Assembly");
        SignedIn.InjectedMarkup(page).ShouldBeEmpty();
        page.QuerySelectorAll("a[href*='tag=']").Select(a => a.TextContent).ShouldBe(["parliament", "Mekong"]);

        // In the Chinese interface the Chinese name leads.
        var (_, zh) = await officer.GetAsync(url + "?culture=zh-Hans");
        SignedIn.Text(zh.QuerySelector("h1")).ShouldContain("陈青敏");
        zh.Body!.TextContent.ShouldContain("履历");

        // A post through the position form, then ended on the person's page: it stays in the career.
        var (_, positionForm) = await officer.GetAsync($"/people/{id}/positions");
        var badPost = await officer.SubmitAsync(positionForm, "#position-form", new Dictionary<string, string>
        {
            ["Input.OrganizationId"] = dir.VietnamContact.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Title"] = "Chair",
            ["Input.From"] = "2024-05-20",
            ["Input.To"] = "2024-05-01",
        });
        (await badPost.Content.ReadAsStringAsync()).ShouldContain("The end date must be after the start date.");
        var post = await officer.SubmitAsync(positionForm, "#position-form", new Dictionary<string, string>
        {
            ["Input.OrganizationId"] = dir.VietnamContact.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Kind"] = "PartyPost",
            ["Input.Title"] = "Chair",
            ["Input.TitleZh"] = "主席",
            ["Input.Rank"] = "1",
            ["Input.From"] = "2024-05-20",
            ["Input.To"] = "",
        });
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect, await post.Content.ReadAsStringAsync());

        (_, page) = await officer.GetAsync(url);
        SignedIn.Text(page.QuerySelector("#career")).ShouldContain("Current");
        var (_, orgPage) = await officer.GetAsync($"/organizations/{dir.VietnamContact}");
        var leadership = orgPage.QuerySelector("#leadership")!;
        leadership.QuerySelector($"a[href='/people/{id}']").ShouldNotBeNull();
        leadership.QuerySelector("details").ShouldBeNull();

        var end = await officer.SubmitAsync(page, "form[action*='handler=EndPosition']", new Dictionary<string, string> { ["endOn"] = IsoToday() });
        end.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, page) = await officer.GetAsync(url);
        SignedIn.Text(page.QuerySelector("#career")).ShouldContain("Chair");
        SignedIn.Text(page.QuerySelector("#career")).ShouldNotContain("Current");
        (_, orgPage) = await officer.GetAsync($"/organizations/{dir.VietnamContact}");
        orgPage.QuerySelector("#leadership details")!.QuerySelector($"a[href='/people/{id}']").ShouldNotBeNull();
        SignedIn.Text(orgPage.QuerySelector("#leadership")).ShouldContain("No current office-holders recorded.");

        // The list finds him, with his owner (the creator) under "mine".
        var (_, list) = await officer.GetAsync("/people?owner=mine&q=thanh");
        list.QuerySelector($"a[href='/people/{id}']").ShouldNotBeNull();
        var (_, others) = await officer.GetAsync("/people?owner=none");
        others.QuerySelector($"a[href='/people/{id}']").ShouldBeNull();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_stale_edit_on_the_page_shows_what_changed_and_keeps_the_users_input(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var api = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var id = await CreatePersonAsync(api.Client, new { nameEn = "Bärbel Bas", countryIso3 = "DEU", religion = "Catholic" });
        using var first = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        using var second = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var (_, firstForm) = await first.GetAsync($"/people/{id}/edit");
        var (_, secondForm) = await second.GetAsync($"/people/{id}/edit");

        (await first.SubmitAsync(firstForm, "#person-form", new Dictionary<string, string> { ["Input.Diet"] = "Vegetarian" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await second.SubmitAsync(secondForm, "#person-form", new Dictionary<string, string> { ["Input.Diet"] = "Halal" });
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await stale.Content.ReadAsStringAsync());
        var row = page.QuerySelectorAll(".alert-warning table tbody tr").Single();
        row.TextContent.ShouldContain("Diet");
        row.TextContent.ShouldContain("Halal");
        row.TextContent.ShouldContain("Vegetarian");
        page.QuerySelector("input[name='Input.Diet']")!.GetAttribute("value").ShouldBe("Halal");
        (await GetAsync(api.Client, $"/api/v1/people/{id}")).GetProperty("diet").GetString().ShouldBe("Vegetarian");

        // Saving again after seeing the conflict deliberately replaces the current version.
        (await second.SubmitAsync(page, "#person-form", new Dictionary<string, string>(), $"/people/{id}/edit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await GetAsync(api.Client, $"/api/v1/people/{id}")).GetProperty("diet").GetString().ShouldBe("Halal");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_edit_form_shows_each_other_name_in_its_row_and_an_invalid_one_keeps_its_message(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var api = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var id = await CreatePersonAsync(api.Client, new
        {
            nameEn = "To Lam",
            countryIso3 = "VNM",
            otherNames = new[] { new { name = "То Лам", kind = "Transliteration", language = "ru" }, new { name = "苏林", kind = "Alias", language = "zh" } },
        });
        using var officer = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);

        var (_, form) = await officer.GetAsync($"/people/{id}/edit");
        form.QuerySelector("input[name='Input.OtherNames[0].Name']")!.GetAttribute("value").ShouldBe("То Лам");
        form.QuerySelector("input[name='Input.OtherNames[0].Name']")!.Id.ShouldBe("Input_OtherNames_0__Name");
        form.QuerySelector("input[name='Input.OtherNames[0].Language']")!.GetAttribute("value").ShouldBe("ru");
        form.QuerySelector("select[name='Input.OtherNames[1].Kind'] option[selected]")!.GetAttribute("value").ShouldBe("Alias");
        form.QuerySelector("input[name='Input.OtherNames[1].Name']")!.GetAttribute("aria-label").ShouldBe("Name 2");
        form.QuerySelector("input[name='Input.OtherNames[1].Name']")!.GetAttribute("data-val-required").ShouldBe("A name is required.");
        var (_, zh) = await officer.GetAsync($"/people/{id}/edit?culture=zh-Hans");
        zh.QuerySelector("input[name='Input.OtherNames[1].Name']")!.GetAttribute("aria-label").ShouldBe("姓名 2");

        var refused = await officer.SubmitAsync(form, "#person-form", new Dictionary<string, string> { ["Input.OtherNames[1].Language"] = new string('x', 21) });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        SignedIn.Text(page.QuerySelector("[data-valmsg-for='Input.OtherNames[1].Language']")).Trim().ShouldBe("This field must be at most 20 characters.");
        page.QuerySelector("input[name='Input.OtherNames[1].Language']")!.GetAttribute("value").ShouldBe(new string('x', 21));
        page.QuerySelector("input[name='Input.OtherNames[0].Name']")!.GetAttribute("value").ShouldBe("То Лам");
        (await GetAsync(api.Client, $"/api/v1/people/{id}")).GetProperty("otherNames")[1].GetProperty("language").GetString().ShouldBe("zh");
    }

    private static string IsoToday() => Iso(Clock.Today);
}
