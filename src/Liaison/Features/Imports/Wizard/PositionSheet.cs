using Liaison.Data;
using Liaison.Features.Imports.Files;
using Liaison.Features.People;
using Liaison.Features.Search;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Imports.Wizard;

/// <summary>
/// Positions from a spreadsheet (who held which post in which organization, and when): the person and organization must
/// already be on file. A row is the position with its Liaison id, else the one position of that person in that
/// organization with the same title (and start, when both have one). Rights are those of editing the person.
/// </summary>
internal sealed class PositionSheet(LiaisonDbContext db, ImportSession? session, IStringLocalizer localizer, IReadOnlyList<string> headers, IReadOnlyList<string> columns)
    : SheetTarget(db, session, localizer, headers, columns)
{
    private readonly RowReferences _references = new(db);

    public override async Task<IReadOnlyList<RowOutcome>> ProcessAsync(IReadOnlyList<SpreadsheetRow> rows, bool apply, CancellationToken ct)
    {
        var read = rows.Select(r => PositionRowReader.Read(r, Cell, Error)).ToList();
        var byId = await ByIdAsync(read.Where(r => r.Errors.Count == 0 && r.Id is not null).Select(r => r.Id!.Value), apply, ct);
        await _references.LoadPeopleAsync(read.Select(r => r.PersonName).OfType<string>(), ct);
        foreach (var row in read)
        {
            row.Errors.InsertRange(0, ExtraCells(row.Source));
            if (row.PersonName is not null && _references.People(row, "person", [row.PersonName], null, Error) is [var person])
            {
                row.Person = person;
            }
        }

        await _references.LoadOrganizationsAsync(read.Select(r => r.Person?.CountryId), read.Select(r => r.OrganizationName).OfType<string>(), ct);
        foreach (var row in read.Where(r => r.OrganizationName is not null))
        {
            if (_references.Organizations(row, "organization", [row.OrganizationName!], [row.Person?.CountryId], Error) is [var organization])
            {
                row.OrganizationId = organization.Id;
            }
        }

        var personIds = read.Select(r => r.Person?.Id).Concat(byId.Values.Select(p => (int?)p.PersonId)).OfType<int>().Distinct().ToList();
        var people = new Dictionary<int, (Classification Classification, int? CountryId)>();
        var stored = new List<Position>();
        foreach (var chunk in personIds.Chunk(500))
        {
            foreach (var p in await Db.People.AsNoTracking().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.Classification, p.CountryId }).ToListAsync(ct))
            {
                people[p.Id] = (p.Classification, p.CountryId);
            }

            var query = Db.Positions.Where(p => chunk.Contains(p.PersonId));
            stored.AddRange(await (apply ? query : query.AsNoTracking()).ToListAsync(ct));
        }

        var byPerson = stored.Concat(byId.Values).DistinctBy(p => p.Id).ToLookup(p => p.PersonId);
        var outcomes = new List<RowOutcome>(read.Count);
        foreach (var row in read)
        {
            var match = row.Errors.Count > 0 ? null : Match(row, byId, byPerson);
            outcomes.Add(row.Errors.Count > 0
                ? new RowOutcome(row.Source.Number, RowAction.Invalid, null, row.Name, row.Errors)
                : Decide(row, match, people[match?.PersonId ?? row.Person!.Value.Id], apply));
        }

        return outcomes;
    }

    public override Task FinishAsync(CancellationToken ct) => Db.SaveImportedRowsAsync(ct);

    public override void Saved() => Forget<Position>();

    private async Task<Dictionary<int, Position>> ByIdAsync(IEnumerable<int> ids, bool apply, CancellationToken ct)
    {
        var found = new Dictionary<int, Position>();
        foreach (var chunk in ids.Distinct().Chunk(500))
        {
            var query = Db.Positions.Where(p => chunk.Contains(p.Id));
            foreach (var p in await (apply ? query : query.AsNoTracking()).ToListAsync(ct))
            {
                found[p.Id] = p;
            }
        }

        return found;
    }

    /// <summary>The position this row is: by id, else the one of that person and organization with the same title (and start); null for a new one.</summary>
    private Position? Match(PositionRow row, Dictionary<int, Position> byId, ILookup<int, Position> byPerson)
    {
        var from = row.Values.GetValueOrDefault(nameof(Position.From)) as DateOnly?;
        var title = TextNormalizer.Normalize(row.Values.GetValueOrDefault(nameof(Position.Title)) as string);
        return MatchOne(row, () => $"{row.Person!.Value.Id}|{row.OrganizationId}|{title}|{from:yyyy-MM-dd}", byId,
            _ => byPerson[row.Person!.Value.Id].Where(p => p.OrganizationId == row.OrganizationId && TextNormalizer.Normalize(p.Title) == title
                && (from is null || p.From is null || p.From == from)), p => p.Id, Messages);
    }

    private static readonly MatchMessages Messages = new("title",
        "Row {0} of this file is the same position (same id, or same person, organization, title and start); merge the two rows.",
        "No position with the id {0} (or not one you may see).",
        "Matches {0} positions on file ({1}); add a Liaison id column to say which.");

    private RowOutcome Decide(PositionRow row, Position? position, (Classification Classification, int? CountryId) person, bool apply)
    {
        if (Refusal(row, person.Classification, person.CountryId, person.Classification, person.CountryId, position is not null,
            "You may only add and change people in the countries of your desks.") is { } refused)
        {
            return refused;
        }

        var from = row.Values.GetValueOrDefault(nameof(Position.From)) as DateOnly? ?? position?.From;
        var to = row.Values.GetValueOrDefault(nameof(Position.To)) as DateOnly? ?? position?.To;
        if (from is not null && to is not null && to <= from)
        {
            return new RowOutcome(row.Source.Number, RowAction.Invalid, null, row.Name, [Error(row.Source, "to", "The end date must be after the start date.")]);
        }

        if (row.OrganizationId is int organizationId)
        {
            row.Values[nameof(Position.OrganizationId)] = organizationId;
        }

        var source = SourceRow(row.Source);
        if (position is null)
        {
            int? id = null;
            if (apply)
            {
                var created = new Position { PersonId = row.Person!.Value.Id, Kind = PositionKind.Other };
                SheetRowReader.Assign(created, row, apply: true);
                id = Session!.New(created).Id;
                Session.Created(created, nameof(Position), source, null, owned: false);
            }

            return new RowOutcome(row.Source.Number, RowAction.Create, id, row.Name, []);
        }

        var previous = SheetRowReader.Assign(position, row, apply);
        if (apply)
        {
            Session!.Updated(position, nameof(Position), source, null, previous);
        }

        return new RowOutcome(row.Source.Number, previous.Count > 0 ? RowAction.Update : RowAction.Unchanged, position.Id, row.Name, []);
    }
}
