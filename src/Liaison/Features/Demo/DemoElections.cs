using Liaison.Features.Countries;
namespace Liaison.Features.Demo;

// Election results that match the government formed after them.
internal static class DemoElections
{
    public static void Add(CountryPlan plan, GovernmentPeriod period, DateOnly day, bool presidential, Random random)
    {
        var running = plan.Parties
            .Where(p => (p.Org.Founded is null || p.Org.Founded < day) && (p.Org.Dissolved is null || p.Org.Dissolved > day) && !period.Banned.Contains(p))
            .ToList();
        if (presidential)
        {
            plan.Elections.Add(Presidential(plan.Country.Id, period, day, running, random));
        }

        var total = plan.SeatsTotal;
        var shares = new Dictionary<PartyPlan, double>
        {
            [period.Head] = (plan.Parties[0] == period.Head && plan.Periods.All(p => p.Head == period.Head) ? 0.55 : 0.34) + (random.NextDouble() * 0.18),
        };
        foreach (var p in period.Coalition)
        {
            shares[p] = 0.05 + (random.NextDouble() * 0.1);
        }

        foreach (var p in period.Support)
        {
            shares[p] = 0.03 + (random.NextDouble() * 0.05);
        }

        var rest = running.Where(p => !shares.ContainsKey(p) && !period.Outside.Contains(p)).ToList();
        var left = Math.Max(0.05, 0.95 - shares.Values.Sum());
        var weights = rest.Sum(p => p.Weight * (0.6 + random.NextDouble()));
        foreach (var p in rest)
        {
            shares[p] = weights <= 0 ? 0 : left * p.Weight * (0.6 + random.NextDouble()) / weights;
        }

        var election = new Election
        {
            CountryId = plan.Country.Id,
            Kind = ElectionKind.Parliamentary,
            Date = day,
            SeatsTotal = total,
            Notes = presidential ? "Held together with the presidential election." : null,
        };
        foreach (var (party, share) in shares.OrderByDescending(s => s.Value))
        {
            var seats = (int)Math.Round(share * total);
            election.Results.Add(new ElectionResult { Organization = party.Org, Seats = seats, VoteShare = Math.Round(share * 100 * (0.92 + (random.NextDouble() * 0.1)), 1) });
        }

        foreach (var party in running.Where(p => period.Outside.Contains(p) && !shares.ContainsKey(p)))
        {
            election.Results.Add(new ElectionResult { Organization = party.Org, Seats = 0, VoteShare = Math.Round(0.5 + (random.NextDouble() * 3.5), 1) });
        }

        plan.Elections.Add(election);
    }

    private static Election Presidential(int countryId, GovernmentPeriod period, DateOnly day, List<PartyPlan> running, Random random)
    {
        var winner = 45 + (random.NextDouble() * 20);
        var election = new Election { CountryId = countryId, Kind = ElectionKind.Presidential, Date = day, Notes = winner > 50 ? "Decided in the first round." : "Run-off held three weeks later." };
        election.Results.Add(new ElectionResult { Organization = period.Head.Org, VoteShare = Math.Round(winner, 1) });
        var left = 100 - winner;
        foreach (var rival in running.Where(p => p != period.Head && !period.Coalition.Contains(p)).OrderByDescending(p => p.Weight).Take(2))
        {
            var share = left * (0.55 + (random.NextDouble() * 0.3));
            election.Results.Add(new ElectionResult { Organization = rival.Org, VoteShare = Math.Round(share, 1) });
            left -= share;
        }

        return election;
    }

    // A scheduled election after today.
    public static Election Upcoming(CountryPlan plan, DateOnly day, ElectionKind kind, bool tentative) => new()
    {
        CountryId = plan.Country.Id,
        Kind = kind,
        Date = day,
        DateIsTentative = tentative,
        SeatsTotal = kind == ElectionKind.Parliamentary
            ? plan.Elections.Where(e => e.Kind == ElectionKind.Parliamentary).MaxBy(e => e.Date)?.SeatsTotal ?? plan.SeatsTotal
            : null,
        Notes = kind == ElectionKind.PartyCongress ? "Next national party congress; date to be announced."
            : tentative ? "Expected; the date has not been announced yet." : "Date announced.",
    };
}
