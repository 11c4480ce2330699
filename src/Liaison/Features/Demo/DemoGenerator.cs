using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using static Liaison.Features.Demo.DemoDates;

namespace Liaison.Features.Demo;

// Generates a plausible political history for a country: parties, governments every 3–6 years, elections.
internal sealed class DemoGenerator(Random random, List<LineageLink> lineage)
{
    private sealed record Boundary(DateOnly From, string Source, DateOnly? Election, bool MayChange);

    public CountryPlan Plan(CountrySpec spec, Country country)
    {
        var plan = new CountryPlan(country) { SeatsTotal = spec.Seats, Spec = spec.Parties is null ? spec : null };
        var material = spec.Parties ?? NamesFor(spec.Language);
        var picked = spec.Parties?.ToList() ?? Pick(material, spec.Seats < 100 ? random.Next(2, 4) : random.Next(3, 5) - (random.NextDouble() < 0.25 ? 1 : 0));
        for (var i = 0; i < picked.Count; i++)
        {
            var org = PartyNaming.Party(picked[i], country, spec);
            org.Founded = picked[i].Founded ?? new DateOnly(random.Next(1946, 1986), random.Next(1, 13), random.Next(1, 29));
            var weight = i switch { 0 => 1.0, 1 => 0.8, _ => 0.15 + (random.NextDouble() * 0.3) };
            plan.Add(new PartyPlan(org, weight) { Language = spec.Language });
        }

        var head = plan.Parties[0];
        var firstElection = Between(random, D("1989-03-01"), D("1991-06-01"));
        if (head.Org.Founded!.Value.AddDays(200) > firstElection)
        {
            firstElection = head.Org.Founded.Value.AddDays(200 + random.Next(200));
        }

        var boundaries = Boundaries(plan, spec, firstElection);
        if (spec.Parties is null && plan.Parties.Count >= 3 && boundaries.Count > 2 && random.NextDouble() < 0.4)
        {
            AddYoungParty(plan, spec, material, picked, boundaries);
        }

        foreach (var banned in plan.Parties.Where(p => BannedFromOf(spec, p) is not null))
        {
            var date = BannedFromOf(spec, banned)!.Value;
            boundaries.Add(new Boundary(date, $"Banned by court ruling {Iso(date)}", null, false));
        }

        boundaries = boundaries.OrderBy(b => b.From).ToList();
        var bannedUntil = spec.Parties is null && random.NextDouble() < 0.15 ? random.Next(1, 3) : 0;
        var bannedEarly = bannedUntil > 0 ? plan.Parties[^1] : null;
        GovernmentPeriod? previous = null;
        for (var i = 0; i < boundaries.Count; i++)
        {
            var b = boundaries[i];
            var until = i + 1 < boundaries.Count ? boundaries[i + 1].From : Today.AddYears(10);
            var banned = plan.Parties.Where(p => p == bannedEarly && i < bannedUntil || BannedFromOf(spec, p) is { } f && f <= b.From).ToHashSet();
            var alive = plan.Parties.Where(p => !p.Minor && p.AliveThrough(b.From, until) && !banned.Contains(p)).ToList();
            var period = previous is not null && !b.MayChange
                ? previous with { From = b.From, Source = b.Source, Banned = banned, Note = null }
                : Compose(spec, plan, alive, previous, b, banned);
            plan.Periods.Add(period);
            previous = period;
            if (b.Election is { } day)
            {
                DemoElections.Add(plan, period, day, spec.Presidential, random);
            }
        }

        return plan;
    }

    private static DateOnly? BannedFromOf(CountrySpec spec, PartyPlan party) =>
        spec.Parties?.FirstOrDefault(n => n.BannedFrom is not null && n.Abbreviation == party.Org.Abbreviation)?.BannedFrom;

    private List<Boundary> Boundaries(CountryPlan plan, CountrySpec spec, DateOnly election)
    {
        var list = new List<Boundary>();
        while (true)
        {
            var formed = election.AddDays(spec.Presidential ? random.Next(30, 75) : random.Next(10, 50));
            var label = spec.Presidential ? "Presidential election" : "Election";
            list.Add(new Boundary(formed, $"{label} {Iso(election)}", election, true));
            var term = spec.Presidential ? 5 : random.Next(4, 6);
            var next = formed.AddDays((term * 365) - random.Next(0, 120));
            if (!spec.Presidential && !spec.Dominant && random.NextDouble() < 0.2)
            {
                var reshuffle = formed.AddDays(random.Next(400, 900));
                if (reshuffle < next && reshuffle < Today)
                {
                    list.Add(new Boundary(reshuffle, $"Cabinet formation {Iso(reshuffle)}", null, true));
                }
            }

            if (next > Today)
            {
                plan.NextElection = next;
                plan.NextElectionKind = spec.Presidential ? ElectionKind.Presidential : ElectionKind.Parliamentary;
                return list;
            }

            election = next;
        }
    }

