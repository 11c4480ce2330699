using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Liaison.Features.Engagements.Documents;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Liaison.Tests.Engagements.LogisticsFixture;

namespace Liaison.Tests.Engagements;

public sealed class DocumentsTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_uploaded_document_round_trips_byte_for_byte_with_safe_download_headers(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var id = await EngagementAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var pdf = Pdf(50_000);
        var docx = Office("word/document.xml");

        var pdfId = await (await UploadAsync(officer.Client, id, pdf, "../../Besuchsbericht Mai.pdf", "VisitReport", "Visit report")).IdAsync();
        var docxId = await (await UploadAsync(officer.Client, id, docx, "Rede.docx", "Speech", "")).IdAsync();
        var textId = await (await UploadAsync(officer.Client, id, "# Notizen\nÜbersetzung 翻译\n"u8.ToArray(), "notes.md", "Other", "Notes")).IdAsync();

        var list = (await (await officer.Client.GetAsync($"/api/v1/engagements/{id}/documents")).ReadJsonAsync()).EnumerateArray().ToList();
        list.Count.ShouldBe(3);
        var stored = list.Single(d => d.GetProperty("id").GetInt32() == pdfId);
        stored.GetProperty("fileName").GetString().ShouldBe("Besuchsbericht Mai.pdf");
        stored.GetProperty("contentType").GetString().ShouldBe("application/pdf");
        stored.GetProperty("length").GetInt64().ShouldBe(pdf.Length);
        stored.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        list.Single(d => d.GetProperty("id").GetInt32() == docxId).GetProperty("contentType").GetString().ShouldBe(DocumentSniffer.Docx);
        list.Single(d => d.GetProperty("id").GetInt32() == docxId).GetProperty("title").GetString().ShouldBe("Rede");
        list.Single(d => d.GetProperty("id").GetInt32() == textId).GetProperty("contentType").GetString().ShouldStartWith("text/plain");

        using var browser = new PageClient(app);
        await browser.SignInAsync(officer.Email, officer.Password);
        var download = await browser.Http.GetAsync($"/engagements/{id}/documents/{pdfId}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("Besuchsbericht Mai.pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        download.Headers.CacheControl!.Private.ShouldBeTrue();

        // Inline only for images: a PDF asked inline is still an attachment.
        (await browser.Http.GetAsync($"/engagements/{id}/documents/{pdfId}?inline=1")).Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var png = Png();
        var pngId = await (await UploadAsync(officer.Client, id, png, "photo.PNG", "Photo", "Group photo")).IdAsync();
        var inline = await browser.Http.GetAsync($"/engagements/{id}/documents/{pngId}?inline=1");
        inline.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        (await inline.Content.ReadAsByteArrayAsync()).ShouldBe(png);
        var api = await officer.Client.GetAsync($"/api/v1/engagements/{id}/documents/{docxId}/content");
        (await api.Content.ReadAsByteArrayAsync()).ShouldBe(docx);

        (await officer.Client.DeleteAsync($"/api/v1/engagements/{id}/documents/{pngId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await browser.Http.GetAsync($"/engagements/{id}/documents/{pngId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var other = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        (await other.Client.GetAsync($"/api/v1/engagements/{id}/documents/{pdfId}/content")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var outsider = new PageClient(app);
        await outsider.SignInAsync(other.Email, other.Password);
        (await outsider.Http.GetAsync($"/engagements/{id}/documents/{pdfId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.DeleteAsync($"/api/v1/engagements/{id}/documents/{pdfId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Files_are_judged_by_content_and_size_and_nothing_refused_is_stored(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var id = await EngagementAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        var exe = new byte[4096];
        "MZ"u8.CopyTo(exe);
        await RefusedAsync(await UploadAsync(officer.Client, id, exe, "report.pdf", "VisitReport", "Renamed program"), "not accepted");
        await RefusedAsync(await UploadAsync(officer.Client, id, "<html><script>alert(1)</script></html>"u8.ToArray(), "report.pdf", "VisitReport", "Renamed page"), "not accepted");
        await RefusedAsync(await UploadAsync(officer.Client, id, "<html><script>alert(1)</script></html>"u8.ToArray(), "page.html", "Other", "A page"), "not accepted");
        await RefusedAsync(await UploadAsync(officer.Client, id, Office("secret/payload.bin", contentTypes: false), "deck.pptx", "Other", "A zip"), "not accepted");
        await RefusedAsync(await UploadAsync(officer.Client, id, Office("readme.txt"), "deck.docx", "Other", "Zip with content types but not Office"), "not accepted");
        await RefusedAsync(await UploadAsync(officer.Client, id, [0x66, 0x6F, 0xC3, 0x28, 0x0A], "broken.txt", "Other", "Bad UTF-8"), "not accepted");
        await RefusedAsync(await UploadAsync(officer.Client, id, Pdf(DocumentStore.MaxBytes + 1), "huge.pdf", "VisitReport", "Too big"), "larger than 20 MB");

        (await app.WithDbAsync(d => d.EngagementDocuments.CountAsync())).ShouldBe(0);

        // The page shows the same clear message.
        using var browser = new PageClient(app);
        await browser.SignInAsync(officer.Email, officer.Password);
        var (_, page) = await browser.GetAsync($"/engagements/{id}/documents");
        var token = page.QuerySelector("form[enctype='multipart/form-data'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Other"), "Kind" },
            { new ByteArrayContent(exe), "Upload", "setup.pdf" },
        };
        var response = await browser.Http.PostAsync($"/engagements/{id}/documents?handler=Upload", form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("This kind of file is not accepted.");
        (await app.WithDbAsync(d => d.EngagementDocuments.CountAsync())).ShouldBe(0);
    }

    private static async Task RefusedAsync(HttpResponseMessage response, string message)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge);
        body.ShouldContain(message);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, byte[] bytes, string fileName, string kind, string title)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(kind), "kind" }, { new StringContent(title), "title" } };
        return await client.PostAsync($"/api/v1/engagements/{id}/documents", form);
    }

    private static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static byte[] Png() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01];

    private static byte[] Office(string part, bool contentTypes = true)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (contentTypes)
            {
                using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
                writer.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using var body = new StreamWriter(zip.CreateEntry(part).Open());
            body.Write("<document/>");
        }

        return buffer.ToArray();
    }
}
