using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Features.Relationships;
using Liaison.Features.Search;
using Liaison.Features.Touchpoints;
using Liaison.Features.Work;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Demo;

// Loads the people of the demo department, their touchpoints and tasks: generated in memory, saved in a few batches.
internal static class DemoPeopleLoad
{
    public sealed record Staff(IReadOnlyList<DemoStaff.Member> Members, IReadOnlyDictionary<string, string> IdsByKey);

    /// <summary>Loads the people and returns them (without the duplicates entered by mistake) for the engagements.</summary>
    public static async Task<List<PersonPlan>> LoadAsync(LiaisonDbContext db, int seed, IReadOnlyList<CountryPlan> plans, IReadOnlyList<Organization> internationals,
        IReadOnlyList<Organization> others, IReadOnlyList<Relationship> ties, IReadOnlyDictionary<int, int> levelRanks, Staff staff, IReadOnlyList<PersonPlan> officials, CancellationToken ct)
    {
        // A stream of its own, so the organizations' world stays what it was before people were added.
        var random = new Random(unchecked((seed * 7919) + 17));
        var tieRanks = ties.ToDictionary(t => t.OrganizationId, t => levelRanks[t.LevelId]);
        var tiers = await db.CultivationTiers.AsNoTracking().ToListAsync(ct);
        var tierIds = tiers.ToDictionary(t => t.Code, t => t.Id, StringComparer.Ordinal);
        var cadence = tiers.ToDictionary(t => t.Id, t => t.CadenceDays);
        var officers = OfficersByDesk(staff);

        var people = new DemoPeople(random, tieRanks, others);
        foreach (var plan in plans)
        {
            foreach (var party in plan.Parties)
            {
                people.Party(plan, party);
            }
        }

        var memberCountries = plans.Where(p => p.Parties.Any(x => tieRanks.ContainsKey(x.Org.Id))).Select(p => p.Country).ToList();
        foreach (var international in internationals)
        {
            people.International(international, memberCountries);
        }

        var languages = plans.Where(p => p.Parties.Count > 0).ToDictionary(p => p.Country.Iso3, p => p.Parties[0].Language, StringComparer.Ordinal);
        foreach (var org in others.Where(o => o.Country is not null))
        {
            people.Other(org, languages.GetValueOrDefault(org.Country!.Iso3) ?? "en");
        }

        // New government and parliament bodies first: posts refer to them by key.
        db.Organizations.AddRange(people.NewOrganizations);
        await db.SaveChangesAsync(ct);
        foreach (var position in people.People.SelectMany(p => p.Person.Positions).Where(p => p.Organization is not null))
        {
            position.OrganizationId = position.Organization!.Id;
            position.Organization = null;
        }

        var details = new DemoPeopleDetails(random, tierIds, c => c?.Desk is { } desk && officers.TryGetValue(desk.Name, out var ids) ? ids[0] : null);
        foreach (var plan in people.People)
        {
            details.Fill(plan);
        }

        // The department's own officials (see DemoEngagementOfficials) come last, so everyone else keeps their key.
        var all = people.People.Concat(DemoDuplicates.Add(people.People, details)).Concat(officials).ToList();

        // Touchpoints are planned before people are saved, so each person's latest contact is known when the row is written.
        var deskOfCountry = plans.Select(p => p.Country).Concat(others.Select(o => o.Country)).OfType<Country>()
            .Where(c => c.DeskId is not null || c.Desk is not null).DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.Desk?.Id ?? c.DeskId!.Value);
        var staffByRole = staff.Members.Where(m => m.Role != Roles.DeskOfficer).GroupBy(m => m.Role).ToDictionary(g => g.Key, g => staff.IdsByKey[g.First().Key], StringComparer.Ordinal);
        var touchpoints = new DemoTouchpoints(random,
            c => c?.Desk is { } desk && officers.TryGetValue(desk.Name, out var ids) ? ids : [],
            staffByRole, cadence, deskOfCountry);
        var tied = plans.SelectMany(p => p.Parties).Select(p => p.Org).Concat(internationals).Where(o => tieRanks.ContainsKey(o.Id) && o.Country?.Iso3 != "CHN").ToList();
        touchpoints.Generate(all, tied);

        var tasks = await SaveAsync(db, all, touchpoints, ct);

        // The organizations' latest contact, as the touchpoint editor would keep it.
        foreach (var group in tied.Where(o => o.LastTouchpointOn is not null).GroupBy(o => o.LastTouchpointOn))
        {
            var ids = group.Select(o => o.Id).ToList();
            await db.Organizations.IgnoreQueryFilters().Where(o => ids.Contains(o.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.LastTouchpointOn, group.Key), ct);
        }

