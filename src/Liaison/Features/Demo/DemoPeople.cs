using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Security;
using static Liaison.Features.Demo.DemoDates;
using T = Liaison.Features.Demo.DemoPeopleTitles;

namespace Liaison.Features.Demo;

// A generated person and what the touchpoint generator needs to know about them.
internal sealed class PersonPlan(Person person, Organization org, Country? country, NameCulture culture)
{
    public Person Person { get; } = person;
    public Organization Org { get; } = org;
    public Country? Country { get; } = country;
    public NameCulture Culture { get; } = culture;

    // Our tie with the organization (relationship level rank), or -1 without a tie.
    public int Tie { get; init; } = -1;
    public int Rank { get; set; } = 100;
    public bool Current { get; set; } = true;
}

// People of the demo department's organizations: leaders past and present, office-holders, government and parliament.
internal sealed partial class DemoPeople
{
    private static readonly HashSet<string> Scripted = ["CHN", "VNM", "LAO", "CUB", "PRK", "DEU", "GBR", "USA", "ZAF", "ETH"];
    private static readonly HashSet<string> LeaderTitled = ["GBR", "IRL", "AUS", "NZL", "CAN", "JAM", "ISR"];

    private static readonly Dictionary<string, string> Parliaments = new()
    {
        ["RUS"] = "State Duma",
        ["VNM"] = "National Assembly of Vietnam",
        ["IND"] = "Lok Sabha",
        ["CUB"] = "National Assembly of People's Power",
    };

    private readonly Random _random;
    private readonly DemoPeopleNaming _naming;
    private readonly IReadOnlyDictionary<int, int> _ties;
    private readonly Dictionary<string, Organization> _governments = [];
    private readonly HashSet<(Organization, string)> _names = [];
    private readonly Dictionary<string, Organization> _parliaments = [];

    public DemoPeople(Random random, IReadOnlyDictionary<int, int> ties, IEnumerable<Organization> existing)
    {
        _random = random;
        _naming = new DemoPeopleNaming(random);
        _ties = ties;
        foreach (var org in existing.Where(o => o.Kind == OrganizationKind.GovernmentBody && o.Country is not null))
        {
            if (Parliaments.TryGetValue(org.Country!.Iso3, out var name) && org.NameEn == name)
            {
                _parliaments[org.Country.Iso3] = org;
            }
        }
    }

    public List<PersonPlan> People { get; } = [];
    public List<Organization> NewOrganizations { get; } = [];

