using Liaison.Features.Organizations;
using Liaison.Features.Relationships;
using static Liaison.Features.Demo.DemoDates;

namespace Liaison.Features.Demo;

// Our ties with foreign parties: level, history of changes, channels; some countries deliberately one-sided.
internal static class DemoRelationships
{
    private static readonly string[] Channels =
    [
        "Embassy", "Party-to-party email", "Annual theoretical seminar", "WhatsApp group with the international secretary", "Telegram",
        "Video conference", "Party congress invitations", "Cadre training programme", "Think-tank dialogue", "Parliamentary friendship group",
        "Consulate general", "WeChat", "Exchange of delegations", "Letters on anniversaries and congresses",
    ];

    private static readonly string[] UpNotes =
    [
        "Upgraded after the visit of the party's delegation.", "Upgraded after the memorandum of understanding was signed.",
        "Regular exchanges agreed at the bilateral dialogue.", "Upgraded after the leader's visit.", "Joint seminar became an annual event.",
    ];

    private static readonly string[] RelationshipNotes =
    [
        "Regular exchange of delegations; the international secretary is our main contact.",
        "Receptive to study tours on poverty alleviation and party building.",
        "Contact maintained mainly through the embassy; few direct exchanges so far.",
        "Participates in our multilateral forums; invites us to its congresses.",
        "Leadership changed recently; new contacts to be cultivated.",
        "Interested in cadre training courses and think-tank cooperation.",
    ];

    public static (List<Relationship> Ties, List<Agreement> Agreements) Create(IReadOnlyList<CountryPlan> plans, IReadOnlyList<Organization> internationals,
        IReadOnlyDictionary<string, RelationshipLevel> levels, Random random)
    {
        var ties = new List<Relationship>();
        foreach (var plan in plans.Where(p => p.Country.Iso3 != "CHN"))
        {
            // Gaps: in some countries we only talk to the government, in others only to the opposition.
            var gap = random.NextDouble() switch { < 0.07 => 1, < 0.12 => 2, _ => 0 };
            foreach (var party in plan.Parties.Where(p => !p.Minor && p.Org.Dissolved is null))
            {
                var current = party.Org.Standings.OrderByDescending(s => s.From).FirstOrDefault()?.Standing ?? Standing.Opposition;
                var governing = current is Standing.LeadingRuling or Standing.CoalitionPartner or Standing.SupportPartner;
                var chance = gap switch
                {
                    1 => governing ? 0.9 : 0,
                    2 => governing ? 0 : 0.85,
                    _ => (governing ? 0.7 : 0.5) + (party.Org.Family == IdeologyFamily.CommunistWorkers ? 0.3 : 0),
                };
                if (random.NextDouble() < chance)
                {
                    ties.Add(Tie(party.Org, Target(party, current, random), levels, random));
                }
            }
        }

        foreach (var group in internationals.Where(_ => random.NextDouble() < 0.7))
        {
            ties.Add(Tie(group, random.Next(1, 5), levels, random));
        }

        return (ties, DemoAgreements.Create(ties, levels, random));
    }

    private static int Target(PartyPlan party, Standing current, Random random)
    {
        if (party.WellKnown && party.Org.Family == IdeologyFamily.CommunistWorkers && current == Standing.LeadingRuling)
        {
            return 4;
        }

        var x = random.NextDouble();
        return current is Standing.LeadingRuling or Standing.CoalitionPartner
            ? x switch { < 0.15 => 1, < 0.5 => 2, < 0.88 => 3, _ => 4 }
            : x switch { < 0.05 => 0, < 0.5 => 1, < 0.85 => 2, _ => 3 };
    }

    private static Relationship Tie(Organization org, int target, IReadOnlyDictionary<string, RelationshipLevel> levels, Random random)
    {
        var byRank = levels.Values.OrderBy(l => l.Rank).ToList();
        var path = Path(target, random);
        var earliest = org.Founded is { } f && f.AddYears(1) > D("1990-01-01") ? f.AddYears(1) : D("1990-01-01");
        var day = Between(random, earliest, Later(earliest, D("2021-06-01")));
        var tie = new Relationship
        {
            Organization = org,
            Since = day,
            Channels = string.Join("; ", Channels.OrderBy(_ => random.Next()).Take(random.Next(2, 5))),
            Notes = RelationshipNotes[random.Next(RelationshipNotes.Length)],
            UpdatedAt = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc),
        };
        int? from = null;
        for (var i = 0; i < path.Count; i++)
        {
            var to = byRank[path[i]];
            var down = from is { } prev && path[i] < byRank.First(l => l.Id == prev).Rank;
            tie.History.Add(new RelationshipLevelChange
            {
                FromLevelId = from,
                ToLevelId = to.Id,
                ChangedOn = day,
                Note = i == 0 ? "First contact established." : down
                    ? (to.Rank == 0 ? "Ties suspended after the party's public statements against us." : "Downgraded after the party left government.")
                    : UpNotes[random.Next(UpNotes.Length)],
            });
            from = to.Id;
            var gap = Math.Max(30, (Today.AddDays(-30).DayNumber - day.DayNumber) / Math.Max(1, path.Count - i));
            day = day.AddDays(random.Next(gap / 2, gap));
        }

        tie.LevelId = from!.Value;
        return tie;
    }

    // Ranks over time ending at target: mostly upward, sometimes with a final downgrade.
    private static List<int> Path(int target, Random random)
    {
        if (target == 0)
        {
            return [1, 2, 0];
        }

        var steps = Math.Min(target, random.Next(1, 5));
        var path = Enumerable.Range(target - steps + 1, steps).ToList();
        if (target < 4 && random.NextDouble() < 0.12)
        {
            path.Add(target + 1);
            path.Add(target);
        }

        return path;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
