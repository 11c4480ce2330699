using System.Net;
using Liaison.Features.People;
using Liaison.Features.Search;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Duplicates;

public sealed class MergeTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_merge_keeps_everything_on_the_survivor_and_an_administrator_reverts_it_exactly(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var seed = await DuplicateSeed.SeedAsync(app, dir, officer.Id);
        var survivorBefore = await DuplicateSeed.HoldingsAsync(app, seed.Trong);
        var mergedBefore = await DuplicateSeed.HoldingsAsync(app, seed.TrongAgain);
        var fieldsBefore = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == seed.Trong));

        // Stale versions are refused with the conflict.
        var versionA = await DuplicateSeed.VersionAsync(app, seed.Trong);
        var versionB = await DuplicateSeed.VersionAsync(app, seed.TrongAgain);
        (await officer.Client.PostJsonAsync("/api/v1/people/merge", new { survivorId = seed.Trong, mergedId = seed.TrongAgain, survivorVersion = versionA - 1, mergedVersion = versionB }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await officer.Client.PostJsonAsync("/api/v1/people/merge", new { survivorId = seed.Trong, mergedId = seed.Trong, survivorVersion = versionA, mergedVersion = versionA }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var response = await officer.Client.PostJsonAsync("/api/v1/people/merge", new
        {
            survivorId = seed.Trong,
            mergedId = seed.TrongAgain,
            survivorVersion = versionA,
            mergedVersion = versionB,
            fields = new Dictionary<string, string> { ["NameEn"] = "Merged", ["Diet"] = "Survivor", ["NameZh"] = "Survivor" },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = await response.ReadJsonAsync();
        var mergeId = result.GetProperty("mergeId").GetInt32();
        result.GetProperty("moved").GetProperty("positions").GetInt32().ShouldBe(2);

        var survivor = await DuplicateSeed.HoldingsAsync(app, seed.Trong);
        survivor.Positions.ShouldBe(survivorBefore.Positions.Concat(mergedBefore.Positions).Order().ToList());
        survivor.Tasks.ShouldBe(survivorBefore.Tasks.Concat(mergedBefore.Tasks).Order().ToList());
        survivor.Touchpoints.ShouldBe([seed.SharedTouchpoint, seed.OwnTouchpoint]);
        // The same e-mail in another case is not kept twice; the WeChat handle comes along.
        survivor.Channels.Count.ShouldBe(3);
        survivor.Names.ShouldContain("Anh Trong");
        survivor.Names.ShouldContain("Tổng Bí thư Trọng");
        survivor.Names.ShouldContain("Nguyễn Phú Trọng", "the survivor's former English name is kept as another name");
        survivor.Names.ShouldContain("阮富仲", "the merged record's Chinese name, not chosen, is kept as another name");

        var merged = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == seed.Trong));
        merged.NameEn.ShouldBe("Nguyen Phu Trong");
        merged.NameZh.ShouldBeNull("the survivor's (empty) Chinese name was chosen");
        merged.Honorific.ShouldBe("H.E.", "empty fields are filled from the merged record by default");
        merged.Diet.ShouldBe("No shellfish");
        merged.BirthYear.ShouldBe(1944);
        merged.LastTouchpointOn.ShouldBe(new DateOnly(2025, 1, 15));

        // The merged record is gone for everyone: detail, lists, search, duplicates.
        var scope = DuplicateSeed.ScopeOf(officer.Id, seed.SeaDesk);
        (await app.WithDbAsync(db => db.People.AnyAsync(p => p.Id == seed.TrongAgain), scope)).ShouldBeFalse();
        (await app.WithDbAsync(db => db.SearchEntries.AnyAsync(e => e.Kind == SearchKinds.Person && e.RecordId == seed.TrongAgain))).ShouldBeFalse();
        var search = await (await officer.Client.GetAsync("/api/v1/search?q=Anh%20Trong&kind=person")).ReadJsonAsync();
        search.EnumerateArray().Select(h => h.GetProperty("id").GetInt32()).ShouldBe([seed.Trong], "the merged record's name now finds the survivor only");
        (await app.WithDbAsync(db => db.PersonMatchKeys.IgnoreQueryFilters().AnyAsync(k => k.PersonId == seed.TrongAgain))).ShouldBeFalse();
        (await officer.Client.GetAsync($"/api/v1/people/{seed.TrongAgain}/duplicates")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var pairs = await (await officer.Client.GetAsync("/api/v1/people/duplicates")).ReadJsonAsync();
        pairs.GetProperty("total").GetInt32().ShouldBe(1);
        var similar = await (await officer.Client.GetAsync("/api/v1/people/similar?name=Nguyen%20Phu%20Trong")).ReadJsonAsync();
        similar.EnumerateArray().Select(c => c.GetProperty("person").GetProperty("id").GetInt32()).ShouldBe([seed.Trong]);

        // A merged person cannot be merged again.
        (await officer.Client.PostJsonAsync("/api/v1/people/merge", new { survivorId = seed.Fan, mergedId = seed.TrongAgain, survivorVersion = 1, mergedVersion = versionB + 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Only administrators list and revert merges.
        (await officer.Client.GetAsync("/api/v1/merges")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.Client.PostAsync($"/api/v1/merges/{mergeId}/revert", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var list = await (await admin.Client.GetAsync("/api/v1/merges")).ReadJsonAsync();
        var row = list.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("id").GetInt32() == mergeId);
        row.GetProperty("mergedName").GetString().ShouldBe("Nguyen Phu Trong");
        row.GetProperty("by").GetString().ShouldNotBeNull();

        // An edit of the survivor after the merge would be lost: the revert is refused and says why.
        await app.WithDbAsync(async db =>
        {
            var p = await db.People.SingleAsync(x => x.Id == seed.Trong);
            p.Religion = "Buddhism";
            await db.SaveChangesAsync();
        });
        var refused = await admin.Client.PostAsync($"/api/v1/merges/{mergeId}/revert", null);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Religion");
        await app.WithDbAsync(async db =>
        {
            var p = await db.People.SingleAsync(x => x.Id == seed.Trong);
            p.Religion = "None";
            await db.SaveChangesAsync();
        });

        var reverted = await admin.Client.PostAsync($"/api/v1/merges/{mergeId}/revert", null);
        reverted.StatusCode.ShouldBe(HttpStatusCode.OK, await reverted.Content.ReadAsStringAsync());

        (await DuplicateSeed.HoldingsAsync(app, seed.Trong)).Describe().ShouldBe(survivorBefore.Describe());
        (await DuplicateSeed.HoldingsAsync(app, seed.TrongAgain)).Describe().ShouldBe(mergedBefore.Describe());
        var restored = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == seed.Trong));
        foreach (var field in new Func<Person, object?>[] { p => p.NameEn, p => p.NameZh, p => p.Honorific, p => p.Religion, p => p.Diet, p => p.BirthYear, p => p.LastTouchpointOn })
        {
            field(restored).ShouldBe(field(fieldsBefore));
        }

        var back = await app.WithDbAsync(db => db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == seed.TrongAgain), scope);
        back.ShouldNotBeNull().LastTouchpointOn.ShouldBe(new DateOnly(2025, 1, 15));
        (await (await officer.Client.GetAsync("/api/v1/people/duplicates")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(2);
        var searchAfter = await (await officer.Client.GetAsync("/api/v1/search?q=Anh%20Trong&kind=person")).ReadJsonAsync();
        searchAfter.EnumerateArray().First().GetProperty("id").GetInt32().ShouldBe(seed.TrongAgain, "the reverted record is found again, first");

        // Twice is refused; the trail names both events.
        (await admin.Client.PostAsync($"/api/v1/merges/{mergeId}/revert", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Person" && a.EntityId == seed.Trong.ToString()).Select(a => a.Action).ToListAsync());
        actions.ShouldContain("merge");
        actions.ShouldContain("unmerge");
        (await app.WithDbAsync(db => db.PersonMerges.SingleAsync(m => m.Id == mergeId))).RevertedByUserId.ShouldBe(admin.Id);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_revert_is_refused_while_the_survivor_is_merged_into_someone_else(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var seed = await DuplicateSeed.SeedAsync(app, dir, officer.Id);

        var first = await MergeAsync(app, officer, seed.Trong, seed.TrongAgain);
        var second = await MergeAsync(app, officer, seed.Fan, seed.Trong);

        var refused = await admin.Client.PostAsync($"/api/v1/merges/{first}/revert", null);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("revert that merge first");

        (await admin.Client.PostAsync($"/api/v1/merges/{second}/revert", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.Client.PostAsync($"/api/v1/merges/{first}/revert", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var scope = DuplicateSeed.ScopeOf(officer.Id, seed.SeaDesk);
        (await app.WithDbAsync(db => db.People.CountAsync(p => p.Id == seed.Trong || p.Id == seed.TrongAgain || p.Id == seed.Fan), scope)).ShouldBe(3);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_merges_list_leaves_out_a_merge_of_someone_above_the_administrators_clearance(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk], Classification.Restricted);
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var cleared = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var seed = await DuplicateSeed.SeedAsync(app, dir, officer.Id);

        var open = await MergeAsync(app, officer, seed.Trong, seed.TrongAgain);
        var secret = await MergeAsync(app, officer, seed.Fan, seed.FanAgain);
        await app.WithDbAsync(async db =>
        {
            var fan = await db.People.IgnoreQueryFilters().SingleAsync(p => p.Id == seed.Fan);
            fan.Classification = Classification.Confidential;
            await db.SaveChangesAsync();
        });

        static async Task<(int Total, List<int> Ids)> ListAsync(TestUser user)
        {
            var list = await (await user.Client.GetAsync("/api/v1/merges")).ReadJsonAsync();
            return (list.GetProperty("total").GetInt32(), list.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetInt32()).ToList());
        }

        var internalView = await ListAsync(admin);
        internalView.Total.ShouldBe(1, "an Internal administrator does not count the Confidential person's merge");
        internalView.Ids.ShouldBe([open]);
        var clearedView = await ListAsync(cleared);
        clearedView.Total.ShouldBe(2);
        clearedView.Ids.ShouldBe([secret, open], "newest first");
    }

    /// <summary>Merges two people through the API at their current versions; the merge's id.</summary>
    private static async Task<int> MergeAsync(TestApp app, TestUser officer, int survivor, int merged)
    {
        var response = await officer.Client.PostJsonAsync("/api/v1/people/merge", new
        {
            survivorId = survivor,
            mergedId = merged,
            survivorVersion = await DuplicateSeed.VersionAsync(app, survivor),
            mergedVersion = await DuplicateSeed.VersionAsync(app, merged),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("mergeId").GetInt32();
    }
}
