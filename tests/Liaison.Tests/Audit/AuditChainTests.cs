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

        var auditor = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        var trail = await (await auditor.Client.GetAsync($"/api/v1/audit?entityType=Organization&entityId={dir.Greens}&action=update")).ReadJsonAsync();
        trail.GetProperty("total").GetInt32().ShouldBe(1);
        trail.GetProperty("items")[0].GetProperty("userName").GetString().ShouldBe(officer.Email);
        (await (await auditor.Client.GetAsync("/api/v1/audit/verify")).ReadJsonAsync()).GetProperty("isIntact").GetBoolean().ShouldBeTrue();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Altering_or_removing_an_entry_is_detected_and_named(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var ids = await app.WithDbAsync(d => d.AuditEntries.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        var victim = ids[ids.Count / 2];

        // The database refuses changes to the trail…
        await Should.ThrowAsync<Exception>(() => app.WithDbAsync(d => d.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"UserName\" = 'mallory' WHERE \"Id\" = {victim}")));
        await Should.ThrowAsync<Exception>(() => app.WithDbAsync(d => d.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {victim}")));

        // …and someone with enough access to remove that guard is still caught by the chain.
        await app.WithDbAsync(d => d.Database.ExecuteSqlRawAsync(db == Db.Postgres
            ? "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER USER"
            : "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;"));

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