    public void Party(CountryPlan plan, PartyPlan party)
    {
        var org = party.Org;
        var country = plan.Country;
        var culture = DemoPeopleNaming.CultureFor(country.Iso3, party.Language == "en" && plan.Spec is null ? country.Iso3 switch { "DEU" => "de", _ => "en" } : party.Language);
        var tie = _ties.TryGetValue(org.Id, out var level) ? level : -1;
        var end = org.Dissolved ?? Today;
        var founded = org.Founded ?? D("1975-01-01");
        var known = DemoKnownPeople.People.Where(k => k.Iso3 == country.Iso3 && DemoKnownPeople.Belongs(k, org.Abbreviation)).ToList();
        foreach (var k in known)
        {
            AddKnown(k, plan, org, culture, tie);
        }

        // The leaders: a chain since the 1990s (or the founding), up to the first well-known leader we have on file.
        var firstKnown = known.SelectMany(k => k.Posts).Where(p => p.Org == org.Abbreviation && p.Rank == 1).Select(p => D(p.From)).DefaultIfEmpty(end).Min();
        var chainStart = Later(founded.AddYears(1), Today.AddYears(-_random.Next(18, 32)));
        // Well-known parties with their real leaders on file get no invented predecessors.
        var chainEnd = known.Any(k => k.Posts.Any(p => p.Rank == 1 && p.Org == org.Abbreviation)) ? chainStart : firstKnown < end ? firstKnown : end;
        var leader = LeaderTitle(country.Iso3, org, culture);
        var from = chainStart;
        var leaders = new List<PersonPlan>();
        while (from < chainEnd.AddDays(-200))
        {
            var to = from.AddDays(_random.Next(4 * 365, 11 * 365));
            var last = to >= chainEnd.AddDays(-200);
            DateOnly? until = last ? (firstKnown < end || org.Dissolved is not null ? chainEnd : null) : to;
            var person = NewPerson(country, org, culture, tie, rank: 1, ageAt: from, minAge: 38, maxAge: 62, female: 0.25);
            person.Current = until is null;
            AddPosition(person, org, leader, from, until);
            if (until is { } ended && org.Dissolved is null && ended > Today.AddYears(-12) && _random.NextDouble() < 0.5)
            {
                AddPosition(person, org, T.HonoraryChair, ended, null);
                person.Current = true;
            }

            leaders.Add(person);
            if (last)
            {
                break;
            }

            from = to;
        }

        if (org.Dissolved is not null || party.Minor)
        {
            return;
        }

        var governing = org.Standings.Where(s => s.From <= Today && (s.To is null || s.To > Today)).Select(s => s.Standing).FirstOrDefault(Standing.Opposition);
        var inGovernment = governing is Standing.LeadingRuling or Standing.CoalitionPartner;
        var headSpan = org.Standings.FirstOrDefault(s => s.HeadOfGovernment && s.From <= Today && (s.To is null || s.To > Today));
        var communist = org.Family == IdeologyFamily.CommunistWorkers;
        var size = 2 + (tie >= 0 ? 1 + tie : 0) + (inGovernment ? 2 : 0) + (party.Weight > 0.5 ? 1 : 0) + _random.Next(0, 2);
        if (plan.Spec is not null && tie < 0)
        {
            size = Math.Max(3, size - 1);
        }

        var currentLeader = leaders.LastOrDefault(l => l.Current && l.Person.Positions.Any(p => p.Rank == 1 && p.To is null));
        var roles = new List<Title> { T.International };
        roles.AddRange(Enumerable.Repeat(leader == T.Leader ? T.DeputyLeader : T.ViceChair, _random.Next(1, 4)));
        roles.Add(communist ? T.StandingSecretary : T.SecretaryGeneral);
        if (_random.NextDouble() < 0.6)
        {
            roles.Add(T.YouthLeader);
        }

        if (_random.NextDouble() < 0.5)
        {
            roles.Add(T.WomenLeader);
        }

        roles.Add(_random.NextDouble() < 0.5 ? T.Spokesperson : T.Treasurer);
        if (tie >= 2)
        {
            roles.Add(T.DeputyExternal);
        }

        while (roles.Count < size)
        {
            roles.Add(_random.NextDouble() < 0.4 ? (communist ? T.Politburo : T.Presidium) : (communist ? T.CentralCommittee : T.PartyCouncil));
        }

        var officeHolders = new List<PersonPlan>();
        foreach (var role in roles.Take(Math.Max(size, 3)))
        {
            var young = role == T.YouthLeader || _random.NextDouble() < 0.15;
            var started = Between(_random, Later(founded, Today.AddYears(-9)), Today.AddDays(-20));
            var person = NewPerson(country, org, culture, tie, role.Rank, ageAt: started, minAge: young ? 26 : 35, maxAge: young ? 34 : 66,
                female: role == T.WomenLeader ? 1 : role == T.YouthLeader ? 0.45 : 0.3);
            if (role.Rank > 1 && role != T.YouthLeader && _random.NextDouble() < 0.8)
            {
                // Promoted from the wider leadership.
                var earlier = Later(founded, started.AddDays(-_random.Next(3 * 365, 9 * 365)));
                if (earlier < started && Adult(person, earlier))
                {
                    AddPosition(person, org, communist ? T.CentralCommittee : T.PartyCouncil, earlier, started);
                }
            }

            AddPosition(person, org, role, started, null);
            if (role == T.International)
            {
                person.Person.Tags = Tags(person.Person.Tags, "international secretary");
            }

            officeHolders.Add(person);
        }

        // Parliament: most of the leadership of a party with seats.
        if (governing is not Standing.ExtraParliamentary and not Standing.BannedOrExile && !(communist && plan.Spec is null && !inGovernment && _random.NextDouble() < 0.5))
        {
            var lastElection = plan.Elections.Where(e => e.Date <= Today && e.Kind == ElectionKind.Parliamentary).Select(e => (DateOnly?)e.Date).DefaultIfEmpty(null).Max()
                ?? Today.AddYears(-2);
            var parliament = Parliament(country);
            foreach (var p in leaders.Where(l => l.Current).Concat(officeHolders).Where(_ => _random.NextDouble() < 0.7))
            {
                var seatFrom = lastElection.AddDays(_random.Next(10, 40));
                if (seatFrom < Today && Adult(p, seatFrom) && p.Person.Positions.Count < 3)
                {
                    AddPosition(p, parliament, _random.NextDouble() < 0.05 ? T.ForeignCommittee : T.MemberOfParliament, seatFrom, null);
                }
            }
        }

        // Government: the party in power supplies the head of government, ministers and an ambassador to China.
        if (inGovernment && !Scripted.Contains(country.Iso3) && plan.Periods.Count > 0)
        {
            var government = Government(country);
            var period = plan.Periods.Where(p => p.From <= Today).OrderByDescending(p => p.From).First();
            var since = period.From;
            if (currentLeader is not null && Adult(currentLeader, since))
            {
                var top = headSpan is not null ? (plan.Spec?.Presidential == true ? T.HeadOfState : T.PrimeMinister) : T.DeputyPrimeMinister;
                AddPosition(currentLeader, government, top, Later(since, currentLeader.Person.Positions.Min(p => p.From!.Value)), null);
            }

            var ministers = officeHolders.Where(p => p.Person.Positions.Count < 3).OrderBy(_ => _random.Next()).Take(headSpan is not null ? _random.Next(2, 5) : _random.Next(1, 3));
            foreach (var (minister, title) in ministers.Zip(T.Ministers.OrderBy(_ => _random.Next())))
            {
                AddPosition(minister, government, title, since.AddDays(_random.Next(0, 60)), null);
            }

            if (headSpan is not null)
            {
                var envoyFrom = Between(_random, Today.AddYears(-4), Today.AddDays(-60));
                var envoy = NewPerson(country, org, culture, tie, T.AmbassadorToChina.Rank, ageAt: envoyFrom, minAge: 45, maxAge: 63, female: 0.3);
                AddPosition(envoy, government, T.AmbassadorToChina, envoyFrom, null);
                envoy.Person.Tags = Tags(envoy.Person.Tags, "diplomat");
                var former = NewPerson(country, org, culture, tie, 60, ageAt: envoyFrom.AddYears(-5), minAge: 50, maxAge: 65, female: 0.3);
                AddPosition(former, government, T.AmbassadorToChina, envoyFrom.AddYears(-_random.Next(4, 6)), envoyFrom);
                AddPosition(former, org, T.PartyCouncil, envoyFrom.AddDays(90), null);
                former.Person.Tags = Tags(former.Person.Tags, "former ambassador");
            }
        }
    }

