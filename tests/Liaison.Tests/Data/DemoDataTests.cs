using System.Security.Cryptography;
using System.Text;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Demo;
using Liaison.Features.Organizations;
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
        });

        // The same seed gives the same department.
        var first = await FingerprintAsync(app);
        await using var again = await TestApp.StartAsync(db);
        await again.WithDbAsync(d => DemoData.LoadAsync(d, DemoData.DefaultSeed, Clock.Today));
        (await FingerprintAsync(again)).ShouldBe(first);
    }

    private static Task<string> FingerprintAsync(TestApp app) => app.WithDbAsync(async d =>
    {
        var rows = await d.Organizations.OrderBy(o => o.Id).Select(o => o.NameEn + "|" + o.NameNative + "|" + o.NameZh + "|" + o.Classification).ToListAsync();
        var spans = await d.StandingSpans.OrderBy(s => s.Id).Select(s => s.OrganizationId + "|" + s.Standing + "|" + s.From + "|" + s.To).ToListAsync();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows.Concat(spans)))));
    });
}