    private GovernmentPeriod Compose(CountrySpec spec, CountryPlan plan, List<PartyPlan> alive, GovernmentPeriod? previous, Boundary b, HashSet<PartyPlan> banned)
    {
        var head = spec.Dominant ? plan.Parties[0]
            : previous is not null && alive.Contains(previous.Head) && random.NextDouble() < 0.55 ? previous.Head
            : Weighted(alive.Where(p => p != previous?.Head).ToList()) ?? previous!.Head;
        var others = alive.Where(p => p != head).ToList();
        var coalitionSize = spec.Dominant ? 0 : random.NextDouble() switch { < 0.4 => 0, < 0.8 => 1, _ => 2 };
        var coalition = new List<PartyPlan>();
        for (var k = 0; k < coalitionSize && Weighted(others) is { } partner; k++)
        {
            coalition.Add(partner);
            others.Remove(partner);
        }

        var support = new List<PartyPlan>();
        if (!spec.Dominant && others.Count > 1 && random.NextDouble() < 0.15)
        {
            support.Add(others[random.Next(others.Count)]);
        }

        var outside = plan.Parties.Where(p => p != head && !coalition.Contains(p) && !support.Contains(p) && p.Weight < 0.3 && random.NextDouble() < 0.35).ToHashSet();
        var note = coalition.Count > 0 ? $"Coalition government; {coalition.Count + 1} parties in cabinet." : null;
        return new GovernmentPeriod(b.From, b.Source, head, coalition, support, outside, banned, note);
    }

    private PartyPlan? Weighted(List<PartyPlan> parties)
    {
        var total = parties.Sum(p => p.Weight);
        if (parties.Count == 0 || total <= 0)
        {
            return null;
        }

        var x = random.NextDouble() * total;
        foreach (var p in parties)
        {
            x -= p.Weight;
            if (x <= 0)
            {
                return p;
            }
        }

        return parties[^1];
    }

    private List<PartyName> Pick(IReadOnlyList<PartyName> material, int count)
    {
        // Two main parties: for a language of one country its real main parties come first; otherwise two of the first names.
        // Communist parties are rarely among the two big parties of a multiparty democracy.
        var head = (SingleCountry(material)
            ? material.Take(2)
            : material.Take(5).Where(n => n.Family != IdeologyFamily.CommunistWorkers).OrderBy(_ => random.Next()).Take(2)).ToList();
        var rest = material.Except(head).OrderBy(_ => random.Next()).Take(count - 2);
        return [.. head, .. rest];
    }

    public static bool SingleCountry(IReadOnlyList<PartyName> material) =>
        DemoCountries.Generated.Count(c => NamesFor(c.Language) == material) == 1;

    public static PartyName[] NamesFor(string language) =>
        DemoLanguagesLatin.Names.TryGetValue(language, out var latin) ? latin : DemoLanguagesScripts.Names[language];

    private void AddYoungParty(CountryPlan plan, CountrySpec spec, IReadOnlyList<PartyName> material, List<PartyName> picked, List<Boundary> boundaries)
    {
        var unused = material.Except(picked).OrderBy(_ => random.Next()).ToList();
        if (unused.Count == 0)
        {
            return;
        }

        var at = boundaries[random.Next(1, boundaries.Count)].From;
        var young = PartyNaming.Party(unused[0], plan.Country, spec);
        young.Founded = at.AddDays(-random.Next(60, 300));
        plan.Add(new PartyPlan(young, 0.35 + (random.NextDouble() * 0.4)) { Language = spec.Language });
        // Predecessors come from the same political family: merged or renamed parties keep their line.
        var kin = unused.Skip(1).Where(n => n.Family == unused[0].Family).ToList();
        var roll = random.NextDouble();
        if (roll < 0.25 && kin.Count >= 2)
        {
            foreach (var name in kin.Take(2))
            {
                var old = AddPredecessor(plan, spec, name, at);
                lineage.Add(new LineageLink { Predecessor = old.Org, Successor = young, Kind = LineageKind.MergedInto, Date = young.Founded, Note = "Merger congress." });
            }
        }
        else if (roll < 0.55 && kin.Count >= 1)
        {
            var old = AddPredecessor(plan, spec, kin[0], at);
            var kind = random.NextDouble() < 0.5 ? LineageKind.RenamedTo : LineageKind.SucceededBy;
            lineage.Add(new LineageLink { Predecessor = old.Org, Successor = young, Kind = kind, Date = young.Founded });
        }
        else if (roll < 0.8 && plan.Parties.FirstOrDefault(p => !p.Minor && p.Org != young && p.Org.Family == young.Family) is { } kinParty)
        {
            var parent = kinParty.Org;
            lineage.Add(new LineageLink { Predecessor = parent, Successor = young, Kind = LineageKind.SplitFrom, Date = young.Founded, Note = "Splinter group led by former deputies." });
        }
    }

    private PartyPlan AddPredecessor(CountryPlan plan, CountrySpec spec, PartyName name, DateOnly dissolved)
    {
        var org = PartyNaming.Party(name, plan.Country, spec);
        org.Founded = new DateOnly(random.Next(1950, 1988), random.Next(1, 13), random.Next(1, 29));
        org.Dissolved = dissolved;
        return plan.Add(new PartyPlan(org, 0.1) { Minor = true, Language = spec.Language });
    }
}
