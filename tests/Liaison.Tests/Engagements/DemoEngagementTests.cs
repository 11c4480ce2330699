using System.Net;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Demo;
using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Outcomes;
using Liaison.Features.Work;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Engagements;

// One demo load per database; that the same seed and day give the same engagements is checked by DemoDataTests' fingerprint.
public sealed class DemoEngagementTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Demo_engagements_are_years_of_consistent_department_work(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.WithDbAsync(d => DemoData.LoadAsync(d, DemoData.DefaultSeed, Clock.Today));
        var today = Clock.Today;

        await app.WithDbAsync(async d =>
        {
            var all = await d.Engagements.AsNoTracking()
                .Select(e => new { e.Id, e.Kind, e.Status, e.StartsOn, e.EndsOn, e.Title, e.TitleZh, e.CountryId, e.DelegationCount, e.HostCount, e.ApprovedById, e.CompletedAt, e.OwnerId })
                .ToListAsync();

            // Years of it, of every kind, mostly delegations received and sent.
            Enum.GetValues<EngagementKind>().ShouldAllBe(k => all.Any(e => e.Kind == k), "every kind");
            for (var year = 1; year <= 5; year++)
            {
                var count = all.Count(e => e.StartsOn > today.AddYears(-year) && e.StartsOn <= today.AddYears(1 - year));
                count.ShouldBeInRange(280, 450, $"engagements {year} years back");
            }

            all.Count(e => e.StartsOn > today).ShouldBeGreaterThan(40, "planned ones");
            all.Max(e => e.StartsOn).ShouldBeLessThanOrEqualTo(today.AddMonths(4).AddDays(7));
            all.Count(e => e.Kind == EngagementKind.InboundVisit).ShouldBeGreaterThan(all.Count(e => e.Kind == EngagementKind.OutboundVisit));
            all.ShouldAllBe(e => e.TitleZh != null && e.Title.Length > 10 && e.EndsOn >= e.StartsOn);
            all.ShouldContain(e => e.Title.StartsWith("Delegation of the Communist Party of Vietnam", StringComparison.Ordinal) && e.TitleZh!.Contains("越南共产党代表团"));
            all.Count(e => e.CountryId == null).ShouldBeGreaterThan(5, "multilateral events without a lead country");

            // Statuses as the dates say.
            all.Where(e => e.EndsOn < today).ShouldAllBe(e => e.Status == EngagementStatus.Completed || e.Status == EngagementStatus.Cancelled || e.Status == EngagementStatus.Postponed);
            all.Where(e => e.StartsOn <= today && e.EndsOn >= today).ShouldAllBe(e => e.Status == EngagementStatus.UnderWay);
            all.Where(e => e.StartsOn > today).ShouldAllBe(e => e.Status != EngagementStatus.Completed && e.Status != EngagementStatus.UnderWay);
            all.Count(e => e.Status == EngagementStatus.UnderWay).ShouldBeGreaterThan(0);
            all.Count(e => e.EndsOn < today && e.Status == EngagementStatus.Completed).ShouldBeGreaterThan(all.Count(e => e.EndsOn < today) * 85 / 100);
            all.Where(e => e.Status == EngagementStatus.Completed).ShouldAllBe(e => e.CompletedAt != null && e.ApprovedById != null);
            all.Where(e => e.Status == EngagementStatus.Proposed).ShouldAllBe(e => e.ApprovedById == null);

            // Every step audited in order, approvals by the leader only.
            var leader = await d.Users.Where(u => u.Email == DemoStaff.EmailOf("huang.qiang")).Select(u => u.Id).SingleAsync();
            var steps = (await d.EngagementTransitions.AsNoTracking().Select(t => new { t.EngagementId, t.From, t.To, t.ByUserId, t.At }).ToListAsync())
                .ToLookup(t => t.EngagementId);
            foreach (var e in all)
            {
                var chain = steps[e.Id].OrderBy(t => t.At).ToList();
                var status = EngagementStatus.Proposed;
                foreach (var step in chain)
                {
                    step.From.ShouldBe(status, $"engagement {e.Id}");
                    EngagementLifecycle.CanMove(step.From, step.To).ShouldBeTrue($"engagement {e.Id}: {step.From} → {step.To}");
                    step.At.ShouldBeLessThanOrEqualTo(today.AddDays(1).ToDateTime(TimeOnly.MinValue));
                    status = step.To;
                }

                status.ShouldBe(e.Status, $"engagement {e.Id}");
                chain.Where(t => t.To == EngagementStatus.Approved).ShouldAllBe(t => t.ByUserId == leader);
                (e.ApprovedById != null).ShouldBe(chain.Any(t => t.To == EngagementStatus.Approved), $"engagement {e.Id}");
            }

            // People counts are the members'.
            var sides = (await d.EngagementMembers.AsNoTracking().GroupBy(m => new { m.EngagementId, m.Side }).Select(g => new { g.Key.EngagementId, g.Key.Side, Count = g.Count() }).ToListAsync())
                .ToDictionary(x => (x.EngagementId, x.Side), x => x.Count);
            foreach (var e in all)
            {
                e.DelegationCount.ShouldBe(sides.GetValueOrDefault((e.Id, EngagementSide.Delegation)), $"engagement {e.Id}");
                e.HostCount.ShouldBe(sides.GetValueOrDefault((e.Id, EngagementSide.Host)), $"engagement {e.Id}");
            }

            all.ShouldAllBe(e => e.DelegationCount >= 1 && e.HostCount >= 1 && e.HostCount <= 15);
            all.Where(e => e.Kind == EngagementKind.InboundVisit).Average(e => e.DelegationCount).ShouldBeInRange(3.5, 10);

            // Completed engagements are on the timelines: one touchpoint each, with every member and counterpart organization.
            var touchpoints = await d.Touchpoints.AsNoTracking().Where(t => t.EngagementId != null)
                .Select(t => new { EngagementId = t.EngagementId!.Value, t.On, t.CountryId, People = t.People.Select(p => p.PersonId).ToList(), Organizations = t.Organizations.Count })
                .ToListAsync();
            var members = (await d.EngagementMembers.AsNoTracking().Select(m => new { m.EngagementId, m.PersonId }).ToListAsync()).ToLookup(m => m.EngagementId, m => m.PersonId);
            var byEngagement = touchpoints.GroupBy(t => t.EngagementId).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var e in all)
            {
                if (e.Status != EngagementStatus.Completed)
                {
                    byEngagement.ContainsKey(e.Id).ShouldBeFalse($"engagement {e.Id} is {e.Status}");
                    continue;
                }

                var t = byEngagement[e.Id].ShouldHaveSingleItem();
                t.On.ShouldBe(e.EndsOn);
                t.CountryId.ShouldBe(e.CountryId);
                t.People.Order().ShouldBe(members[e.Id].Order(), $"engagement {e.Id}");
                t.Organizations.ShouldBeGreaterThan(0);
            }

            // Agreements signed on the counterpart's ledger; commitments followed up by tasks.
            var outcomes = await d.EngagementOutcomes.AsNoTracking().Select(o => new { o.EngagementId, o.Kind, o.OrganizationId, o.AgreementId, o.TaskId }).ToListAsync();
            var agreements = outcomes.Where(o => o.Kind == OutcomeKind.Agreement).ToList();
            agreements.Count.ShouldBeGreaterThan(10);
            var agreementIds = agreements.Select(o => o.AgreementId!.Value).ToList();
            var ledger = await d.Agreements.AsNoTracking().Where(a => agreementIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.OrganizationId);
            agreements.ShouldAllBe(o => ledger[o.AgreementId!.Value] == o.OrganizationId);
            var commitments = outcomes.Where(o => o.Kind == OutcomeKind.Commitment).ToList();
            commitments.Count.ShouldBeGreaterThan(10);
            var tasks = await d.Tasks.AsNoTracking().Where(t => t.EngagementId != null).ToDictionaryAsync(t => t.Id, t => new { t.EngagementId, t.Status, t.OwnerId });
            commitments.ShouldAllBe(o => tasks[o.TaskId!.Value].EngagementId == o.EngagementId);
            tasks.Values.Count(t => t.Status == WorkStatus.Done).ShouldBeGreaterThan(5);
            outcomes.ShouldContain(o => o.Kind == OutcomeKind.JointStatement);

            // Programmes, logistics, gifts and a few reports.
            (await d.ItineraryItems.CountAsync(i => i.CityZh == "上海")).ShouldBeGreaterThan(20);
            (await d.ItineraryItems.Where(i => i.Day < i.Engagement!.StartsOn || i.Day > i.Engagement.EndsOn).CountAsync()).ShouldBe(0);
            (await d.LogisticsItems.CountAsync(l => l.Kind == Features.Engagements.Logistics.LogisticsKind.Arrival)).ShouldBeGreaterThan(500);
            (await d.Gifts.CountAsync()).ShouldBeGreaterThan(100);
            (await d.EngagementDocuments.CountAsync()).ShouldBeInRange(1, 200);
            (await AuditChain.VerifyAsync(d)).IsIntact.ShouldBeTrue();
        });

        // The first administrator gets a few upcoming engagements of their own.
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        await app.WithDbAsync(d => DemoData.AdoptAsync(d, admin.Id));
        (await app.WithDbAsync(d => d.Engagements.CountAsync(e => e.OwnerId == admin.Id && e.StartsOn >= today))).ShouldBeGreaterThanOrEqualTo(3);

        // A public figure's card shows their desk's (internal) engagements on their page, and nothing to another desk.
        var (personId, deskName, otherDesk, visible) = await app.WithDbAsync(async d =>
        {
            var candidates = await d.People.AsNoTracking().Where(p => p.Classification == Classification.Public && p.Country!.Iso3 != "CHN"
                    && d.EngagementMembers.Any(m => m.PersonId == p.Id)
                    && !d.EngagementMembers.Any(m => m.PersonId == p.Id && (m.Engagement!.CountryId == null || m.Engagement.CountryId != p.CountryId
                        || m.Engagement.Classification == Classification.Public)))
                .OrderBy(p => p.Id).Select(p => new { p.Id, Desk = p.Country!.Desk!.Name }).ToListAsync();
            var pick = candidates.First();
            var other = await d.Desks.Where(x => x.Name != pick.Desk).OrderBy(x => x.Id).Select(x => x.Name).FirstAsync();
            var count = await d.EngagementMembers.CountAsync(m => m.PersonId == pick.Id && m.Engagement!.Classification <= Classification.Internal);
            return (pick.Id, pick.Desk, other, count);
        });
        visible.ShouldBeGreaterThan(0);
        using (var desk = await SignedIn.AsAsync(app, Roles.DeskOfficer, [deskName]))
        {
            var (response, page) = await desk.GetAsync($"/people/{personId}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            SignedIn.Text(page.QuerySelector("[data-engagement-list] [data-engagement-total]")).Trim().ShouldBe(visible.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        using (var other = await SignedIn.AsAsync(app, Roles.DeskOfficer, [otherDesk]))
        {
            var (response, page) = await other.GetAsync($"/people/{personId}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            page.QuerySelector("[data-engagement-list]").ShouldBeNull();
        }
    }
}
