using Liaison.Features.Engagements;
using Liaison.Features.Organizations;
using static Liaison.Features.Demo.DemoDates;

namespace Liaison.Features.Demo;

// Which engagements the department had and will have: kinds and dates, counterparts, delegations and our hosts.
internal sealed class DemoEngagementPlanner(Random random, DemoEngagementPeople people, IReadOnlyList<(Organization Org, int Rank)> tied,
    IReadOnlyList<Organization> ourOrgs, IReadOnlyList<DemoEngagementOfficials.Official> officials)
{
    private readonly Dictionary<int, DemoEngagementOfficials.Official> _officials = officials.ToDictionary(o => o.Plan.Person.Id);

    // Engagements a year by kind: mostly delegations received and sent.
    private static readonly (EngagementKind Kind, int PerYear)[] Rates =
    [
        (EngagementKind.InboundVisit, 200), (EngagementKind.OutboundVisit, 100), (EngagementKind.HighLevelTalks, 16), (EngagementKind.BilateralDialogue, 12),
        (EngagementKind.MultilateralForum, 5), (EngagementKind.TheoreticalSeminar, 10), (EngagementKind.StudyTour, 14), (EngagementKind.TrainingCourse, 10),
        (EngagementKind.VideoMeeting, 16), (EngagementKind.Reception, 12), (EngagementKind.Other, 6),
    ];

    // Travel all but stopped in the pandemic: visits became video meetings.
    private static readonly DateOnly PandemicFrom = D("2020-02-01"), PandemicTo = D("2022-12-31");

    private List<(Organization Org, int Rank)> _bilateral = [];
    private double[] _weights = [];
    private double _total;

    public List<DemoEngagement> Plan(Action<DemoEngagement> planned)
    {
        _bilateral = tied.Where(t => t.Org.CountryId is not null && t.Org.Kind == OrganizationKind.PoliticalParty).OrderBy(t => t.Org.Id).ToList();
        _weights = _bilateral.Select(t => t.Rank switch { 1 => 1.0, 2 => 3.0, 3 => 6.0, _ => 12.0 }).ToArray();
        _total = _weights.Sum();
        var plans = new List<DemoEngagement>();
        foreach (var (kind, start) in Schedule())
        {
            if (Build(kind, start) is { } plan)
            {
                planned(plan);
                plans.Add(plan);
            }
        }

        return plans;
    }

    private List<(EngagementKind Kind, DateOnly Start)> Schedule()
    {
        var from = Today.AddYears(-6);
        var horizon = Today.AddMonths(4);
        var pastDays = Today.DayNumber - from.DayNumber;
        var futureDays = horizon.DayNumber - Today.DayNumber;
        // Something is always under way on the day the demo is set.
        var schedule = new List<(EngagementKind, DateOnly)> { (EngagementKind.InboundVisit, Today.AddDays(-1)), (EngagementKind.StudyTour, Today.AddDays(-2)) };
        foreach (var (kind, perYear) in Rates)
        {
            var past = (int)Math.Round(perYear * pastDays / 365.0 * (0.92 + (random.NextDouble() * 0.16)));
            for (var i = 0; i < past; i++)
            {
                schedule.Add((kind, from.AddDays(random.Next(pastDays))));
            }

            // Planned ones thin out: the later, the fewer already on the books.
            var future = (int)Math.Round(perYear * futureDays / 365.0 * 0.6);
            for (var i = 0; i < future; i++)
            {
                var x = 1 - Math.Sqrt(1 - random.NextDouble());
                schedule.Add((kind, Today.AddDays(1 + (int)(x * (futureDays - 1)))));
            }
        }

        return schedule.Select(s => (Kind: Pandemic(s.Item1, s.Item2), Start: Holidays(s.Item2))).OrderBy(s => s.Start).ThenBy(s => s.Kind).ToList();
    }

    private EngagementKind Pandemic(EngagementKind kind, DateOnly start) =>
        start >= PandemicFrom && start <= PandemicTo && kind is EngagementKind.InboundVisit or EngagementKind.OutboundVisit or EngagementKind.StudyTour
            or EngagementKind.TrainingCourse or EngagementKind.HighLevelTalks && random.NextDouble() < 0.8 ? EngagementKind.VideoMeeting : kind;

    // No visits over the Spring Festival or the National Day holidays.
    private static DateOnly Holidays(DateOnly day) => day switch
    {
        { Month: 1, Day: >= 25 } or { Month: 2, Day: <= 10 } => day.AddDays(16),
        { Month: 10, Day: <= 7 } => day.AddDays(8),
        _ => day,
    };

    private int Duration(EngagementKind kind) => kind switch
    {
        EngagementKind.InboundVisit => random.Next(2, 7),
        EngagementKind.OutboundVisit => random.Next(3, 7),
        EngagementKind.HighLevelTalks => random.Next(1, 3),
        EngagementKind.BilateralDialogue or EngagementKind.TheoreticalSeminar => random.Next(2, 4),
        EngagementKind.MultilateralForum => random.Next(2, 5),
        EngagementKind.StudyTour => random.Next(4, 7),
        EngagementKind.TrainingCourse => random.Next(5, 7),
        _ => 1,
    };

    private DemoEngagement? Build(EngagementKind kind, DateOnly start)
    {
        var end = start.AddDays(Duration(kind) - 1);
        var plan = new DemoEngagement(new Engagement { Kind = kind, StartsOn = start, EndsOn = end });
        plan.Theme = DemoEngagementPlaces.Themes[random.Next(DemoEngagementPlaces.Themes.Length)];
        var ok = kind is EngagementKind.MultilateralForum or EngagementKind.TrainingCourse ? Several(plan) : Bilateral(plan);
        if (!ok)
        {
            return null;
        }

        foreach (var org in plan.Orgs.DistinctBy(o => o.Id))
        {
            plan.Engagement.Organizations.Add(new EngagementOrganization { OrganizationId = org.Id });
        }

        foreach (var countryId in plan.Orgs.Select(o => o.CountryId).OfType<int>().Distinct())
        {
            plan.Engagement.Countries.Add(new EngagementCountry { CountryId = countryId });
        }

        plan.Engagement.CountryId = plan.Country?.Id;
        Members(plan);
        return plan;
    }

    // One counterpart party: a delegation of its people received, or ours sent to it.
    private bool Bilateral(DemoEngagement plan)
    {
        var e = plan.Engagement;
        plan.Abroad = e.Kind == EngagementKind.OutboundVisit
            || e.Kind is EngagementKind.BilateralDialogue or EngagementKind.TheoreticalSeminar && random.NextDouble() < 0.35;
        var (min, max) = e.Kind switch
        {
            EngagementKind.InboundVisit => (3, 15),
            EngagementKind.OutboundVisit => (1, 4),
            EngagementKind.HighLevelTalks => (3, 6),
            EngagementKind.BilateralDialogue or EngagementKind.TheoreticalSeminar => plan.Abroad ? (2, 4) : (4, 10),
            EngagementKind.StudyTour => (5, 15),
            EngagementKind.VideoMeeting => (2, 4),
            _ => (1, 3),
        };
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var (org, _) = _bilateral[Weighted()];
            var available = people.Active(org, e.StartsOn).Where(a => people.Free(a.Id, e.StartsOn, e.EndsOn)).ToList();
            if (e.Kind == EngagementKind.StudyTour)
            {
                // Working cadres, not the party's leader.
                available = available.Where(a => a.Rank > 1).ToList();
            }

            if (e.Kind == EngagementKind.Reception && available.FirstOrDefault(a => a.Post.Title.StartsWith("Ambassador", StringComparison.Ordinal)) is { } envoy)
            {
                available = [envoy, .. available.Where(a => a != envoy)];
            }

            if (available.Count < min || e.Kind == EngagementKind.HighLevelTalks && available[0].Rank > 2)
            {
                continue;
            }

            plan.Org = org;
            plan.Country = org.Country;
            plan.Orgs.Add(org);
            var count = Math.Min(available.Count, Skewed(min, max));
            plan.Foreign.AddRange(available.Take(count));
            return true;
        }

        return false;
    }

    // Forums and training courses: several parties of a region (or of the world), one or two people from each.
    private bool Several(DemoEngagement plan)
    {
        var e = plan.Engagement;
        var world = e.Kind == EngagementKind.MultilateralForum && random.NextDouble() < 0.25;
        var pool = tied.Where(t => t.Rank >= 1).OrderBy(t => t.Org.Id).ToList();
        if (!world)
        {
            var pick = _bilateral[Weighted()].Org.Country!;
            var group = DemoEngagementPlaces.Group(pick.Region, pick.Subregion).Key;
            pool = pool.Where(t => t.Org.Country is { } c && DemoEngagementPlaces.Group(c.Region, c.Subregion).Key == group).ToList();
            plan.Country = e.Kind == EngagementKind.MultilateralForum && random.NextDouble() < 0.25 ? pick : null;
        }

        plan.Abroad = plan.Country is not null;
        var parties = pool.OrderBy(_ => random.Next()).Take(random.Next(4, world ? 14 : 9)).Select(t => t.Org).ToList();
        if (plan.Country is { } hostCountry && pool.FirstOrDefault(t => t.Org.CountryId == hostCountry.Id).Org is { } hostParty)
        {
            parties.Remove(hostParty);
            parties.Insert(0, hostParty);
        }

        // Held abroad, the host party's people receive us; at home one to three from each party take part.
        var participants = new List<ActivePerson>();
        foreach (var org in parties)
        {
            var available = people.Active(org, e.StartsOn).Where(a => people.Free(a.Id, e.StartsOn, e.EndsOn)).ToList();
            if (e.Kind == EngagementKind.TrainingCourse)
            {
                available = available.Where(a => a.Rank > 2).ToList();
            }

            if (available.Count == 0)
            {
                continue;
            }

            plan.Orgs.Add(org);
            var host = plan.Abroad && org == parties[0];
            if (!plan.Abroad || host)
            {
                participants.AddRange(available.Take(random.Next(1, e.Kind == EngagementKind.TrainingCourse || host ? 4 : 3)));
            }
        }

        if (participants.Count < 2 || plan.Orgs.Count < 3)
        {
            return false;
        }

        plan.Org = plan.Orgs[0];
        plan.Foreign.AddRange(participants.Take(15).OrderBy(a => a.Rank).ThenBy(a => a.Id));
        return true;
    }

    // Delegation and hosts with their roles and order of precedence; travellers are booked for the days. The desk's bureau
    // receives and travels; the department's leadership takes the closest parties; the party's leaders meet the most senior.
    private void Members(DemoEngagement plan)
    {
        var e = plan.Engagement;
        var party = people.Active(ourOrgs[0], e.StartsOn).Where(a => people.Free(a.Id, e.StartsOn, e.EndsOn)).ToList();
        var top = party.Where(DemoEngagementProgramme.Top).ToList();
        var leadership = party.Where(a => !top.Contains(a) && (a.Rank is > 1 and < 10 || Level(a) == DemoEngagementOfficials.Level.DeputyHead))
            .OrderBy(a => people.Load(a.Id, e.StartsOn, e.EndsOn)).ThenBy(_ => random.Next()).ToList();
        var desk = (plan.Country ?? plan.Orgs.Select(o => o.Country).FirstOrDefault(c => c is not null))?.Desk?.Name;
        var bureau = party.Where(a => _officials.TryGetValue(a.Id, out var o) && o.Desk == desk).ToList();
        var head = plan.Foreign.FirstOrDefault();
        var language = head?.Plan.Culture.Language is { } l && l != "zh" ? l : "en";
        var interpreter = party.FirstOrDefault(a => _officials.TryGetValue(a.Id, out var o) && o.Language == language)
            ?? party.FirstOrDefault(a => _officials.TryGetValue(a.Id, out var o) && o.Language == "en");
        var senior = head is { Rank: <= 2 } && head.Plan.Tie >= 3 || e.Kind is EngagementKind.HighLevelTalks or EngagementKind.BilateralDialogue
            or EngagementKind.TheoreticalSeminar or EngagementKind.MultilateralForum;
        var lead = senior && leadership.Count > 0 ? leadership[0] : bureau.FirstOrDefault() ?? leadership.FirstOrDefault();
        var withInterpreter = interpreter is not null && random.NextDouble() < 0.6;

        if (plan.Abroad)
        {
            var travellers = new List<ActivePerson>();
            if (lead is not null)
            {
                travellers.Add(lead);
            }

            var size = e.Kind == EngagementKind.OutboundVisit ? random.Next(3, 9) : random.Next(2, 5);
            var others = ourOrgs.Skip(1).SelectMany(o => people.Active(o, e.StartsOn)).Where(a => people.Free(a.Id, e.StartsOn, e.EndsOn)).ToList();
            var companions = bureau.Where(a => a != lead).Concat(others.OrderBy(_ => random.Next()).Take(random.Next(0, 3)))
                .Concat(leadership.Skip(1).Take(1)).Where(a => a != interpreter).Distinct();
            travellers.AddRange(companions.Take(Math.Max(0, size - travellers.Count - (withInterpreter ? 1 : 0))).OrderBy(a => a.Rank).ThenBy(a => a.Id));
            if (withInterpreter && !travellers.Contains(interpreter!))
            {
                travellers.Add(interpreter!);
            }

            plan.Ours.AddRange(travellers);
            Add(e, travellers, EngagementSide.Delegation, withInterpreter ? interpreter : null);
            Add(e, plan.Foreign, EngagementSide.Host, interpreter: null);
            BookAll(plan.Ours, e);
            BookAll(plan.Foreign, e);
            return;
        }

        var hosts = new List<ActivePerson>();
        if (head is { Rank: <= 2 } && top.Count > 0 && (e.Kind == EngagementKind.HighLevelTalks
            || e.Kind is EngagementKind.InboundVisit or EngagementKind.MultilateralForum && head.Plan.Tie >= 3 && random.NextDouble() < 0.4))
        {
            // The general secretary meets only heads of the closest parties; other top leaders meet the rest.
            var closest = head.Rank == 1 && head.Plan.Tie >= 4;
            hosts.Add(closest || top.Count == 1 ? top[0] : top[1 + random.Next(top.Count - 1)]);
        }

        if (lead is not null)
        {
            hosts.Add(lead);
        }

        var extra = e.Kind is EngagementKind.Reception or EngagementKind.Other or EngagementKind.VideoMeeting ? random.Next(0, 2) : random.Next(0, 3);
        hosts.AddRange(bureau.Where(a => !hosts.Contains(a)).Take(Math.Min(extra, 3 - hosts.Count)));
        if (withInterpreter && hosts.Count < 4 && e.Kind != EngagementKind.Reception)
        {
            hosts.Add(interpreter!);
        }

        if (hosts.Count == 0 && party.FirstOrDefault() is { } anyone)
        {
            hosts.Add(anyone);
        }

        plan.Ours.AddRange(hosts);
        var theirs = plan.Foreign.Count >= 5 && random.NextDouble() < 0.4 ? plan.Foreign[^1] : null;
        Add(e, plan.Foreign, EngagementSide.Delegation, theirs);
        Add(e, hosts, EngagementSide.Host, hosts.Contains(interpreter!) ? interpreter : null);
        BookAll(plan.Foreign, e);
    }

    private DemoEngagementOfficials.Level? Level(ActivePerson a) => _officials.TryGetValue(a.Id, out var o) ? o.Level : null;

    private void Add(Engagement e, IReadOnlyList<ActivePerson> side, EngagementSide which, ActivePerson? interpreter)
    {
        var several = e.Kind is EngagementKind.MultilateralForum or EngagementKind.TrainingCourse && which == EngagementSide.Delegation;
        for (var i = 0; i < side.Count; i++)
        {
            var a = side[i];
            var role = a == interpreter ? DelegationRole.Interpreter
                : which == EngagementSide.Host ? DelegationRole.Host
                : several ? DelegationRole.Participant
                : i == 0 ? DelegationRole.Head
                : i == 1 && side.Count > 3 ? DelegationRole.DeputyHead
                : i >= side.Count - 2 && side.Count >= 6 && a.Rank >= 20 ? DelegationRole.Staff
                : DelegationRole.Member;
            var ours = _officials.TryGetValue(a.Id, out var official) ? official.Language : null;
            var languages = role != DelegationRole.Interpreter ? null
                : ours is not null ? $"zh, {ours}"
                : a.Plan.Culture.Language == "zh" ? "zh, en" : $"{a.Plan.Culture.Language}, zh";
            e.Members.Add(new EngagementMember
            {
                PersonId = a.Id,
                Side = which,
                Role = role,
                Rank = i + 1,
                Title = role == DelegationRole.Interpreter && ours is null ? "Interpreter" : a.Title,
                Languages = languages,
            });
        }
    }

    private void BookAll(IEnumerable<ActivePerson> travellers, Engagement e)
    {
        foreach (var a in travellers)
        {
            people.Book(a.Id, e.StartsOn, e.EndsOn);
        }
    }

    // Sizes lean to the small end: a few large delegations, many of four to eight.
    private int Skewed(int min, int max) => min + (int)Math.Floor(Math.Pow(random.NextDouble(), 1.6) * (max - min + 1));

    private int Weighted()
    {
        var x = random.NextDouble() * _total;
        for (var i = 0; i < _weights.Length; i++)
        {
            x -= _weights[i];
            if (x <= 0)
            {
                return i;
            }
        }

        return _weights.Length - 1;
    }
}
