using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Exports;

public sealed partial class ListExportTests
{
    private const string Formula = "=HYPERLINK(\"http://example.invalid\",\"open\")";
    private const string Awkward = "\u0001control _x0041_ 😀\r\nsecond line, \"quoted\"";

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_desk_officer_exports_only_what_they_may_see_with_formulas_neutralised_and_every_text_intact(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var created = await admin.Client.PostJsonAsync("/api/v1/organizations",
            new { nameEn = Formula, nameNative = Awkward, abbreviation = "@SUM(A1)", kind = "PoliticalParty", countryIso3 = "FRA" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);

        var csvResponse = await officer.Client.GetAsync("/api/v1/organizations/export?format=csv");
        csvResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        csvResponse.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csvResponse.Content.Headers.ContentDisposition!.FileNameStar.ShouldStartWith("liaison-organizations-");
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var csv = Encoding.UTF8.GetString(bytes);
        csv.ShouldStartWith("\uFEFFid,kind,name_en,");
        csv.ShouldContain("Social Democratic Party of Germany");
        csv.ShouldContain("Communist Party of China");
        csv.ShouldNotContain("Mekong Friendship Association");
        csv.ShouldNotContain("Quiet Channel Circle");
        csv.ShouldContain("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"open\"\")\"");
        csv.ShouldContain("'@SUM(A1)");
        csv.ShouldNotContain(",=HYPERLINK");

        var filtered = await (await officer.Client.GetAsync("/api/v1/organizations/export?country=FRA")).Content.ReadAsStringAsync();
        filtered.ShouldContain("HYPERLINK");
        filtered.ShouldNotContain("Social Democratic Party of Germany");

        var xlsx = await officer.Client.GetAsync("/api/v1/organizations/export?format=xlsx&country=FRA");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        var sheet = ReadSheet(await xlsx.Content.ReadAsByteArrayAsync());
        sheet[0].ShouldBe(["id", "kind", "name_en", "name_zh", "name_native", "name_romanized", "abbreviation", "country_iso3", "country",
            "family", "founded", "dissolved", "website", "classification", "last_touchpoint_on", "updated_at"]);
        sheet.Count.ShouldBe(2);
        sheet[1][2].ShouldBe(Formula);
        sheet[1][4].ShouldBe(Awkward);
        sheet[1][6].ShouldBe("@SUM(A1)");

        (await officer.Client.GetAsync("/api/v1/organizations/export?format=pdf")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var audited = await app.WithDbAsync(ctx => ctx.AuditEntries.CountAsync(a => a.Action == "export" && a.EntityType == "organizations"));
        audited.ShouldBe(3);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_people_list_exports_with_its_filters_and_the_viewers_desk(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        foreach (var (name, country) in new[] { ("Nguyen Van An", "VNM"), ("Somchai Keo", "LAO"), ("Jeanne Martin", "FRA") })
        {
            (await admin.Client.PostJsonAsync("/api/v1/people", new { nameEn = name, countryIso3 = country })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var all = await (await officer.Client.GetAsync("/api/v1/people/export")).Content.ReadAsStringAsync();
        all.ShouldContain("Nguyen Van An");
        all.ShouldContain("Somchai Keo");
        all.ShouldNotContain("Jeanne Martin");
        var lao = await (await officer.Client.GetAsync("/api/v1/people/export?country=LAO&format=xlsx")).Content.ReadAsByteArrayAsync();
        var rows = ReadSheet(lao);
        rows.Count.ShouldBe(2);
        rows[1][1].ShouldBe("Somchai Keo");
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Touchpoints_and_engagements_export_with_the_people_and_organizations_of_each_row(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var person = await (await admin.Client.PostJsonAsync("/api/v1/people", new { nameEn = "Tran Thi Mai", countryIso3 = "VNM" })).ReadJsonAsync();
        var logged = await admin.Client.PostJsonAsync("/api/v1/touchpoints", new
        {
            on = "2026-03-02",
            channel = "Meeting",
            subject = "-1 budget talk",
            countryIso3 = "VNM",
            personIds = new[] { person.GetProperty("id").GetInt32() },
            organizationIds = new[] { dir.VietnamContact },
        });
        logged.StatusCode.ShouldBe(HttpStatusCode.Created, await logged.Content.ReadAsStringAsync());
        (await admin.Client.PostJsonAsync("/api/v1/touchpoints", new { on = "2026-03-03", channel = "Call", subject = "Paris call", countryIso3 = "FRA" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var touchpoints = ReadSheet(await (await officer.Client.GetAsync("/api/v1/touchpoints/export?format=xlsx")).Content.ReadAsByteArrayAsync());
        touchpoints.Count.ShouldBe(2);
        touchpoints[1][4].ShouldBe("-1 budget talk");
        touchpoints[1][9].ShouldBe("Tran Thi Mai");
        touchpoints[1][10].ShouldBe("Mekong Friendship Association");
        var csv = await (await officer.Client.GetAsync("/api/v1/touchpoints/export?country=VNM")).Content.ReadAsStringAsync();
        csv.ShouldContain("'-1 budget talk");
        csv.ShouldNotContain("Paris call");

        var created = await admin.Client.PostJsonAsync("/api/v1/engagements", new
        {
            kind = "InboundVisit",
            title = "Mekong delegation",
            startsOn = "2026-05-04",
            endsOn = "2026-05-08",
            countryIso3s = new[] { "VNM" },
            organizationIds = new[] { dir.VietnamContact },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var engagements = ReadSheet(await (await officer.Client.GetAsync("/api/v1/engagements/export?format=xlsx")).Content.ReadAsByteArrayAsync());
        engagements.Count.ShouldBe(2);
        engagements[1][3].ShouldBe("Mekong delegation");
        engagements[1][10].ShouldBe("Mekong Friendship Association");
    }

    /// <summary>The first sheet's cells as text, spreadsheet escapes (<c>_x0001_</c>) decoded as a spreadsheet program does.</summary>
    internal static List<string[]> ReadSheet(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = document.WorkbookPart!.WorksheetParts.Single();
        return part.Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => Unescape(c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? "")).ToArray())
            .ToList();
    }

    private static string Unescape(string text) =>
        SpreadsheetEscape().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex SpreadsheetEscape();
}
