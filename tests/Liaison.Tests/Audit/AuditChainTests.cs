using Liaison.Features.Audit;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Audit;

public sealed class AuditChainTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Every_change_is_audited_with_before_and_after_and_the_chain_verifies(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var version = (await (await officer.Client.GetAsync($"/api/v1/organizations/{dir.Greens}")).ReadJsonAsync()).GetProperty("version").GetInt32();

        await officer.Client.PutJsonAsync($"/api/v1/organizations/{dir.Greens}",
            new { nameEn = "Alliance 90/The Greens", abbreviation = "Grüne", nameZh = "绿党", kind = "PoliticalParty", countryIso3 = "DEU", version });

        var entry = await app.WithDbAsync(d => d.AuditEntries.Where(a => a.EntityType == "Organization" && a.Action == "update").OrderByDescending(a => a.Id).FirstAsync());
        entry.UserId.ShouldBe(officer.Id);
        entry.UserName.ShouldBe(officer.Email);
        entry.Changes.ShouldNotBeNull().ShouldContain("\"NameZh\":[\"联盟90/绿党\",\"绿党\"]");

        var verification = await app.WithDbAsync(d => AuditChain.VerifyAsync(d));
        verification.IsIntact.ShouldBeTrue(verification.Problem);
        verification.EntriesChecked.ShouldBeGreaterThan(250);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Altering_or_removing_an_entry_is_detected_and_named(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var ids = await app.WithDbAsync(d => d.AuditEntries.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        var victim = ids[ids.Count / 2];

        await app.WithDbAsync(d => d.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Changes\" = '{{\"NameEn\":\"forged\"}}' WHERE \"Id\" = {victim}"));
        var altered = await app.WithDbAsync(d => AuditChain.VerifyAsync(d));
        altered.IsIntact.ShouldBeFalse();
        altered.FirstBrokenId.ShouldBe(victim);

        var next = ids[(ids.Count / 2) + 1];
        await app.WithDbAsync(d => d.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {victim}"));
        var removed = await app.WithDbAsync(d => AuditChain.VerifyAsync(d));
        removed.FirstBrokenId.ShouldBe(next);
    }
}
