using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Features.Search;
using Liaison.Security;

namespace Liaison.Features.Demo.Scale;

// People of the generated organizations: names in their culture's scripts, careers of posts one after the other, contact
// channels for some, and the search entries and match keys PeopleIndexer would write for them.
internal sealed class ScalePeople(ScaleWorld world, Random random, IReadOnlyDictionary<string, int> tiers)
{
    private readonly DemoPeopleNaming _naming = new(random);
    private readonly int[] _tierIds = [.. tiers.Values.Order()];

    public sealed record Batch(List<Person> People, List<PersonName> Names, List<Position> Positions, List<ContactChannel> Channels,
        List<SearchEntry> Entries, List<PersonMatchKey> Keys);

    public Batch Create(int firstId, int count, int positionsTotal, ref int nextPositionId, ref int nextNameId, ref int nextChannelId)
    {
        var batch = new Batch([], [], [], [], [], []);
        var perPerson = Math.Max(1, positionsTotal / Math.Max(1, count));
        var withOneMore = positionsTotal - (perPerson * count);
        for (var i = 0; i < count; i++)
        {
            var org = world.Orgs[random.Next(world.Orgs.Count)];
            var language = world.Language(org.Country);
            var culture = ScaleWorld.CultureOf(org.Country, language);
            var gender = random.NextDouble() < 0.36 ? Gender.Female : Gender.Male;
            var name = _naming.Make(culture, org.Country.Iso3, gender);
            var birth = new DateOnly(random.Next(1940, 1998), random.Next(1, 13), random.Next(1, 29));
            var person = name.ToPerson(org.Country.Id);
            person.Id = firstId + i;
            person.BirthYear = birth.Year;
            person.BirthDate = random.NextDouble() < 0.6 ? birth : null;
            person.Languages = culture.Language == "en" ? "en" : culture.Language + (random.NextDouble() < 0.5 ? ", en" : "");
            person.Religion = random.NextDouble() < 0.2 ? culture.Religion : null;
            person.Diet = random.NextDouble() < 0.2 ? culture.Diet : null;
            person.Classification = org.Classification == Classification.Public ? Classification.Internal : org.Classification;
            person.TierId = random.NextDouble() < 0.15 ? _tierIds[random.Next(_tierIds.Length)] : null;
            person.CreatedAt = ScaleOrganizations.At(world.Today.AddDays(-random.Next(30, 9000)));
            person.UpdatedAt = person.CreatedAt.AddDays(random.Next(0, 300));
            if (person.TierId is not null)
            {
                person.OwnerId = world.OfficerFor(org.Country, random).Id;
            }

            foreach (var other in name.Others)
            {
                other.Id = nextNameId++;
                other.PersonId = person.Id;
                batch.Names.Add(other);
            }

            var posts = perPerson + (i < withOneMore ? 1 : 0);
            var activeFrom = Career(person, org, birth, posts, ref nextPositionId, batch.Positions);
            if (random.NextDouble() < 0.35)
            {
                batch.Channels.Add(Channel(person, org, culture, ref nextChannelId));
            }

            if (random.NextDouble() < 0.25)
            {
                person.Biography = $"Born {birth.Year}. Joined the {org.NameEn} in {activeFrom.Year}; has met delegations of the department several times.";
            }

            var indexed = new PeopleIndexer.IndexedPerson(person.Id, person.NameEn, person.NameNative, person.NameRomanized, person.NameZh, person.FamilyName, person.GivenName,
                name.Others.Select(n => n.Name).ToList(), batch.Channels.Where(c => c.PersonId == person.Id).Select(c => new PeopleIndexer.IndexedChannel(c.Kind, c.Value)).ToList());
            batch.Entries.AddRange(SearchIndexer.EntriesFor(SearchKinds.Person, person.Id, PeopleIndexer.SearchNames(indexed)));
            batch.Keys.AddRange(PeopleIndexer.MatchKeys(indexed).Select(k => new PersonMatchKey { PersonId = person.Id, Key = k }));
            batch.People.Add(person);
            world.People.Add(new ScalePerson(person.Id, org, person.NameEn, person.NameZh, culture.Language, activeFrom));
            if (!world.PeopleByOrg.TryGetValue(org.Id, out var members))
            {
                world.PeopleByOrg[org.Id] = members = [];
            }

            members.Add(person.Id);
        }

        return batch;
    }