    // Party internationals: a president, a secretary general and vice-presidents from member parties' countries.
    public void International(Organization org, IReadOnlyList<Country> countries)
    {
        var tie = _ties.TryGetValue(org.Id, out var level) ? level : -1;
        Title[] roles = [T.IntlPresident, T.IntlSecretaryGeneral, T.IntlVicePresident, T.IntlVicePresident, T.PolicyOfficer];
        foreach (var role in roles)
        {
            var country = countries[_random.Next(countries.Count)];
            var culture = DemoPeopleNaming.CultureFor(country.Iso3, "en");
            var from = Between(_random, Later(org.Founded ?? D("1990-01-01"), Today.AddYears(-8)), Today.AddDays(-30));
            var person = NewPerson(country, org, culture, tie, role.Rank, ageAt: from, minAge: role == T.PolicyOfficer ? 28 : 45, maxAge: 65, female: 0.4);
            AddPosition(person, org, role, from, null);
            if (role.Rank == 1)
            {
                var before = NewPerson(country, org, culture, tie, 1, ageAt: from.AddYears(-6), minAge: 45, maxAge: 65, female: 0.3);
                before.Current = false;
                AddPosition(before, org, role, from.AddYears(-_random.Next(4, 8)), from);
            }
        }
    }

    // Wings, think tanks, media, trade unions and government bodies: a head and one or two more.
    public void Other(Organization org, string language)
    {
        var country = org.Country!;
        var culture = DemoPeopleNaming.CultureFor(country.Iso3, language);
        var tie = _ties.TryGetValue(org.Id, out var level) ? level : -1;
        Title[] roles = org.Kind switch
        {
            OrganizationKind.ThinkTank => [T.Director, T.SeniorFellow, T.Researcher],
            OrganizationKind.Media => [T.EditorInChief, T.Correspondent],
            OrganizationKind.TradeUnion => [T.UnionPresident, T.UnionInternational],
            OrganizationKind.GovernmentBody => [T.Official, T.Deputy],
            _ => [T.WingChair, T.WingVice],
        };
        foreach (var role in roles)
        {
            var from = Between(_random, Later(org.Founded ?? D("1990-01-01"), Today.AddYears(-7)), Today.AddDays(-30));
            var young = org.Kind == OrganizationKind.PartyWing && org.NameEn.Contains("Young", StringComparison.Ordinal) || org.NameEn.Contains("Youth", StringComparison.Ordinal);
            var person = NewPerson(country, org, culture, tie, role.Rank, ageAt: from, minAge: young ? 24 : 32, maxAge: young ? 33 : 64,
                female: org.NameEn.Contains("Women", StringComparison.Ordinal) ? 1 : 0.4);
            AddPosition(person, org, role, from, null);
            person.Person.Tags = Tags(person.Person.Tags, org.Kind switch
            {
                OrganizationKind.ThinkTank => "researcher",
                OrganizationKind.Media => "journalist",
                OrganizationKind.TradeUnion => "trade unionist",
                _ when young => "youth",
                _ when org.NameEn.Contains("Women", StringComparison.Ordinal) => "women's wing",
                _ => null,
            });
        }
    }