        return [.. people.People, .. officials];
    }

    // People, their names, posts and channels, touchpoints and tasks, search entries and match keys: all in one transaction.
    private static async Task<List<TaskItem>> SaveAsync(LiaisonDbContext db, List<PersonPlan> all, DemoTouchpoints touchpoints, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = Clock.UtcNow;
            var personId = (int)await DemoBulk.NextIdAsync<Person>(db, ct);
            var people = all.Select(p => p.Person).ToList();
            foreach (var person in people)
            {
                person.Id = personId++;
                person.CreatedAt = now;
                person.UpdatedAt = now;
                foreach (var name in person.OtherNames)
                {
                    name.PersonId = person.Id;
                }

                foreach (var position in person.Positions)
                {
                    position.PersonId = person.Id;
                }

                foreach (var channel in person.Channels)
                {
                    channel.PersonId = person.Id;
                }
            }

            var names = people.SelectMany(p => p.OtherNames).ToList();
            var positions = people.SelectMany(p => p.Positions).ToList();
            var channels = people.SelectMany(p => p.Channels).ToList();
            await Number(db, names, (x, id) => x.Id = (int)id, ct);
            await Number(db, positions, (x, id) => x.Id = (int)id, ct);
            await Number(db, channels, (x, id) => x.Id = (int)id, ct);
            await DemoBulk.InsertAsync(db, people, ct);
            await DemoBulk.InsertAsync(db, names, ct);
            await DemoBulk.InsertAsync(db, positions, ct);
            await DemoBulk.InsertAsync(db, channels, ct);

            touchpoints.BindPeople();
            var points = touchpoints.Touchpoints;
            await Number(db, points, (x, id) => x.Id = (int)id, ct);
            foreach (var t in points)
            {
                t.People.ForEach(x => x.TouchpointId = t.Id);
                t.Organizations.ForEach(x => x.TouchpointId = t.Id);
                t.Participants.ForEach(x => x.TouchpointId = t.Id);
            }

            await DemoBulk.InsertAsync(db, points, ct);
            await DemoBulk.InsertAsync(db, points.SelectMany(t => t.People).ToList(), ct);
            await DemoBulk.InsertAsync(db, points.SelectMany(t => t.Organizations).ToList(), ct);
            await DemoBulk.InsertAsync(db, points.SelectMany(t => t.Participants).ToList(), ct);

            var tasks = touchpoints.Tasks(all);
            foreach (var task in tasks.Where(t => t.Touchpoint is not null))
            {
                task.TouchpointId = task.Touchpoint!.Id;
                task.Touchpoint = null;
            }

            await Number(db, tasks, (x, id) => x.Id = (int)id, ct);
            await DemoBulk.InsertAsync(db, tasks, ct);

            // What PeopleIndexer writes on an ordinary save: search entries (kind "person") and duplicate-matching keys.
            var entries = new List<SearchEntry>();
            var keys = new List<PersonMatchKey>();
            foreach (var p in people)
            {
                var indexed = new PeopleIndexer.IndexedPerson(p.Id, p.NameEn, p.NameNative, p.NameRomanized, p.NameZh, p.FamilyName, p.GivenName,
                    p.OtherNames.Select(n => n.Name).ToList(), p.Channels.Select(c => new PeopleIndexer.IndexedChannel(c.Kind, c.Value)).ToList());
                entries.AddRange(SearchIndexer.EntriesFor(SearchKinds.Person, p.Id, PeopleIndexer.SearchNames(indexed)));
                keys.AddRange(PeopleIndexer.MatchKeys(indexed).Select(k => new PersonMatchKey { PersonId = p.Id, Key = k }));
            }

            await Number(db, entries, (x, id) => x.Id = id, ct);
            await Number(db, keys, (x, id) => x.Id = id, ct);
            await DemoBulk.InsertAsync(db, entries, ct);
            await DemoBulk.InsertAsync(db, keys, ct);
            await transaction.CommitAsync(ct);

            await DemoBulk.ResetIdentityAsync<Person>(db, ct);
            await DemoBulk.ResetIdentityAsync<PersonName>(db, ct);
            await DemoBulk.ResetIdentityAsync<Position>(db, ct);
            await DemoBulk.ResetIdentityAsync<ContactChannel>(db, ct);
            await DemoBulk.ResetIdentityAsync<Touchpoint>(db, ct);
            await DemoBulk.ResetIdentityAsync<TaskItem>(db, ct);
            await DemoBulk.ResetIdentityAsync<SearchEntry>(db, ct);
            await DemoBulk.ResetIdentityAsync<PersonMatchKey>(db, ct);

            // One audit event for the whole load instead of one per row.
            await db.AuditEventAsync(AuditActions.Create, "DemoData", "people",
                $"{{\"people\":{people.Count},\"positions\":{positions.Count},\"channels\":{channels.Count},\"touchpoints\":{points.Count},\"tasks\":{tasks.Count}}}", ct);
            return tasks;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task Number<T>(LiaisonDbContext db, IReadOnlyList<T> rows, Action<T, long> set, CancellationToken ct) where T : class
    {
        var next = await DemoBulk.NextIdAsync<T>(db, ct);
        foreach (var row in rows)
        {
            set(row, next++);
        }
    }

    // Desk officers' user ids by desk name, in a fixed order.
    public static Dictionary<string, string[]> OfficersByDesk(Staff staff) =>
        staff.Members.Where(m => m.Role == Roles.DeskOfficer)
            .SelectMany(m => m.Desks.Select(d => (Desk: d, Id: staff.IdsByKey[m.Key])))
            .GroupBy(x => x.Desk, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Id).ToArray(), StringComparer.Ordinal);
}
