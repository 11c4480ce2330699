using Liaison.Data;
using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using Liaison.Features.Relationships;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Demo;

// Loads the people of the demo department, their touchpoints and tasks: generated in memory, saved in a few batches.
internal static class DemoPeopleLoad
{
    private const int Batch = 2000;

    public sealed record Staff(IReadOnlyList<DemoStaff.Member> Members, IReadOnlyDictionary<string, string> IdsByKey);

    public static async Task LoadAsync(LiaisonDbContext db, int seed, IReadOnlyList<CountryPlan> plans, IReadOnlyList<Organization> internationals,
        IReadOnlyList<Organization> others, IReadOnlyList<Relationship> ties, IReadOnlyDictionary<int, int> levelRanks, Staff staff, CancellationToken ct)
    {
        // A stream of its own, so the organizations' world stays what it was before people were added.
        var random = new Random(unchecked((seed * 7919) + 17));
        var sw = System.Diagnostics.Stopwatch.StartNew();
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

        Console.Error.WriteLine($"PROFILE {sw.ElapsedMilliseconds} before: // New government and parliame");
        // New government and parliament bodies first: posts refer to them by key.
        db.Organizations.AddRange(people.NewOrganizations);
        await db.SaveChangesAsync(ct);
        foreach (var position in people.People.SelectMany(p => p.Person.Positions).Where(p => p.Organization is not null))
        {
            position.OrganizationId = position.Organization!.Id;
            position.Organization = null;
        }

        Console.Error.WriteLine($"PROFILE {sw.ElapsedMilliseconds} before: var details = new DemoPeopleDe");
        var details = new DemoPeopleDetails(random, tierIds, c => c?.Desk is { } desk && officers.TryGetValue(desk.Name, out var ids) ? ids[0] : null);
        foreach (var plan in people.People)
        {
            details.Fill(plan);
        }

        var all = people.People.Concat(DemoDuplicates.Add(people.People, details)).ToList();

        Console.Error.WriteLine($"PROFILE {sw.ElapsedMilliseconds} before: // Touchpoints are planned");
        // Touchpoints are planned before people are saved, so each person's latest contact is known when the row is written.
        var deskOfCountry = plans.Select(p => p.Country).Concat(others.Select(o => o.Country)).OfType<Country>()
            .Where(c => c.DeskId is not null || c.Desk is not null).DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.Desk?.Id ?? c.DeskId!.Value);
        var staffByRole = staff.Members.Where(m => m.Role != Roles.DeskOfficer).GroupBy(m => m.Role).ToDictionary(g => g.Key, g => staff.IdsByKey[g.First().Key], StringComparer.Ordinal);
        var touchpoints = new DemoTouchpoints(random,
            c => c?.Desk is { } desk && officers.TryGetValue(desk.Name, out var ids) ? ids : [],
            staffByRole, cadence, deskOfCountry);
        var tied = plans.SelectMany(p => p.Parties).Select(p => p.Org).Concat(internationals).Where(o => tieRanks.ContainsKey(o.Id) && o.Country?.Iso3 != "CHN").ToList();
        touchpoints.Generate(all, tied);

        Console.Error.WriteLine($"PROFILE {sw.ElapsedMilliseconds} before: foreach (var chunk in all.Chun");
        foreach (var chunk in all.Chunk(Batch))
        {
            db.People.AddRange(chunk.Select(p => p.Person));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        Console.Error.WriteLine($"PROFILE {sw.ElapsedMilliseconds} before: touchpoints.BindPeople();");
        touchpoints.BindPeople();
        foreach (var chunk in touchpoints.Touchpoints.Chunk(Batch))
        {
            db.Touchpoints.AddRange(chunk);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        Console.Error.WriteLine($"PROFILE {sw.ElapsedMilliseconds} before: var tasks = touchpoints.Tasks(");
        var tasks = touchpoints.Tasks(all);
        foreach (var task in tasks.Where(t => t.Touchpoint is not null))
        {
            task.TouchpointId = task.Touchpoint!.Id;
            task.Touchpoint = null;
        }

        db.Tasks.AddRange(tasks);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        Console.Error.WriteLine($"PROFILE {sw.ElapsedMilliseconds} before: // The organizations' latest c");
        // The organizations' latest contact, as the touchpoint editor would keep it.
        var latest = tied.Where(o => o.LastTouchpointOn is not null).ToDictionary(o => o.Id, o => o.LastTouchpointOn);
        var ids = latest.Keys.ToList();
        var tracked = await db.Organizations.IgnoreQueryFilters().Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        foreach (var org in tracked)
        {
            org.LastTouchpointOn = latest[org.Id];
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        Console.Error.WriteLine($"PROFILE {sw.ElapsedMilliseconds} end people={all.Count} tp={touchpoints.Touchpoints.Count} tasks={tasks.Count}");
    }

    // Desk officers' user ids by desk name, in a fixed order.
    public static Dictionary<string, string[]> OfficersByDesk(Staff staff) =>
        staff.Members.Where(m => m.Role == Roles.DeskOfficer)
            .SelectMany(m => m.Desks.Select(d => (Desk: d, Id: staff.IdsByKey[m.Key])))
            .GroupBy(x => x.Desk, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Id).ToArray(), StringComparer.Ordinal);
}
