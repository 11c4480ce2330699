using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Imports.Wizard;

public sealed class WizardPageTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_desk_officer_uploads_maps_checks_and_imports_through_the_pages_in_Chinese(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        using var officer = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        officer.Http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-Hans"));

        var (_, people) = await officer.GetAsync("/people");
        people.QuerySelector("a[href='/imports/new?type=people']").ShouldNotBeNull();
        var (_, form) = await officer.GetAsync("/imports/new?type=people");
        form.QuerySelector("h1")!.TextContent.ShouldBe("导入电子表格");

        // A GB18030 file with Chinese headers, as a Chinese Excel saves it.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("英文名,中文名,国家,邮箱\nKlaus Weber,克劳斯,DEU,klaus@example.de\nZhang Wei,张伟,CHN,zhang@example.cn\n");
        var uploaded = await PostFileAsync(officer, form, bytes, "联系人.csv");
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Found, await uploaded.Content.ReadAsStringAsync());
        var url = uploaded.Headers.Location!.OriginalString;

        var (_, mapping) = await officer.GetAsync(url);
        mapping.QuerySelector("[data-file-info]")!.TextContent.ShouldContain("gb18030");
        Selected(mapping, "英文名").ShouldBe("name_en");
        Selected(mapping, "中文名").ShouldBe("name_zh");
        Selected(mapping, "国家").ShouldBe("country");
        Selected(mapping, "邮箱").ShouldBe("email");
        SignedIn.InjectedMarkup(mapping).ShouldBeEmpty();

        (await officer.SubmitAsync(mapping, "form[data-import-mapping]", new Dictionary<string, string>(), url)).StatusCode.ShouldBe(HttpStatusCode.Found);
        var check = await WaitForAsync(officer, url, "[data-import-check]");
        check.QuerySelector("[data-count='create']")!.TextContent.ShouldBe("1");
        check.QuerySelector("[data-count='invalid']")!.TextContent.ShouldBe("1");
        check.QuerySelector("[data-errors]")!.TextContent.ShouldContain("您只能添加和修改您所负责国家的人员");

        (await officer.SubmitAsync(check, "form[data-import-commit]", new Dictionary<string, string> { ["skipInvalid"] = "true" }, url)).StatusCode.ShouldBe(HttpStatusCode.Found);
        var done = await WaitForAsync(officer, url, "[data-import-done]");
        done.QuerySelector("[data-import-done]")!.TextContent.ShouldContain("新建 1，更新 0，跳过 1");
        var klaus = await app.WithDbAsync(ctx => ctx.People.SingleAsync(p => p.NameEn == "Klaus Weber"));
        klaus.NameZh.ShouldBe("克劳斯");
        (await app.WithDbAsync(ctx => ctx.People.CountAsync(p => p.NameEn == "Zhang Wei"))).ShouldBe(0);
    }

    [Fact]
    public async Task The_engagements_list_leads_to_an_engagement_import_mapped_from_Chinese_headers()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        await TestDirectory.SeedAsync(app);
        using var officer = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        officer.Http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-Hans"));

        var (_, list) = await officer.GetAsync("/engagements");
        list.QuerySelector("a[href='/imports/new?type=engagements']").ShouldNotBeNull();
        (await officer.GetAsync("/touchpoints")).Document.QuerySelector("a[href='/imports/new?type=touchpoints']").ShouldNotBeNull();
        var (_, form) = await officer.GetAsync("/imports/new?type=engagements");
        form.QuerySelectorAll("input[name=Type]").Select(i => i.GetAttribute("value")).ShouldBe(["people", "organizations", "positions", "touchpoints", "engagements"]);
        form.QuerySelector("input[name=Type][checked]")!.GetAttribute("value").ShouldBe("engagements");
        form.QuerySelector("label[for=type-engagements]")!.TextContent.ShouldBe("一项活动");

        var bytes = Encoding.UTF8.GetBytes("活动名称,类型,开始日期,结束日期,国家,政党,地点\n德国社民党代表团来访,来访代表团,2024-04-08,2024-04-12,DEU,SPD,北京\n");
        var uploaded = await PostFileAsync(officer, form, bytes, "来访.csv", "engagements");
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Found, await uploaded.Content.ReadAsStringAsync());
        var (_, mapping) = await officer.GetAsync(uploaded.Headers.Location!.OriginalString);
        new[] { "活动名称", "类型", "开始日期", "结束日期", "国家", "政党", "地点" }.Select(h => Selected(mapping, h))
            .ShouldBe(["title", "kind", "starts_on", "ends_on", "country", "organizations", "location"]);
        mapping.QuerySelector("select[data-column='活动名称'] option[value=delegation]")!.TextContent.ShouldBe("代表团");
        SignedIn.InjectedMarkup(mapping).ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task Hostile_files_get_clear_errors_and_leave_nothing_behind()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite, settings: "--Liaison:Imports:MaxUploadMegabytes=1");
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var wizard = new WizardClient(admin.Client);

        async Task<string> RefusedAsync(byte[] file, string name, HttpStatusCode status = HttpStatusCode.BadRequest)
        {
            var response = await wizard.PostFileAsync(file, name);
            response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
            return (await response.ReadJsonAsync()).GetProperty("detail").GetString()!;
        }

        (await RefusedAsync(Encoding.UTF8.GetBytes(string.Join(",", Enumerable.Range(1, 10_000).Select(i => "c" + i)) + "\n"), "wide.csv")).ShouldContain("10,000 columns");
        (await RefusedAsync([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "old.xls")).ShouldContain(".xls");
        (await RefusedAsync([], "empty.csv")).ShouldContain("empty");
        (await RefusedAsync(new byte[2 * 1024 * 1024], "huge.csv", HttpStatusCode.RequestEntityTooLarge)).ShouldContain("1 MB");
        (await RefusedAsync(Encoding.UTF8.GetBytes("Name\n\"never closed\nJohn\n"), "quotes.csv")).ShouldNotBeNullOrWhiteSpace();
        Directory.EnumerateFileSystemEntries(Path.Combine(app.DataDir, "import-staging")).ShouldBeEmpty();
    }

    private static string? Selected(IHtmlDocument page, string header) =>
        (page.QuerySelector($"select[data-column='{header}']") as IHtmlSelectElement)!.Options.FirstOrDefault(o => o.IsSelected)?.Value;

    private static async Task<HttpResponseMessage> PostFileAsync(PageClient client, IHtmlDocument form, byte[] bytes, string fileName, string type = "people")
    {
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(type), "Type" },
            { new ByteArrayContent(bytes), "file", fileName },
        };
        return await client.Http.PostAsync("/imports/new", content);
    }

    private static async Task<IHtmlDocument> WaitForAsync(PageClient client, string url, string selector)
    {
        for (var i = 0; i < 600; i++)
        {
            var (_, page) = await client.GetAsync(url);
            if (page.QuerySelector(selector) is not null)
            {
                return page;
            }

            page.QuerySelector("[data-import-failed]").ShouldBeNull();
            await Task.Delay(50);
        }

        throw new TimeoutException($"{selector} did not appear on {url}.");
    }
}
