using System.Net;
using System.Net.Http.Headers;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using static Liaison.Tests.People.PeopleFixture;

namespace Liaison.Tests.People;

public sealed class PhotoTests
{
    /// <summary>A real 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string contentType, string field = "photo")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, field, fileName } };
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_png_is_stored_and_served_safely_while_disguised_and_oversized_files_are_refused(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var id = await CreatePersonAsync(officer.Client, new { nameEn = "Bui Thanh Son", countryIso3 = "VNM" });

        using (var content = Upload(Png, "portrait.png", "image/png"))
        {
            var put = await officer.Client.PutAsync($"/api/v1/people/{id}/photo", content);
            put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        }

        var person = await GetAsync(officer.Client, $"/api/v1/people/{id}");
        var photoUrl = person.GetProperty("photoUrl").GetString()!;
        photoUrl.ShouldStartWith($"/people/{id}/photo?v=");

        using var browser = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var served = await browser.Http.GetAsync(photoUrl);
        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        served.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        served.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        served.Headers.CacheControl!.Private.ShouldBeTrue();
        served.Headers.ETag.ShouldNotBeNull();
        (await served.Content.ReadAsByteArrayAsync()).ShouldBe(Png);

        // The browser's cached copy is confirmed without sending the image again.
        using (var again = new HttpRequestMessage(HttpMethod.Get, photoUrl))
        {
            again.Headers.IfNoneMatch.Add(served.Headers.ETag!);
            (await browser.Http.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        }

        // A text file named and labelled as a PNG is refused, and the stored photo is untouched.
        using (var content = Upload("<script>alert(1)</script>"u8.ToArray(), "portrait.png", "image/png"))
        {
            var refused = await officer.Client.PutAsync($"/api/v1/people/{id}/photo", content);
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("JPEG, PNG or WebP");
        }

        // So is a file over 2 MB, even one that starts like a PNG.
        var oversized = new byte[(2 * 1024 * 1024) + 1];
        Png.CopyTo(oversized, 0);
        using (var content = Upload(oversized, "huge.png", "image/png"))
        {
            var refused = await officer.Client.PutAsync($"/api/v1/people/{id}/photo", content);
            refused.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge);
        }

        (await (await browser.Http.GetAsync($"/people/{id}/photo")).Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        (await app.WithDbAsync(d => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(d.PersonPhotos))).ShouldBe(1);

        // Another desk may not see the person, so not the photo either; nor may they replace it.
        using var otherDesk = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        (await otherDesk.Http.GetAsync($"/people/{id}/photo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var europe = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        using (var content = Upload(Png, "portrait.png", "image/png"))
        {
            (await europe.Client.PutAsync($"/api/v1/people/{id}/photo", content)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await europe.Client.DeleteAsync($"/api/v1/people/{id}/photo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Removing it leaves no photo behind.
        (await officer.Client.DeleteAsync($"/api/v1/people/{id}/photo")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await browser.Http.GetAsync($"/people/{id}/photo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await GetAsync(officer.Client, $"/api/v1/people/{id}")).GetProperty("photoUrl").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_person_page_uploads_a_photo_and_explains_a_refused_file(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var id = await CreatePersonAsync(officer.Client, new { nameEn = "Le Hoai Trung", countryIso3 = "VNM" });
        using var browser = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);

        async Task<HttpResponseMessage> PostAsync(byte[] bytes, string name, string type)
        {
            var (_, page) = await browser.GetAsync($"/people/{id}");
            var form = page.QuerySelector("form[action*='handler=Photo']")!;
            var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var content = Upload(bytes, name, type);
            content.Add(new StringContent(token), "__RequestVerificationToken");
            return await browser.Http.PostAsync(form.GetAttribute("action"), content);
        }

        var refused = await PostAsync("just text, not a picture"u8.ToArray(), "me.jpg", "image/jpeg");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("The photo must be a JPEG, PNG or WebP image.");
        (await browser.GetAsync($"/people/{id}")).Document.QuerySelector("img.person-photo").ShouldBeNull();

        var saved = await PostAsync(Png, "me.bin", "application/octet-stream");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, after) = await browser.GetAsync($"/people/{id}");
        var src = after.QuerySelector("img.person-photo")!.GetAttribute("src")!;
        (await (await browser.Http.GetAsync(src)).Content.ReadAsByteArrayAsync()).ShouldBe(Png);
    }
}
