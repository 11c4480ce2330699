using System.Net;
using System.Security.Cryptography;
using System.Text;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Demo;
using Liaison.Features.Organizations;
using Liaison.Features.Work;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Data;

public sealed class DemoDataTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Demo_data_is_a_consistent_living_department(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.WithDbAsync(d => DemoData.LoadAsync(d, DemoData.DefaultSeed, Clock.Today));

        await app.WithDbAsync(async d =>
        {
            (await d.Organizations.CountAsync()).ShouldBeGreaterThan(300);
            (await d.Organizations.Select(o => o.CountryId).Distinct().CountAsync()).ShouldBeGreaterThan(100);
            (await d.Countries.CountAsync(c => c.DeskId == null)).ShouldBe(0);
            (await d.Relationships.CountAsync()).ShouldBeGreaterThan(100);
            (await d.Agreements.CountAsync()).ShouldBeGreaterThan(30);
            (await d.Elections.CountAsync(e => e.Date > Clock.Today)).ShouldBeGreaterThan(10);

            // Several scripts, not "Party 1".
            var natives = await d.Organizations.Where(o => o.NameNative != null).Select(o => o.NameNative!).ToListAsync();
            natives.Count(n => n.Any(c => c is >= '\u0400' and <= '\u04FF')).ShouldBeGreaterThan(5);
            natives.Count(n => n.Any(c => c is >= '\u0600' and <= '\u06FF')).ShouldBeGreaterThan(5);
            natives.Count(n => n.Any(c => c is >= '\u4E00' and <= '\u9FFF')).ShouldBeGreaterThan(2);

            // Exactly one head-of-government party per country on any date; no overlapping spans.
            var spans = await d.StandingSpans.Select(s => new { s.OrganizationId, s.Organization!.CountryId, s.Standing, s.HeadOfGovernment, s.From, s.To }).ToListAsync();
            foreach (var date in new[] { new DateOnly(1995, 3, 1), new DateOnly(2008, 7, 1), new DateOnly(2020, 1, 15), Clock.Today })
            {
                var heads = spans.Where(s => s.From <= date && (s.To == null || s.To > date) && s.HeadOfGovernment)
                    .GroupBy(s => s.CountryId).Where(g => g.Count() != 1).Select(g => g.Key).ToList();
                heads.ShouldBeEmpty($"countries with more than one head-of-government party on {date}");
            }

            spans.Where(s => s.HeadOfGovernment).ShouldAllBe(s => s.Standing == Standing.LeadingRuling);
            foreach (var org in spans.GroupBy(s => s.OrganizationId))
            {
                var ordered = org.OrderBy(s => s.From).ToList();
                for (var i = 1; i < ordered.Count; i++)
                {
                    (ordered[i - 1].To ?? DateOnly.MaxValue).ShouldBeLessThanOrEqualTo(ordered[i].From, $"overlapping spans of organization {org.Key}");
                }
            }

            (await AuditChain.VerifyAsync(d)).IsIntact.ShouldBeTrue();
            await PeopleAreAliveAsync(d);
        });

        // People are found by any form of their name, and by a typo.
        var reader = await app.CreateUserAsync(Roles.Viewer);
        foreach (var q in new[] { "xijinping", "Xi Jinping", "习近平", "Xi Jinpin" })
        {
            var found = await reader.Client.GetStringAsync($"/api/v1/search?kind=person&q={Uri.EscapeDataString(q)}");
            found.ShouldContain("Xi Jinping", customMessage: q);
        }

        // The demo staff own the work but cannot sign in.
        var staffEmail = DemoStaff.EmailOf("chen.jing");
        using (var browser = new PageClient(app))
        {
            var (_, login) = await browser.GetAsync("/account/login");
            var attempt = await browser.SubmitAsync(login, "main form", new Dictionary<string, string> { ["Input.Email"] = staffEmail, ["Input.Password"] = "Any-password-1234" }, "/account/login");
            attempt.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await browser.GetAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a demo staff account must not sign in");
        }

        // The first administrator is handed a share of the work, so "My work" is alive on first start.
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        await app.WithDbAsync(d => DemoData.AdoptAsync(d, admin.Id));
        await app.WithDbAsync(async d =>
        {
            (await d.People.CountAsync(p => p.OwnerId == admin.Id)).ShouldBeGreaterThanOrEqualTo(10);
            (await d.Tasks.CountAsync(t => t.OwnerId == admin.Id && (t.Status == WorkStatus.Open || t.Status == WorkStatus.InProgress))).ShouldBeGreaterThanOrEqualTo(5);
            (await AuditChain.VerifyAsync(d)).IsIntact.ShouldBeTrue();
        });

        // The same seed gives the same department.
        var first = await FingerprintAsync(app);
        await using var again = await TestApp.StartAsync(db);
        await again.WithDbAsync(d => DemoData.LoadAsync(d, DemoData.DefaultSeed, Clock.Today));
        (await FingerprintAsync(again)).ShouldBe(first);
    }

    private static async Task PeopleAreAliveAsync(LiaisonDbContext d)
    {
        var today = Clock.Today;
        var people = await d.People.AsNoTracking()
            .Select(p => new { p.Id, p.NameEn, p.NameNative, p.NameRomanized, p.NameZh, p.BirthYear, p.BirthDate, p.LastTouchpointOn, p.CountryId, p.TierId, p.OwnerId, p.Classification })
            .ToListAsync();
        people.Count.ShouldBeInRange(2500, 4000);
        people.Count(p => p.BirthDate != null).ShouldBeGreaterThan(people.Count / 4, "birthdays");
        people.Count(p => p.Classification == Classification.Public).ShouldBeInRange(10, people.Count / 5);
        people.Count(p => p.Classification == Classification.Confidential).ShouldBeGreaterThan(10);
        people.Count(p => p.TierId != null).ShouldBeGreaterThan(300);
        people.Where(p => p.TierId != null).ShouldAllBe(p => p.OwnerId != null);

        // Names in the scripts of their countries.
        (int From, int To)[] scripts =
        [
            (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0x0400, 0x04FF), (0x0600, 0x06FF), (0x0900, 0x097F), (0x0E00, 0x0E7F), (0x0370, 0x03FF),
            (0x10A0, 0x10FF), (0x0530, 0x058F), (0x0590, 0x05FF), (0x0E80, 0x0EFF), (0x1200, 0x137F), (0x0980, 0x09FF),
        ];
        var natives = people.Select(p => p.NameNative ?? "").ToList();
        scripts.Count(s => natives.Any(n => n.Any(c => c >= s.From && c <= s.To))).ShouldBeGreaterThanOrEqualTo(8);
        natives.ShouldContain(n => n.Contains('ễ') || n.Contains('ạ') || n.Contains('ứ') || n.Contains('ị'), "Vietnamese with its diacritics");
        people.ShouldContain(p => p.NameRomanized != null && p.NameRomanized.Contains('á'), "pinyin with tone marks");

        var xi = people.Single(p => p.NameNative == "习近平");
        xi.NameEn.ShouldBe("Xi Jinping");
        xi.NameRomanized.ShouldBe("Xí Jìnpíng");
        xi.Classification.ShouldBe(Classification.Public);
        (await d.Positions.AnyAsync(p => p.PersonId == xi.Id && p.Rank == 1 && p.To == null && p.Title.StartsWith("General Secretary"))).ShouldBeTrue();
        (await d.SearchEntries.CountAsync(e => e.Kind == "person" && e.RecordId == xi.Id && (e.Text == "xijinping" || e.Text == "习近平"))).ShouldBe(2);

        // Posts: two or so per person, dated sensibly, one leader of an organization at a time.
        var positions = await d.Positions.AsNoTracking().Select(p => new { p.PersonId, p.OrganizationId, p.Rank, p.From, p.To }).ToListAsync();
        positions.Count.ShouldBeGreaterThan(people.Count * 19 / 10);
        positions.Where(p => p.To != null).ShouldAllBe(p => p.From != null && p.To > p.From);
        var born = people.ToDictionary(p => p.Id, p => p.BirthYear);
        positions.ShouldAllBe(p => p.From == null || born[p.PersonId] == null || p.From.Value.Year - born[p.PersonId]!.Value >= 20);
        foreach (var date in new[] { new DateOnly(2005, 6, 1), new DateOnly(2015, 6, 1), new DateOnly(2022, 6, 1), today })
        {
            var leaders = positions.Where(p => p.Rank == 1 && (p.From == null || p.From <= date) && (p.To == null || p.To > date))
                .GroupBy(p => p.OrganizationId).Where(g => g.Select(p => p.PersonId).Distinct().Count() > 1).Select(g => g.Key).ToList();
            leaders.ShouldBeEmpty($"organizations with two leaders on {date}");
        }

        var withChannels = await d.ContactChannels.Select(c => c.PersonId).Distinct().CountAsync();
        withChannels.ShouldBeGreaterThan(people.Count / 2);

        // Touchpoints: desk business with someone, and the latest contact kept on people and organizations.
        var touchpoints = await d.Touchpoints.AsNoTracking()
            .Select(t => new { t.Id, t.On, t.CountryId, t.EngagementId, People = t.People.Count, Organizations = t.Organizations.Count }).ToListAsync();
        touchpoints.Count.ShouldBeInRange(8000, 17000);
        // Only the touchpoints of multilateral engagements without a lead country have no country.
        touchpoints.ShouldAllBe(t => (t.CountryId != null || t.EngagementId != null) && t.People + t.Organizations > 0);
        var byPerson = await d.TouchpointPeople.GroupBy(tp => tp.PersonId).Select(g => new { PersonId = g.Key, Last = g.Max(tp => tp.Touchpoint!.On) }).ToListAsync();
        var lastOf = byPerson.ToDictionary(x => x.PersonId, x => (DateOnly?)x.Last);
        people.ShouldAllBe(p => p.LastTouchpointOn == lastOf.GetValueOrDefault(p.Id));
        var byOrg = await d.TouchpointOrganizations.GroupBy(to => to.OrganizationId).Select(g => new { OrganizationId = g.Key, Last = g.Max(to => to.Touchpoint!.On) }).ToListAsync();
        var orgs = await d.Organizations.Where(o => o.LastTouchpointOn != null).ToDictionaryAsync(o => o.Id, o => o.LastTouchpointOn);
        byOrg.ShouldAllBe(x => orgs.ContainsKey(x.OrganizationId) && orgs[x.OrganizationId] == x.Last);
        orgs.Values.Count(v => v < today.AddDays(-365)).ShouldBeGreaterThan(5, "dormant ties");
        orgs.Values.Count(v => v > today.AddDays(-60)).ShouldBeGreaterThan(50, "live ties");

        // Tasks: some done, some overdue, some coming up, each on a desk.
        var tasks = await d.Tasks.AsNoTracking().Select(t => new { t.Status, t.DueOn, t.DeskId, t.OwnerId }).ToListAsync();
        tasks.Count.ShouldBeInRange(300, 800);
        tasks.Count(t => TaskItem.IsOpen(t.Status) && t.DueOn < today).ShouldBeGreaterThan(10, "overdue");
        tasks.Count(t => TaskItem.IsOpen(t.Status) && t.DueOn >= today).ShouldBeGreaterThan(10, "upcoming");
        tasks.Count(t => t.Status == WorkStatus.Done).ShouldBeGreaterThan(100);
        tasks.ShouldAllBe(t => t.DeskId != null);

        // Probable duplicates for the duplicates page: two records meeting under one e-mail, phone or handle.
        var shared = await d.PersonMatchKeys.Where(k => !k.Key.StartsWith("n:")).GroupBy(k => k.Key).Where(g => g.Count() > 1).CountAsync();
        shared.ShouldBeInRange(3, 8);

        // Demo staff: desks, ties and no way to sign in.
        var staff = await d.Users.Where(u => u.Email!.EndsWith("@" + DemoStaff.EmailDomain)).ToListAsync();
        staff.Count.ShouldBe(DemoStaff.Members.Length);
        staff.ShouldAllBe(u => u.PasswordHash == null);
        (await d.UserDesks.CountAsync(x => staff.Select(s => s.Id).Contains(x.UserId))).ShouldBeGreaterThan(10);
        (await d.Relationships.CountAsync(r => r.DeskOfficerId == null)).ShouldBe(0);
    }

    private static Task<string> FingerprintAsync(TestApp app) => app.WithDbAsync(async d =>
    {
        var rows = await d.Organizations.OrderBy(o => o.Id).Select(o => o.NameEn + "|" + o.NameNative + "|" + o.NameZh + "|" + o.Classification).ToListAsync();
        var spans = await d.StandingSpans.OrderBy(s => s.Id).Select(s => s.OrganizationId + "|" + s.Standing + "|" + s.From + "|" + s.To).ToListAsync();
        var people = await d.People.OrderBy(p => p.Id).Select(p => p.NameEn + "|" + p.NameNative + "|" + p.BirthYear + "|" + p.LastTouchpointOn).ToListAsync();
        var engagements = await d.Engagements.OrderBy(e => e.Id)
            .Select(e => e.Kind + "|" + e.Status + "|" + e.StartsOn + "|" + e.EndsOn + "|" + e.Title + "|" + e.TitleZh + "|" + e.DelegationCount + "|" + e.HostCount).ToListAsync();
        var counts = new[]
            {
                await d.Positions.CountAsync(), await d.ContactChannels.CountAsync(), await d.Touchpoints.CountAsync(), await d.Tasks.CountAsync(),
                await d.EngagementMembers.CountAsync(), await d.ItineraryItems.CountAsync(), await d.LogisticsItems.CountAsync(), await d.Gifts.CountAsync(),
                await d.EngagementOutcomes.CountAsync(), await d.Agreements.CountAsync(),
            }
            .Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows.Concat(spans).Concat(people).Concat(engagements).Concat(counts)))));
    });
}