    private void AddKnown(DemoKnownPeople.Known k, CountryPlan plan, Organization party, NameCulture culture, int tie)
    {
        if (People.Any(p => p.Person.NameEn == k.En))
        {
            return;
        }

        var birth = k.Born.Length == 4 ? (DateOnly?)null : D(k.Born);
        var person = new Person
        {
            CountryId = plan.Country.Id,
            NameEn = k.En,
            NameNative = k.Native ?? (culture.Latin ? k.En : null),
            NameRomanized = k.Romanized,
            NameZh = k.Zh,
            FamilyName = k.Family,
            GivenName = k.Given,
            NameOrder = k.Order,
            Gender = k.Gender,
            BirthYear = birth?.Year ?? int.Parse(k.Born, System.Globalization.CultureInfo.InvariantCulture),
            BirthDate = birth,
            Languages = k.Languages,
            Honorific = k.Honorific,
            FormOfAddress = k.FormOfAddress,
            Biography = $"**{k.En}** ({k.Zh}) — {k.Bio}",
            Classification = Classification.Public,
            Tags = "head of party, public figure",
        };
        if (k.Native is { } native && native != k.En && culture.Code == "zh")
        {
            person.OtherNames.Add(new PersonName { Name = DemoTransliteration.Plain(k.Romanized ?? k.En), Kind = PersonNameKind.Romanization, Language = "zh-Latn" });
        }

        var plan2 = new PersonPlan(person, party, plan.Country, culture) { Tie = tie, Rank = k.Posts.Min(p => p.Rank) };
        foreach (var post in k.Posts)
        {
            var org = post.Org switch { "gov" => Government(plan.Country), "parl" => Parliament(plan.Country), _ => party };
            if (post.Org is not "gov" and not "parl" && post.Org != party.Abbreviation)
            {
                continue;
            }

            AddPosition(plan2, org, new Title(post.Title, post.TitleZh, post.Rank, post.Kind), D(post.From), post.To is null ? null : D(post.To));
        }

        plan2.Current = person.Positions.Any(p => p.To is null);
        People.Add(plan2);
    }

    private PersonPlan NewPerson(Country country, Organization org, NameCulture culture, int tie, int rank, DateOnly ageAt, int minAge, int maxAge, double female)
    {
        var gender = _random.NextDouble() < female ? Gender.Female : Gender.Male;
        var name = _naming.Make(culture, country.Iso3, gender);
        for (var attempt = 0; attempt < 8 && !_names.Add((org, name.En)); attempt++)
        {
            // Two people of one organization rarely share a full name.
            name = _naming.Make(culture, country.Iso3, gender);
        }

        var age = _random.Next(minAge, maxAge + 1);
        var year = Math.Min(ageAt.Year - age, Today.Year - 24);
        var person = name.ToPerson(country.Id);
        person.BirthYear = year;
        person.OtherNames = name.Others;
        if (_random.NextDouble() < 0.4)
        {
            person.BirthDate = new DateOnly(year, _random.Next(1, 13), _random.Next(1, 29));
        }

        var plan = new PersonPlan(person, org, country, culture) { Tie = tie, Rank = rank };
        People.Add(plan);
        return plan;
    }

    private static bool Adult(PersonPlan p, DateOnly on) => on.Year - (p.Person.BirthYear ?? 1900) >= 21;

    private static void AddPosition(PersonPlan person, Organization org, Title title, DateOnly from, DateOnly? to)
    {
        // A post never starts before the person's 21st year.
        var earliest = new DateOnly((person.Person.BirthYear ?? 1900) + 21, 1, 1);
        if (from < earliest)
        {
            from = earliest;
        }

        if (to is { } end && end <= from)
        {
            return;
        }

        var position = new Position
        {
            OrganizationId = org.Id,
            Organization = org.Id == 0 ? org : null,
            Kind = title.Kind,
            Title = title.En,
            TitleZh = title.Zh,
            Rank = title.Rank,
            From = from,
            To = to,
        };
        person.Person.Positions.Add(position);
        person.Rank = Math.Min(person.Rank, to is null ? title.Rank : 100);
    }

    public static string? Tags(string? tags, string? add) =>
        add is null ? tags : string.IsNullOrEmpty(tags) ? add : tags.Contains(add, StringComparison.Ordinal) ? tags : tags + ", " + add;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
