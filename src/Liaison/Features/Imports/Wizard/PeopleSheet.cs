using Liaison.Data;
using Liaison.Features.Imports.Files;
using Liaison.Features.People;
using Liaison.Features.Search;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Imports.Wizard;

/// <summary>
/// People from a spreadsheet. A row is the person with its Liaison id, else the one person with its e-mail address,
/// else the one person of its country with one of its names (in any script); several candidates make the row an error.
/// A match is updated with the cells that differ (a blank cell never erases); otherwise a person is created, with
/// contact channels, other names and a position in an organization the user can see.
/// </summary>
internal sealed partial class PeopleSheet(LiaisonDbContext db, ImportSession? session, IStringLocalizer localizer, IReadOnlyList<string> headers, IReadOnlyList<string> columns)
    : SheetTarget(db, session, localizer, headers, columns)
{
    private readonly OrganizationIndex _organizations = new(db);
    private readonly HashSet<int> _updated = [];
    public override async Task<IReadOnlyList<RowOutcome>> ProcessAsync(IReadOnlyList<SpreadsheetRow> rows, bool apply, CancellationToken ct)
    {
        var read = rows.Select(r => PersonRowReader.Read(r, Cell, Error, Countries)).ToList();
        foreach (var row in read)
        {
            row.Errors.InsertRange(0, ExtraCells(row.Source));
        }

        await _organizations.LoadAsync(read.Where(r => r.Organization is not null).SelectMany(r => new[] { r.Country?.Id, null }), ct);
        var byId = await ByIdAsync(read, apply, ct);
        var byKey = await ByKeyAsync(read, ct);
        var outcomes = new List<RowOutcome>(read.Count);
        var toLoad = new Dictionary<PersonRow, int>();
        foreach (var row in read)
        {
            ResolveOrganization(row);
            var match = row.Errors.Count > 0 ? null : Match(row, byId, byKey);
            if (match is int id && !byId.ContainsKey(id))
            {
                toLoad[row] = id;
            }
        }

        foreach (var (id, person) in await LoadAsync(toLoad.Values, apply, ct))
        {
            byId[id] = person;
        }

        foreach (var row in read)
        {
            outcomes.Add(row.Errors.Count > 0
                ? new RowOutcome(row.Source.Number, RowAction.Invalid, null, row.Name, row.Errors)
                : Decide(row, row.Id is int id ? byId.GetValueOrDefault(id) : toLoad.TryGetValue(row, out var m) ? byId.GetValueOrDefault(m) : null, apply));
        }

        return outcomes;
    }

    public override async Task FinishAsync(CancellationToken ct)
    {
        await Db.SaveImportedRowsAsync(ct);
        await PeopleIndexer.ReindexAsync(Db, _updated, ct);
        await Db.SaveImportedRowsAsync(ct);
    }

    private void ResolveOrganization(PersonRow row)
    {
        if (row.Organization is null)
        {
            return;
        }

        var found = _organizations.Find(row.Country?.Id, row.Organization);
        if (found.Count == 0)
        {
            found = _organizations.Find(null, row.Organization);
        }

        if (found.Count == 1)
        {
            row.OrganizationId = found[0];
        }
        else
        {
            row.Errors.Add(Error(row.Source, "organization", found.Count == 0
                ? "No organization “{0}” in this person's country or among international ones; import the organizations first."
                : "Several organizations are called “{0}”; use the one's abbreviation or exact name.", row.Organization));
        }
    }

    private async Task<Dictionary<int, Person?>> ByIdAsync(List<PersonRow> rows, bool apply, CancellationToken ct)
    {
        var ids = rows.Where(r => r.Id is not null).Select(r => r.Id!.Value).Distinct().ToList();
        var found = (await LoadAsync(ids, apply, ct)).ToDictionary(p => p.Key, p => (Person?)p.Value);
        foreach (var row in rows.Where(r => r.Id is int id && !found.ContainsKey(id)))
        {
            row.Errors.Add(Error(row.Source, "id", "No person with the id {0} (or not one you may see).", row.Id!));
        }

        return found;
    }

    private async Task<List<KeyValuePair<int, Person>>> LoadAsync(IEnumerable<int> ids, bool apply, CancellationToken ct)
    {
        var result = new List<KeyValuePair<int, Person>>();
        foreach (var chunk in ids.Distinct().Chunk(500))
        {
            var query = Db.People.Include(p => p.OtherNames).Include(p => p.Channels).Include(p => p.Positions).AsSplitQuery()
                .Where(p => chunk.Contains(p.Id) && p.MergedIntoId == null);
            var people = await (apply ? query : query.AsNoTracking()).ToListAsync(ct);
            result.AddRange(people.Select(p => new KeyValuePair<int, Person>(p.Id, p)));
        }

        return result;
    }

    /// <summary>Match keys of the rows (e-mail, names) → the visible people under them and their countries.</summary>
    private async Task<ILookup<string, (int Id, int? CountryId)>> ByKeyAsync(List<PersonRow> rows, CancellationToken ct)
    {
        var keys = rows.Where(r => r.Errors.Count == 0 && r.Id is null).SelectMany(Keys).Distinct().ToList();
        var found = await PersonIndex.VisibleAsync(Db, keys, ct);
        return found.ToLookup(f => f.Key, f => (f.Id, f.CountryId));
    }

    private static IEnumerable<string> Keys(PersonRow row) =>
        AllKeys(row).Where(k => k.StartsWith("e:", StringComparison.Ordinal) || k.StartsWith("n:", StringComparison.Ordinal));

    // Worked out once per row: matching reads them twice, and a created person stores them all.
    private static IReadOnlyList<string> AllKeys(PersonRow row) => row.MatchKeys ??= [.. PeopleIndexer.MatchKeys(Indexed(row, 0))];

    private static PeopleIndexer.IndexedPerson Indexed(PersonRow row, int id) =>
        new(id, row.Name, Text(row, nameof(Person.NameNative)), Text(row, nameof(Person.NameRomanized)), Text(row, nameof(Person.NameZh)),
            Text(row, nameof(Person.FamilyName)), Text(row, nameof(Person.GivenName)), row.OtherNames,
            row.Channels.Select(c => new PeopleIndexer.IndexedChannel(c.Kind, c.Value)).ToList());

    private static string? Text(PersonRow row, string property) => row.Values.GetValueOrDefault(property) as string;

    /// <summary>The person this row is, by id, then e-mail, then names in the row's country; null for a new person.</summary>
    private int? Match(PersonRow row, Dictionary<int, Person?> byId, ILookup<string, (int Id, int? CountryId)> byKey)
    {
        var keys = Keys(row).ToList();
        var emailKeys = keys.Where(k => k.StartsWith("e:", StringComparison.Ordinal)).ToList();
        var ownKeys = row.Id is int given ? [$"i:{given}"] : emailKeys.Count > 0 ? emailKeys : keys.Select(k => k + "|" + row.Country?.Id).ToList();
        if (Repeats(row, ownKeys, "Row {0} of this file is the same person (same id, e-mail or name); merge the two rows."))
        {
            return null;
        }

        if (row.Id is int id)
        {
            return byId.ContainsKey(id) ? id : null;
        }

        var candidates = emailKeys.SelectMany(k => byKey[k]).Select(c => c.Id).Distinct().ToList();
        var by = "email";
        if (candidates.Count == 0)
        {
            var named = keys.Where(k => k.StartsWith("n:", StringComparison.Ordinal)).SelectMany(k => byKey[k]).Distinct().ToList();
            candidates = named.Where(c => c.CountryId == row.Country?.Id).Select(c => c.Id).Distinct().ToList();
            by = "name";
            if (candidates.Count == 0 && named.Count > 0)
            {
                ProbableDuplicates++;
            }
        }

        if (candidates.Count > 1)
        {
            row.Errors.Add(Error(row.Source, by == "email" ? "email" : "name_en",
                "Matches {0} people on file ({1}); add a Liaison id column to say which.", candidates.Count, string.Join(", ", candidates.Order().Take(5).Select(c => "#" + c))));
            return null;
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }
}
