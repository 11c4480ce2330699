using System.Net;
using System.Text.Json;
using Liaison.Features.People;
using Liaison.Features.People.Duplicates;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Duplicates;

/// <summary>
/// The duplicates queue reads pairs the database keeps in step with the people's match keys (MatchKeyPairs and its
/// triggers): every way a key is written, changed or removed must show in the queue at once, and a pair the viewer may
/// not see in full must not even be counted.
/// </summary>
public sealed class DuplicateQueueTests
{
    private static async Task<(List<(int A, int B)> Pairs, int Total, bool AtLeast)> QueueAsync(TestUser user)
    {
        var response = await user.Client.GetAsync("/api/v1/people/duplicates?pageSize=200");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var pairs = page.GetProperty("items").EnumerateArray()
            .Select(p => (p.GetProperty("a").GetProperty("id").GetInt32(), p.GetProperty("b").GetProperty("id").GetInt32()))
            .ToList();
        return (pairs, page.GetProperty("total").GetInt32(), page.GetProperty("totalIsAtLeast").GetBoolean());
    }

    private static async Task<(int Id, int Version)> CreateAsync(TestUser user, string nameEn)
    {
        var response = await user.Client.PostJsonAsync("/api/v1/people", new { nameEn, countryIso3 = "VNM" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.ReadJsonAsync();
        return (body.GetProperty("id").GetInt32(), body.GetProperty("version").GetInt32());
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_queue_follows_every_create_rename_and_delete_of_a_shared_name(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);

        var first = await CreateAsync(officer, "Le Van Thanh");
        (await QueueAsync(officer)).Pairs.ShouldBeEmpty();
        var second = await CreateAsync(officer, "Thanh Le Van");
        (await QueueAsync(officer)).Pairs.ShouldBe([(first.Id, second.Id)]);

        // Renamed apart, the pair goes; renamed back, it returns.
        var renamed = await officer.Client.PutJsonAsync($"/api/v1/people/{second.Id}", new { nameEn = "Le Van Thinh", countryIso3 = "VNM", version = second.Version });
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await QueueAsync(officer)).Pairs.ShouldBeEmpty();
        var version = (await renamed.ReadJsonAsync()).GetProperty("version").GetInt32();
        (await officer.Client.PutJsonAsync($"/api/v1/people/{second.Id}", new { nameEn = "Le Van Thanh", countryIso3 = "VNM", version }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await QueueAsync(officer)).Pairs.ShouldBe([(first.Id, second.Id)]);

        // Four holders of the name pair up (six pairs); a fifth makes it a common name, which pairs nobody.
        var third = await CreateAsync(officer, "Le Van Thanh");
        var fourth = await CreateAsync(officer, "Le Van Thanh");
        (await QueueAsync(officer)).Total.ShouldBe(6);
        var fifth = await CreateAsync(officer, "Le Van Thanh");
        (await QueueAsync(officer)).Pairs.ShouldBeEmpty();

        // A person deleted (as rolling back an import does) takes its keys with it: four holders again.
        await app.WithDbAsync(async context => await context.People.IgnoreQueryFilters().Where(p => p.Id == fifth.Id).ExecuteDeleteAsync());
        var queue = await QueueAsync(officer);
        queue.Total.ShouldBe(6);
        queue.Pairs.ShouldContain((third.Id, fourth.Id));
        queue.Pairs.ShouldNotContain(p => p.A == fifth.Id || p.B == fifth.Id);
        (await app.WithDbAsync(context => context.MatchKeyPairs.IgnoreQueryFilters().CountAsync(p => p.PersonAId == fifth.Id || p.PersonBId == fifth.Id)))
            .ShouldBe(0);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_pair_with_a_person_above_the_viewers_clearance_is_neither_listed_nor_counted(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var internalOnly = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk], Classification.Internal);
        var cleared = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk], Classification.Confidential);
        var ids = await app.WithDbAsync(async context =>
        {
            var vnm = await context.Countries.Where(c => c.Iso3 == "VNM").Select(c => c.Id).SingleAsync();
            var open = new Person { CountryId = vnm, NameEn = "Tran Quoc Vuong" };
            var secret = new Person { CountryId = vnm, NameEn = "Tran Quoc Vuong", Classification = Classification.Confidential };
            context.People.AddRange(open, secret);
            await context.SaveChangesAsync();
            return (Open: open.Id, Secret: secret.Id);
        });

        var hidden = await QueueAsync(internalOnly);
        hidden.Pairs.ShouldBeEmpty();
        hidden.Total.ShouldBe(0);
        using (var page = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk], Classification.Internal))
        {
            var text = (await page.GetAsync("/people/duplicates")).Document.Body!.TextContent;
            text.ShouldContain("0 pairs");
            text.ShouldContain("No probable duplicates.");
        }

        (await QueueAsync(cleared)).Pairs.ShouldBe([(Math.Min(ids.Open, ids.Secret), Math.Max(ids.Open, ids.Secret))]);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_long_queue_says_more_than_its_cap_and_still_pages_past_it(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator);
        const int pairs = DuplicateFinder.QueueCountCap + 5;
        await app.WithDbAsync(async context =>
        {
            var vnm = await context.Countries.Where(c => c.Iso3 == "VNM").Select(c => c.Id).SingleAsync();
            context.People.AddRange(Enumerable.Range(0, pairs).SelectMany(i => new[]
            {
                new Person { CountryId = vnm, NameEn = $"Twin {i:0000} Alpha" },
                new Person { CountryId = vnm, NameEn = $"Alpha Twin {i:0000}" },
            }));
            await context.SaveChangesAsync();
        });

        var first = await QueueAsync(admin);
        first.Total.ShouldBe(DuplicateFinder.QueueCountCap);
        first.AtLeast.ShouldBeTrue();
        using (var pages = await SignedIn.AsAsync(app, Roles.Administrator))
        {
            (await pages.GetAsync("/people/duplicates")).Document.Body!.TextContent.ShouldContain("More than 1,000 pairs");
            (await pages.GetAsync("/people/duplicates?culture=zh-Hans")).Document.Body!.TextContent.ShouldContain("超过 1,000 对");
        }

        // The last page lies past the count's cap and still holds the oldest pairs.
        var last = JsonDocument.Parse(await (await admin.Client.GetAsync("/api/v1/people/duplicates?page=21&pageSize=50")).Content.ReadAsStringAsync()).RootElement;
        last.GetProperty("items").GetArrayLength().ShouldBe(5);
    }
}
