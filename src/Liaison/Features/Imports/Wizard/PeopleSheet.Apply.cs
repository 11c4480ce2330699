using Liaison.Data;
using Liaison.Features.People;
using Liaison.Features.Search;
using Liaison.Security;

namespace Liaison.Features.Imports.Wizard;

// Creating and updating the people of valid rows (through the import session: bulk inserts, provenance rows).
internal sealed partial class PeopleSheet
{
    private RowOutcome Decide(PersonRow row, Person? person, bool apply)
    {
        var classification = row.Classification ?? person?.Classification ?? Classification.Internal;
        var countryId = row.Country?.Id ?? person?.CountryId;
        if (Refusal(row, classification, countryId, person?.Classification, person?.CountryId, person is not null,
            "You may only add and change people in the countries of your desks.") is { } refused)
        {
            return refused;
        }

        if (person is null)
        {
            var id = apply ? Create(row, classification) : (int?)null;
            return new RowOutcome(row.Source.Number, RowAction.Create, id, row.Name, []);
        }

        var previous = SheetRowReader.Assign(person, row, apply);
        var names = row.OtherNames.Where(n => n != person.NameEn && person.OtherNames.All(o => o.Name != n)).ToList();
        var channels = row.Channels.Where(c => !person.Channels.Any(o => o.Kind == c.Kind && SameChannel(o.Value, c.Value))).ToList();
        var position = row.OrganizationId is int org && !person.Positions.Any(p => p.OrganizationId == org && string.Equals(p.Title, row.Position ?? "", StringComparison.OrdinalIgnoreCase))
            ? org : (int?)null;
        var changed = previous.Count > 0 || names.Count > 0 || channels.Count > 0 || position is not null;
        if (apply)
        {
            var source = SourceRow(row.Source);
            foreach (var name in names)
            {
                Session!.Created(Session.New(new PersonName { PersonId = person.Id, Name = name, Kind = PersonNameKind.Alias }), nameof(PersonName), source, null, owned: false);
            }

            AddChannels(person.Id, channels, person.Channels.Select(c => c.Kind).ToHashSet(), source, owned: false);
            if (position is int organizationId)
            {
                Session!.Created(Session.New(NewPosition(person.Id, organizationId, row.Position)), nameof(Position), source, null, owned: false);
            }

            Session!.Updated(person, nameof(Person), source, null, previous, changed);
            if (changed)
            {
                _updated.Add(person.Id);
            }
        }

        return new RowOutcome(row.Source.Number, changed ? RowAction.Update : RowAction.Unchanged, person.Id, row.Name, []);
    }

    private int Create(PersonRow row, Classification classification)
    {
        var now = Clock.UtcNow;
        var person = new Person { Classification = classification, CreatedAt = now, UpdatedAt = now };
        SheetRowReader.Assign(person, row, apply: true);

        var source = SourceRow(row.Source);
        Session!.New(person);
        Session.Created(person, nameof(Person), source, null, owned: false);
        foreach (var name in row.OtherNames.Where(n => n != person.NameEn))
        {
            Session.Created(Session.New(new PersonName { PersonId = person.Id, Name = name, Kind = PersonNameKind.Alias }), nameof(PersonName), source, null, owned: true);
        }

        AddChannels(person.Id, row.Channels, [], source, owned: true);
        if (row.OrganizationId is int organizationId)
        {
            Session.Created(Session.New(NewPosition(person.Id, organizationId, row.Position)), nameof(Position), source, null, owned: true);
        }

        var indexed = Indexed(row, person.Id);
        foreach (var entry in SearchIndexer.EntriesFor(SearchKinds.Person, person.Id, PeopleIndexer.SearchNames(indexed)))
        {
            Session.New(entry);
        }

        foreach (var key in AllKeys(row))
        {
            Session.New(new PersonMatchKey { PersonId = person.Id, Key = key });
        }

        return person.Id;
    }

    private void AddChannels(int personId, IEnumerable<(ChannelKind Kind, string Value)> channels, HashSet<ChannelKind> kindsOnFile, string source, bool owned)
    {
        foreach (var (kind, value) in channels)
        {
            var channel = new ContactChannel { PersonId = personId, Kind = kind, Value = value, Preferred = kindsOnFile.Add(kind) };
            Session!.Created(Session.New(channel), nameof(ContactChannel), source, null, owned);
        }
    }

    private static Position NewPosition(int personId, int organizationId, string? title) =>
        new() { PersonId = personId, OrganizationId = organizationId, Title = title ?? "Member", Kind = PositionKind.Other };

    private static bool SameChannel(string a, string b) =>
        string.Equals(TextNormalizer.Compact(TextNormalizer.Normalize(a)), TextNormalizer.Compact(TextNormalizer.Normalize(b)), StringComparison.Ordinal);
}
