using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using static Liaison.Tests.Work.WorkFixture;

namespace Liaison.Tests.Work;

public sealed class WorkPageTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task My_work_lists_what_is_due_and_mints_a_calendar_address_shown_once(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var user = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        using var browser = new PageClient(app);
        await browser.SignInAsync(user.Email, user.Password);
        var due = await PersonAsync(app, "Annalena <b>Due</b>", "DEU", user.Id, "senior", Today.AddDays(-90));
        await TiesAsync(app, dir.Spd, founded: YearsAgoIn(75, 3));
        (await user.Client.PostJsonAsync("/api/v1/tasks", new { title = "Overdue <script>alert(1)</script>", dueOn = Ymd(Today.AddDays(-2)) })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var (home, homePage) = await browser.GetAsync("/");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        homePage.QuerySelector("main a[href='/my-work']").ShouldNotBeNull();

        var (response, page) = await browser.GetAsync("/my-work");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        SignedIn.Text(page.QuerySelector("#overdue")).ShouldContain("Overdue <script>alert(1)</script>");
        SignedIn.InjectedMarkup(page).ShouldBeEmpty();
        page.QuerySelector($"#cadence a[href='/touchpoints/new?personId={due}']").ShouldNotBeNull();
        SignedIn.Text(page.QuerySelector("#cadence")).ShouldContain("Annalena <b>Due</b>");
        SignedIn.Text(page.QuerySelector("#anniversaries")).ShouldContain("75th anniversary of its founding");
        page.QuerySelector("#feed-url").ShouldBeNull();

        var created = await browser.SubmitAsync(page, "form[action*='CreateFeed']", new Dictionary<string, string>(), "/my-work");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, page) = await browser.GetAsync("/my-work");
        var url = page.QuerySelector("#feed-url")?.GetAttribute("value").ShouldNotBeNull()!;
        (await app.Anonymous().GetAsync(new Uri(url).PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (_, page) = await browser.GetAsync("/my-work");
        page.QuerySelector("#feed-url").ShouldBeNull("the address is shown once");

        var revoked = await browser.SubmitAsync(page, "form[action*='RevokeFeed']", new Dictionary<string, string>(), "/my-work");
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Anonymous().GetAsync(new Uri(url).PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var (_, chinese) = await browser.GetAsync("/my-work?culture=zh-Hans");
        SignedIn.Text(chinese.QuerySelector("h1")).ShouldBe("我的工作");
        SignedIn.Text(chinese.QuerySelector("#anniversaries")).ShouldContain("成立 75 周年");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_colleague_sees_a_task_about_a_record_they_cannot_see_without_its_name(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var senior = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk], Classification.Confidential);
        var secret = await PersonAsync(app, "Hidden Informant Name", "DEU", senior.Id, classification: Classification.Confidential);
        var created = await senior.Client.PostJsonAsync("/api/v1/tasks", new { title = "Meet quietly", dueOn = Ymd(Today.AddDays(1)), personId = secret });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();

        using var colleague = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var (response, page) = await colleague.GetAsync($"/tasks/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = page.DocumentElement.OuterHtml;
        html.ShouldContain("Meet quietly");
        html.ShouldContain("a record you cannot see");
        html.ShouldNotContain("Hidden Informant Name");
        html.ShouldNotContain($"/people/{secret}");
        page.QuerySelector("#task-form").ShouldBeNull("only owner and creator edit");

        var (_, list) = await colleague.GetAsync("/tasks?view=desks");
        list.DocumentElement.OuterHtml.ShouldContain("a record you cannot see");
        list.DocumentElement.OuterHtml.ShouldNotContain("Hidden Informant Name");

        var api = await (await senior.Client.GetAsync($"/api/v1/tasks/{id}")).ReadJsonAsync();
        api.GetProperty("person").GetProperty("name").GetString().ShouldBe("Hidden Informant Name");

        using var asia = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        (await asia.GetAsync($"/tasks/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Tasks_are_created_edited_and_completed_from_the_pages(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var user = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        using var browser = new PageClient(app);
        await browser.SignInAsync(user.Email, user.Password);

        var (_, form) = await browser.GetAsync($"/tasks/new?organizationId={dir.Spd}");
        form.QuerySelector("input[name='Input.OrganizationId']")!.GetAttribute("value").ShouldBe(dir.Spd.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var empty = await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Input.Title"] = "" }, "/tasks/new");
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("The title is required.");

        var saved = await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Input.Title"] = "Prepare the SPD visit" }, "/tasks/new");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var taskUrl = saved.Headers.Location!.OriginalString;
        taskUrl.ShouldMatch(@"^/tasks/\d+$");

        var (_, task) = await browser.GetAsync(taskUrl);
        task.QuerySelector("main a[href='/organizations/" + dir.Spd + "']").ShouldNotBeNull();
        var edited = await browser.SubmitAsync(task, "#task-form", new Dictionary<string, string> { ["Input.Title"] = "Prepare the SPD visit, with gifts" }, taskUrl);
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The old page's version is now stale: a second save shows the conflict table and saves nothing.
        var stale = await browser.SubmitAsync(task, "#task-form", new Dictionary<string, string> { ["Input.Title"] = "Something else" }, taskUrl);
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        var staleHtml = await stale.Content.ReadAsStringAsync();
        staleHtml.ShouldContain("Someone else changed this task after you opened it");
        staleHtml.ShouldContain("Prepare the SPD visit, with gifts");

        var (_, list) = await browser.GetAsync("/tasks");
        SignedIn.Text(list.QuerySelector("main table")).ShouldContain("Prepare the SPD visit, with gifts");
        var done = await browser.SubmitAsync(list, "main table form", new Dictionary<string, string>(), "/tasks");
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, list) = await browser.GetAsync("/tasks");
        SignedIn.Text(list.QuerySelector("main")).ShouldNotContain("Prepare the SPD visit, with gifts");
        (_, list) = await browser.GetAsync("/tasks?status=done");
        SignedIn.Text(list.QuerySelector("main table")).ShouldContain("Prepare the SPD visit, with gifts");

        var (_, chinese) = await browser.GetAsync("/tasks?status=done&culture=zh-Hans");
        SignedIn.Text(chinese.QuerySelector("h1")).ShouldBe("任务");
    }
}
