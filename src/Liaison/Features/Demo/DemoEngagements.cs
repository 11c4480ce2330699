using System.Globalization;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Countries;
using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Documents;
using Liaison.Features.Engagements.Itinerary;
using Liaison.Features.Engagements.Logistics;
using Liaison.Features.Engagements.Outcomes;
using Liaison.Features.Organizations;
using Liaison.Features.Relationships;
using Liaison.Features.Touchpoints;
using Liaison.Features.Work;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Demo;

/// <summary>
/// Six years of the department's engagements and the next four months planned: delegations received and sent, talks,
/// dialogues, forums, seminars, study tours, courses, video meetings and receptions with the parties we have ties with,
/// their delegations and our hosts, programmes, logistics, gifts, outcomes and the timeline touchpoints of completed ones.
/// Generated in memory, written with multi-row INSERTs in one transaction and recorded as one audit event.
/// </summary>
internal static class DemoEngagements
{
    public static async Task LoadAsync(LiaisonDbContext db, int seed, IReadOnlyList<PersonPlan> people, IReadOnlyList<DemoEngagementOfficials.Official> officials,
        IReadOnlyList<Organization> organizations,
        IReadOnlyList<Relationship> ties, IReadOnlyDictionary<int, int> levelRanks, DemoPeopleLoad.Staff staff, CancellationToken ct)
    {
        // A stream of its own, so the people and touchpoints stay what they were before engagements were added.
        var random = new Random(unchecked((seed * 4099) + 31));
        var byId = organizations.ToDictionary(o => o.Id);
        var tied = ties.Where(t => levelRanks[t.LevelId] >= 1 && byId.TryGetValue(t.OrganizationId, out var o) && o.Dissolved is null)
            .Select(t => (Org: byId[t.OrganizationId], Rank: levelRanks[t.LevelId])).OrderBy(t => t.Org.Id).ToList();
        // The department's own party first, then its youth league, media and think tanks.
        var ourOrgs = organizations.Where(o => o.Country?.Iso3 == "CHN" && o.Kind is OrganizationKind.PoliticalParty or OrganizationKind.PartyWing or OrganizationKind.Media
                or OrganizationKind.ThinkTank)
            .OrderBy(o => o.Abbreviation == "CPC" ? 0 : 1).ThenBy(o => o.Id).ToList();
        if (tied.Count == 0 || ourOrgs.Count == 0)
        {
            return;
        }

        var officers = DemoPeopleLoad.OfficersByDesk(staff);
        var staffByRole = staff.Members.Where(m => m.Role != Roles.DeskOfficer).GroupBy(m => m.Role)
            .ToDictionary(g => g.Key, g => staff.IdsByKey[g.First().Key], StringComparer.Ordinal);
        var deskOfCountry = people.Select(p => p.Country).Concat(organizations.Select(o => o.Country)).OfType<Country>()
            .Where(c => c.DeskId is not null || c.Desk is not null).DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.Desk?.Id ?? c.DeskId!.Value);

        var available = new DemoEngagementPeople(people);
        var programme = new DemoEngagementProgramme(random, available);
        var lifecycle = new DemoEngagementLifecycle(random, c => c?.Desk is { } desk && officers.TryGetValue(desk.Name, out var ids) ? ids : [], staffByRole);
        var results = new DemoEngagementResults(random, deskOfCountry);
        var planner = new DemoEngagementPlanner(random, available, tied, ourOrgs, officials);
        var plans = planner.Plan(plan =>
        {
            programme.Fill(plan);
            var (title, titleZh) = DemoEngagementTitles.Title(plan, random);
            plan.Engagement.Title = Cut(title);
            plan.Engagement.TitleZh = Cut(titleZh);
            plan.Engagement.Location = Cut(DemoEngagementTitles.Location(plan));
            plan.Engagement.Purpose = DemoEngagementTitles.Purpose(plan, random);
            lifecycle.Apply(plan);
            results.Apply(plan);
        });