    // Posts follow one another (each From before its To, the next starting when the last ended); the last may be current.
    private DateOnly Career(Person person, ScaleOrg org, DateOnly birth, int posts, ref int nextId, List<Position> positions)
    {
        var titles = TitlesFor(org.Kind);
        var start = birth.AddYears(random.Next(24, 40));
        var span = Math.Max(posts, world.Today.DayNumber - start.DayNumber);
        var from = start > world.Today.AddYears(-2) ? world.Today.AddYears(-2) : start;
        var first = from;
        for (var p = 0; p < posts; p++)
        {
            var last = p == posts - 1;
            var length = Math.Max(60, (span / posts) - random.Next(0, 120));
            DateOnly? to = from.AddDays(length);
            if (to >= world.Today || (last && random.NextDouble() < 0.7))
            {
                to = last ? null : world.Today.AddDays(-(posts - p));
            }

            if (to is { } end && end <= from)
            {
                to = from.AddDays(1);
            }

            var title = titles[Math.Min(titles.Length - 1, Math.Max(0, titles.Length - 1 - p - random.Next(2)))];
            positions.Add(new Position
            {
                Id = nextId++,
                PersonId = person.Id,
                OrganizationId = org.Id,
                Kind = title.Kind,
                Title = title.En,
                TitleZh = title.Zh,
                Rank = title.Rank,
                From = from,
                To = to,
            });
            if (to is null)
            {
                break;
            }

            from = to.Value;
        }

        return first;
    }

    private static Title[] TitlesFor(OrganizationKind kind) => kind switch
    {
        OrganizationKind.PoliticalParty => [DemoPeopleTitles.Chair, DemoPeopleTitles.SecretaryGeneral, DemoPeopleTitles.International, DemoPeopleTitles.Spokesperson, DemoPeopleTitles.CentralCommittee],
        OrganizationKind.PartyWing => [DemoPeopleTitles.YouthLeader, DemoPeopleTitles.Treasurer, DemoPeopleTitles.PolicyOfficer],
        OrganizationKind.ParliamentaryGroup => [DemoPeopleTitles.ForeignCommittee, DemoPeopleTitles.MemberOfParliament],
        OrganizationKind.ThinkTank => [DemoPeopleTitles.Director, DemoPeopleTitles.SeniorFellow, DemoPeopleTitles.Researcher],
        OrganizationKind.Media => [DemoPeopleTitles.EditorInChief, DemoPeopleTitles.Correspondent],
        OrganizationKind.GovernmentBody => [DemoPeopleTitles.StateSecretary, DemoPeopleTitles.AmbassadorToChina, DemoPeopleTitles.PolicyOfficer],
        _ => [DemoPeopleTitles.Director, DemoPeopleTitles.PolicyOfficer],
    };

    private ContactChannel Channel(Person person, ScaleOrg org, NameCulture culture, ref int nextId)
    {
        var handle = DemoTransliteration.Plain(person.NameEn).ToLowerInvariant().Replace(' ', '.').Replace("'", "", StringComparison.Ordinal);
        var email = random.NextDouble() < 0.6;
        return new ContactChannel
        {
            Id = nextId++,
            PersonId = person.Id,
            Kind = email ? ChannelKind.Email : culture.Messenger,
            Value = email ? $"{handle}{person.Id % 97}@{org.Country.Iso2.ToLowerInvariant()}.mail.invalid" : $"+{10 + (person.Id % 89)} {person.Id % 1000:000} {random.Next(1000, 9999)} {random.Next(100, 999)}",
            Label = culture.Messenger == ChannelKind.Other && !email ? culture.MessengerName : null,
            Preferred = true,
            Consent = random.NextDouble() < 0.7 ? Consent.Given : Consent.Unknown,
        };
    }
}
