using Liaison.Data;
using Liaison.Features.Countries;
using Liaison.Features.Desks;
using Liaison.Features.Engagements;
using Liaison.Features.Organizations;
using Liaison.Features.Work;
using Liaison.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Demo;

/// <summary>Generated, realistic demo data (fixed seed) for the embedded default.</summary>
public static class DemoData
{
    public const int DefaultSeed = 2026;

    private const int UpcomingElections = 30;

    public static Task LoadAsync(LiaisonDbContext db, int seed, CancellationToken ct = default) =>
        LoadAsync(db, seed, DemoDates.DefaultToday, ct);

    /// <summary>Loads the demo department as it stands on <paramref name="today"/>: the same seed and day give the same data.</summary>
    public static async Task LoadAsync(LiaisonDbContext db, int seed, DateOnly today, CancellationToken ct = default)
    {
        DemoDates.SetToday(today);
        // Only new entities are added here and SaveChanges detects changes itself: skip the extra scans of the tracker.
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await LoadCoreAsync(db, seed, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private static async Task LoadCoreAsync(LiaisonDbContext db, int seed, CancellationToken ct)
    {
        var random = new Random(seed);
        var countries = await db.Countries.OrderBy(c => c.Iso3).ToListAsync(ct);
        var byIso3 = countries.ToDictionary(c => c.Iso3, StringComparer.Ordinal);
        var levels = await db.RelationshipLevels.AsNoTracking().ToDictionaryAsync(l => l.Code, StringComparer.Ordinal, ct);

        var desks = DemoDesks.Create();
        db.Desks.AddRange(desks);
        DemoDesks.Assign(countries, desks);
        await db.SaveChangesAsync(ct);
        var staff = await AddStaffAsync(db, seed, desks, ct);

        var lineage = new List<LineageLink>();
        var plans = Plans(byIso3, random, lineage);
        DemoDominantParties.AddLineage(plans, lineage);
        foreach (var plan in plans)
        {
            DemoStandings.BuildSpans(plan);
        }

        var memberships = new List<Membership>();
        var internationals = DemoInternationals.Create(plans, memberships, random);
        var others = DemoOtherOrganizations.Create(byIso3, plans, random);
        DemoOrganizationNames.Add(plans, internationals, random);
        var parties = plans.SelectMany(p => p.Parties).ToList();
        var organizations = parties.Select(p => p.Org).Concat(internationals).Concat(others).ToList();
        var wellKnown = parties.Where(p => p.WellKnown).Select(p => p.Org).ToHashSet();
        DemoOrganizationNames.Classify(organizations, wellKnown, random);

        // A generated party must not take a famous abbreviation ("CPC" is the Communist Party of China).
        var famous = wellKnown.Select(o => o.Abbreviation).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var org in organizations.Where(o => !wellKnown.Contains(o) && o.Kind == OrganizationKind.PoliticalParty && famous.Contains(o.Abbreviation)))
        {
            org.Abbreviation = null;
        }

        db.Organizations.AddRange(organizations);
        db.LineageLinks.AddRange(lineage);
        db.Memberships.AddRange(memberships);
        await db.SaveChangesAsync(ct);

        // Later batches refer to saved organizations by key, so the tracker can start afresh (each save scans every tracked entity).
        db.ChangeTracker.Clear();
        foreach (var result in plans.SelectMany(p => p.Elections).SelectMany(e => e.Results))
        {
            result.OrganizationId = result.Organization!.Id;
            result.Organization = null;
        }

        db.Elections.AddRange(plans.SelectMany(p => p.Elections));
        db.Elections.AddRange(Upcoming(plans, random));
        await db.SaveChangesAsync(ct);

        db.ChangeTracker.Clear();
        var (ties, agreements) = DemoRelationships.Create(plans, internationals, levels, random);
        foreach (var tie in ties)
        {
            tie.OrganizationId = tie.Organization!.Id;
            tie.Organization = null;
        }

        foreach (var agreement in agreements)
        {
            agreement.OrganizationId = agreement.Organization!.Id;
            agreement.Organization = null;
        }

        // Each tie is looked after by a desk officer of the party's country; the internationals by the department's leader.
        var officers = DemoPeopleLoad.OfficersByDesk(staff);
        var leader = staff.Members.Where(m => m.Role == Roles.Leader).Select(m => staff.IdsByKey[m.Key]).FirstOrDefault();
        var countryDesks = countries.Where(c => c.Desk is not null).ToDictionary(c => c.Id, c => c.Desk!.Name);
        foreach (var tie in ties)
        {
            var org = organizations.First(o => o.Id == tie.OrganizationId);
            tie.DeskOfficerId = org.CountryId is { } c && countryDesks.TryGetValue(c, out var desk) && officers.TryGetValue(desk, out var ids) ? ids[^1] : leader;
        }

        db.Relationships.AddRange(ties);
        db.Agreements.AddRange(agreements);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var levelRanks = levels.Values.ToDictionary(l => l.Id, l => l.Rank);
        var china = plans.FirstOrDefault(p => p.Country.Iso3 == "CHN" && p.Parties.Count > 0);
        var officials = china is null ? [] : DemoEngagementOfficials.Create(china.Parties[0].Org, china.Country, new Random(unchecked(seed + 303)));
        var people = await DemoPeopleLoad.LoadAsync(db, seed, plans, internationals, others, ties, levelRanks, staff, officials.Select(o => o.Plan).ToList(), ct);
        db.ChangeTracker.Clear();
        await DemoEngagements.LoadAsync(db, seed, people, officials, organizations, ties, levelRanks, staff, ct);
    }

    // The department's demo staff, who cannot sign in (see DemoStaff).
    private static async Task<DemoPeopleLoad.Staff> AddStaffAsync(LiaisonDbContext db, int seed, IReadOnlyList<Desk> desks, CancellationToken ct)
    {
        var roleIds = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, StringComparer.Ordinal, ct);
        var userDesks = new List<UserDesk>();
        var userRoles = new List<IdentityUserRole<string>>();
        var users = DemoStaff.Create(desks, roleIds, new Random(seed + 101), DemoDates.Today.AddYears(-6).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), userDesks, userRoles);
        db.Users.AddRange(users);
        db.UserRoles.AddRange(userRoles);
        db.UserDesks.AddRange(userDesks);
        await db.SaveChangesAsync(ct);
        var ids = DemoStaff.Members.Zip(users).ToDictionary(x => x.First.Key, x => x.Second.Id, StringComparer.Ordinal);
        return new DemoPeopleLoad.Staff(DemoStaff.Members, ids);
    }

    /// <summary>
    /// Hands a share of the demo work to the first administrator (created after the demo data): the relationship with some
    /// cultivated people, some open tasks and a few upcoming engagements, so "My work" is alive for whoever starts Liaison. Does nothing without demo staff.
    /// </summary>
    public static async Task AdoptAsync(LiaisonDbContext db, string adminId, CancellationToken ct = default)
    {
        var suffix = "@" + DemoStaff.EmailDomain;
        var staffIds = await db.Users.Where(u => u.Email!.EndsWith(suffix)).Select(u => u.Id).ToListAsync(ct);
        if (staffIds.Count == 0)
        {
            return;
        }

        var people = await db.People.IgnoreQueryFilters()
            .Where(p => p.TierId != null && p.OwnerId != null && staffIds.Contains(p.OwnerId) && p.MergedIntoId == null)
            .OrderBy(p => p.Id).ToListAsync(ct);
        var adopted = people.Where((_, i) => i % 12 == 0).Take(30).ToList();
        foreach (var person in adopted)
        {
            person.OwnerId = adminId;
        }

        var adoptedIds = adopted.Select(p => p.Id).ToList();
        var tasks = await db.Tasks.IgnoreQueryFilters()
            .Where(t => (t.Status == WorkStatus.Open || t.Status == WorkStatus.InProgress) && staffIds.Contains(t.OwnerId))
            .OrderBy(t => t.Id).ToListAsync(ct);
        foreach (var task in tasks.Where((t, i) => i % 6 == 0 || t.PersonId is { } p && adoptedIds.Contains(p)).Take(40))
        {
            task.OwnerId = adminId;
        }

        // A few engagements coming up, so "my engagements" is alive too.
        var today = Clock.Today;
        var upcoming = await db.Engagements.IgnoreQueryFilters()
            .Where(e => e.StartsOn >= today && e.OwnerId != null && staffIds.Contains(e.OwnerId)
                && (e.Status == EngagementStatus.Proposed || e.Status == EngagementStatus.Approved || e.Status == EngagementStatus.Confirmed))
            .OrderBy(e => e.StartsOn).ThenBy(e => e.Id).Take(60).ToListAsync(ct);
        foreach (var engagement in upcoming.Where((_, i) => i % 8 == 0))
        {
            engagement.OwnerId = adminId;
        }

        await db.SaveChangesAsync(ct);
    }

    private static List<CountryPlan> Plans(IReadOnlyDictionary<string, Country> countries, Random random, List<LineageLink> lineage)
    {
        var plans = new List<CountryPlan>();
        void Scripted(string iso3, Func<Country, CountryPlan> script)
        {
            if (countries.TryGetValue(iso3, out var country))
            {
                plans.Add(script(country));
            }
        }

        Scripted("CHN", DemoScriptedAsiaAmericas.China);
        Scripted("VNM", DemoScriptedAsiaAmericas.Vietnam);
        Scripted("LAO", DemoScriptedAsiaAmericas.Laos);
        Scripted("CUB", DemoScriptedAsiaAmericas.Cuba);
        Scripted("PRK", DemoScriptedAsiaAmericas.NorthKorea);
        Scripted("USA", DemoScriptedAsiaAmericas.UnitedStates);
        Scripted("DEU", c => DemoScriptedEurope.Germany(c, lineage));
        Scripted("GBR", DemoScriptedEurope.UnitedKingdom);
        Scripted("ZAF", c => DemoScriptedAfrica.SouthAfrica(c, lineage));
        Scripted("ETH", c => DemoScriptedAfrica.Ethiopia(c, lineage));

        var generator = new DemoGenerator(random, lineage);
        foreach (var spec in DemoDominantParties.Countries.Concat(DemoCountries.Generated))
        {
            if (countries.TryGetValue(spec.Iso3, out var country))
            {
                plans.Add(generator.Plan(spec, country));
            }
        }

        return plans;
    }

    // The next election of about thirty countries: the real ones we know, then others due soonest.
    private static IEnumerable<Election> Upcoming(List<CountryPlan> plans, Random random)
    {
        var due = plans.Where(p => p.NextElection is not null)
            .OrderBy(p => p.Spec is null ? 0 : 1)
            .ThenBy(p => p.NextElection)
            .Take(UpcomingElections);
        foreach (var plan in due)
        {
            var tentative = plan.NextElectionKind == ElectionKind.PartyCongress || random.NextDouble() < 0.35;
            yield return DemoElections.Upcoming(plan, plan.NextElection!.Value, plan.NextElectionKind, tentative);
        }
    }
}