        await SaveAsync(db, plans, results, ct);
    }

    private static async Task SaveAsync(LiaisonDbContext db, List<DemoEngagement> plans, DemoEngagementResults results, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            string details;
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                var engagements = plans.Select(p => p.Engagement).ToList();
                await Number(db, engagements, (e, id) => e.Id = id, ct);
                await Number(db, results.Agreements, (a, id) => a.Id = id, ct);
                await Number(db, results.Tasks, (t, id) => t.Id = id, ct);
                var touchpoints = plans.Where(p => p.Touchpoint is not null).Select(p => p.Touchpoint!).ToList();
                await Number(db, touchpoints, (t, id) => t.Id = id, ct);
                foreach (var plan in plans)
                {
                    var e = plan.Engagement;
                    e.DelegationCount = e.Members.Count(m => m.Side == EngagementSide.Delegation);
                    e.HostCount = e.Members.Count(m => m.Side == EngagementSide.Host);
                    e.Organizations.ForEach(x => x.EngagementId = e.Id);
                    e.Countries.ForEach(x => x.EngagementId = e.Id);
                    e.Members.ForEach(x => x.EngagementId = e.Id);
                    e.Transitions.ForEach(x => x.EngagementId = e.Id);
                    plan.Itinerary.ForEach(x => x.EngagementId = e.Id);
                    plan.Logistics.ForEach(x => x.EngagementId = e.Id);
                    plan.Gifts.ForEach(x => x.EngagementId = e.Id);
                    plan.Documents.ForEach(x => x.EngagementId = e.Id);
                    foreach (var outcome in plan.Outcomes)
                    {
                        outcome.EngagementId = e.Id;
                        outcome.AgreementId = outcome.Agreement?.Id;
                        outcome.TaskId = outcome.Task?.Id;
                        outcome.Agreement = null;
                        if (outcome.Task is { } task)
                        {
                            task.EngagementId = e.Id;
                            outcome.Task = null;
                        }
                    }

                    if (plan.Touchpoint is { } t)
                    {
                        t.EngagementId = e.Id;
                        t.People.ForEach(x => x.TouchpointId = t.Id);
                        t.Organizations.ForEach(x => x.TouchpointId = t.Id);
                    }
                }

                var members = engagements.SelectMany(e => e.Members).ToList();
                var transitions = engagements.SelectMany(e => e.Transitions).ToList();
                var itinerary = plans.SelectMany(p => p.Itinerary).ToList();
                var logistics = plans.SelectMany(p => p.Logistics).ToList();
                var gifts = plans.SelectMany(p => p.Gifts).ToList();
                var outcomes = plans.SelectMany(p => p.Outcomes).ToList();
                var documents = plans.SelectMany(p => p.Documents).ToList();
                await Number(db, members, (x, id) => x.Id = id, ct);
                await Number(db, transitions, (x, id) => x.Id = id, ct);
                await Number(db, itinerary, (x, id) => x.Id = id, ct);
                await Number(db, logistics, (x, id) => x.Id = id, ct);
                await Number(db, gifts, (x, id) => x.Id = id, ct);
                await Number(db, outcomes, (x, id) => x.Id = id, ct);
                await Number(db, documents, (x, id) => x.Id = id, ct);

                await DemoBulk.InsertAsync(db, engagements, ct);
                await DemoBulk.InsertAsync(db, engagements.SelectMany(e => e.Organizations).ToList(), ct);
                await DemoBulk.InsertAsync(db, engagements.SelectMany(e => e.Countries).ToList(), ct);
                await DemoBulk.InsertAsync(db, members, ct);
                await DemoBulk.InsertAsync(db, transitions, ct);
                await DemoBulk.InsertAsync(db, itinerary, ct);
                await DemoBulk.InsertAsync(db, logistics, ct);
                await DemoBulk.InsertAsync(db, gifts, ct);
                await DemoBulk.InsertAsync(db, results.Agreements, ct);
                await DemoBulk.InsertAsync(db, results.Tasks, ct);
                await DemoBulk.InsertAsync(db, outcomes, ct);
                await DemoBulk.InsertAsync(db, documents, ct);
                await DemoBulk.InsertAsync(db, touchpoints, ct);
                await DemoBulk.InsertAsync(db, touchpoints.SelectMany(t => t.People).ToList(), ct);
                await DemoBulk.InsertAsync(db, touchpoints.SelectMany(t => t.Organizations).ToList(), ct);

                // Everyone's latest contact, as the engagement's completion keeps it.
                await TouchpointDates.RefreshAsync(db, touchpoints.SelectMany(t => t.People).Select(x => x.PersonId),
                    touchpoints.SelectMany(t => t.Organizations).Select(x => x.OrganizationId), ct);
                await transaction.CommitAsync(ct);
                details = string.Create(CultureInfo.InvariantCulture,
                    $"{{\"engagements\":{engagements.Count},\"members\":{members.Count},\"itinerary\":{itinerary.Count},\"touchpoints\":{touchpoints.Count},\"agreements\":{results.Agreements.Count},\"tasks\":{results.Tasks.Count}}}");
            }

            await DemoBulk.ResetIdentityAsync<Engagement>(db, ct);
            await DemoBulk.ResetIdentityAsync<EngagementMember>(db, ct);
            await DemoBulk.ResetIdentityAsync<EngagementTransition>(db, ct);
            await DemoBulk.ResetIdentityAsync<ItineraryItem>(db, ct);
            await DemoBulk.ResetIdentityAsync<LogisticsItem>(db, ct);
            await DemoBulk.ResetIdentityAsync<Gift>(db, ct);
            await DemoBulk.ResetIdentityAsync<EngagementOutcome>(db, ct);
            await DemoBulk.ResetIdentityAsync<EngagementDocument>(db, ct);
            await DemoBulk.ResetIdentityAsync<Agreement>(db, ct);
            await DemoBulk.ResetIdentityAsync<TaskItem>(db, ct);
            await DemoBulk.ResetIdentityAsync<Touchpoint>(db, ct);
            // One audit event for the whole load instead of one per row.
            await db.AuditEventAsync(AuditActions.Create, "DemoData", "engagements", details, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task Number<T>(LiaisonDbContext db, IReadOnlyList<T> rows, Action<T, int> set, CancellationToken ct) where T : class
    {
        var next = (int)await DemoBulk.NextIdAsync<T>(db, ct);
        foreach (var row in rows)
        {
            set(row, next++);
        }
    }

    private static string Cut(string text) => text.Length <= 300 ? text : text[..299] + "…";
}
