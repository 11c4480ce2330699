using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Duplicates;

public sealed class DuplicatePageTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_officer_reviews_merges_and_dismisses_duplicates_and_an_administrator_reverts_on_the_pages(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var owner = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var seed = await DuplicateSeed.SeedAsync(app, dir, owner.Id);
        using var officer = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        using var europe = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        using var admin = await SignedIn.AsAsync(app, Roles.Administrator);

        var (response, list) = await officer.GetAsync("/people/duplicates");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var trongRow = list.QuerySelector($"tr[data-pair='{seed.Trong}-{seed.TrongAgain}']").ShouldNotBeNull();
        trongRow.TextContent.ShouldContain("Same name");
        trongRow.TextContent.ShouldContain("Same e-mail address");
        list.Body!.TextContent.ShouldNotContain(DuplicateSeed.TrongEmail);
        list.QuerySelector($"tr[data-pair='{seed.Fan}-{seed.FanAgain}']").ShouldNotBeNull();

        var (_, chinese) = await officer.GetAsync("/people/duplicates?culture=zh-Hans");
        chinese.QuerySelector("h1")!.TextContent.ShouldBe("疑似重复");
        chinese.QuerySelector($"tr[data-pair='{seed.Trong}-{seed.TrongAgain}']")!.TextContent.ShouldContain("姓名相同");

        // "Not the same person" removes the flag.
        list.QuerySelector($"tr[data-pair='{seed.Fan}-{seed.FanAgain}'] form")!.SetAttribute("data-test", "distinct");
        (await officer.SubmitAsync(list, "form[data-test=distinct]", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.GetAsync("/people/duplicates")).Document.QuerySelector($"tr[data-pair='{seed.Fan}-{seed.FanAgain}']").ShouldBeNull();

        // The other desk sees neither the pair nor the comparison.
        (await europe.GetAsync("/people/duplicates")).Document.Body!.TextContent.ShouldNotContain("Nguy");
        (await europe.GetAsync($"/people/merge?a={seed.Trong}&b={seed.TrongAgain}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.GetAsync("/admin/merges")).Response.StatusCode.ShouldNotBe(HttpStatusCode.OK);

        // Side by side: each differing field offers both values; the record with more history survives by default.
        var url = $"/people/merge?a={seed.Trong}&b={seed.TrongAgain}";
        var (compareResponse, compare) = await officer.GetAsync(url);
        compareResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        compare.QuerySelector("input[name=Keep][value=b]")!.HasAttribute("checked").ShouldBeTrue();
        compare.QuerySelector("td[data-counts=b]")!.TextContent.ShouldContain("2 positions");
        compare.QuerySelector("tr[data-field=NameEn]")!.TextContent.ShouldContain("Nguyễn Phú Trọng");
        compare.QuerySelectorAll("input[name='Choice[NameEn]']").Length.ShouldBe(2);
        compare.QuerySelector("input[name='Choice[Honorific]'][value=b]")!.HasAttribute("checked").ShouldBeTrue();

        var merged = await officer.SubmitAsync(compare, "form[data-merge-form]", new Dictionary<string, string> { ["Keep"] = "a", ["Choice[NameEn]"] = "a" }, url);
        merged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        merged.Headers.Location!.OriginalString.ShouldBe($"/people/{seed.Trong}");
        var (mergedName, hidden) = await app.WithDbAsync(async db =>
            (await db.People.Where(p => p.Id == seed.Trong).Select(p => p.NameEn).SingleAsync(),
             await db.People.IgnoreQueryFilters().Where(p => p.Id == seed.TrongAgain).Select(p => p.MergedIntoId).SingleAsync()));
        mergedName.ShouldBe("Nguyễn Phú Trọng");
        hidden.ShouldBe(seed.Trong);
        (await officer.GetAsync(url)).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A stale page is refused with the current values shown again.
        var staleUrl = $"/people/merge?a={seed.Fan}&b={seed.FanAgain}";
        var (_, stale) = await officer.GetAsync(staleUrl);
        await app.WithDbAsync(async db =>
        {
            var p = await db.People.SingleAsync(x => x.Id == seed.Fan);
            p.Diet = "Vegetarian";
            await db.SaveChangesAsync();
        });
        var conflict = await officer.SubmitAsync(stale, "form[data-merge-form]", new Dictionary<string, string>(), staleUrl);
        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await conflict.Content.ReadAsStringAsync()).ShouldContain("data-conflict");

        var (adminResponse, merges) = await admin.GetAsync("/admin/merges");
        adminResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        var row = merges.QuerySelector("tr[data-merge]").ShouldNotBeNull();
        row.TextContent.ShouldContain("Nguyen Phu Trong");
        row.QuerySelector("form")!.SetAttribute("data-test", "revert");
        (await admin.SubmitAsync(merges, "form[data-test=revert]", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.GetAsync(url)).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, after) = await admin.GetAsync("/admin/merges?culture=zh-Hans");
        after.QuerySelector("tr[data-merge] form").ShouldBeNull("a reverted merge offers no second revert");
        after.QuerySelector("h1")!.TextContent.ShouldBe("人物合并");
    }
}
