using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Liaison.BrowserTests;

/// <summary>Issue 6's wizard in Chromium: a messy contact sheet uploaded, mapped, checked, imported skipping a bad row.</summary>
public sealed class ImportWizardBrowserTests
{
    [SkippableFact]
    public async Task A_desk_officer_imports_a_contact_sheet_through_the_wizard()
    {
        await using var session = await BrowserSession.StartAsync();
        await TestDirectory.SeedAsync(session.App);
        var officer = await session.App.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk], email: "minh@example.org");
        var rows = string.Join("\n", Enumerable.Range(1, 3000).Select(i => $"Contact {i},联系人{i},VNM,contact{i}@example.vn,"));
        var file = System.Text.Encoding.UTF8.GetBytes("Full name,Chinese name,Nationality,Mail,Remarks\nLê Văn Tám,黎文三,VN,tam@example.vn,\"Met in Hanoi;\nprefers tea\"\nNobody,,Narnia,,\n" + rows + "\n");

        var page = await session.NewPageAsync();
        await BrowserSession.SignInAsync(page, officer.Email, officer.Password);
        await page.GotoAsync("/people");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import…" }).ClickAsync();
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "contacts.csv", MimeType = "text/csv", Buffer = file });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and map columns" }).ClickAsync();
        await BrowserSession.WaitForUrlAsync(page, url => System.Text.RegularExpressions.Regex.IsMatch(url, "/imports/[0-9a-f]{32}$"));
        (await page.Locator("select[data-column='Full name']").InputValueAsync()).ShouldBe("name_en");
        (await page.Locator("select[data-column='Mail']").InputValueAsync()).ShouldBe("email");
        (await page.Locator("select[data-column='Remarks']").InputValueAsync()).ShouldBe("protocol_notes");
        await BrowserSession.ScreenshotAsync(page, "import-mapping");

        await page.GetByRole(AriaRole.Button, new() { Name = "2. Check every row" }).ClickAsync();
        await page.Locator("[data-import-check]").WaitForAsync(new() { Timeout = 60_000 });
        (await page.Locator("[data-count='create']").InnerTextAsync()).ShouldBe("3001");
        (await page.Locator("[data-errors]").InnerTextAsync()).ShouldContain("Narnia");
        await BrowserSession.ScreenshotAsync(page, "import-check");

        await page.Locator("#skipInvalid").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 3001 rows" }).ClickAsync();
        await page.Locator("[data-import-done]").WaitForAsync(new() { Timeout = 60_000 });
        (await page.Locator("[data-import-done]").InnerTextAsync()).ShouldContain("3001 created, 0 updated, 1 skipped");
        await BrowserSession.ScreenshotAsync(page, "import-done");
        var tam = await session.App.WithDbAsync(db => db.People.Include(p => p.Channels).SingleAsync(p => p.NameEn == "Lê Văn Tám"));
        (tam.NameZh, tam.ProtocolNotes, tam.Channels.Single().Value).ShouldBe(("黎文三", "Met in Hanoi;\nprefers tea", "tam@example.vn"));
    }
}
