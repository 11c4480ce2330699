using Liaison.Data;
using Liaison.Features.Imports.Files;
using Liaison.Features.Organizations;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Imports.Wizard;

/// <summary>
/// Organizations from a spreadsheet. A row is the organization with its Liaison id, else the one with one of its
/// external ids (Party Facts, ParlGov, Wikidata), else the one of its country with one of its names in any script;
/// several candidates make the row an error. A match is updated with the cells that differ (a blank cell never erases).
/// </summary>
internal sealed class OrganizationSheet(LiaisonDbContext db, ImportSession? session, IStringLocalizer localizer, IReadOnlyList<string> headers, IReadOnlyList<string> columns)
    : SheetTarget(db, session, localizer, headers, columns)
{
    private readonly OrganizationIndex _index = new(db);
    public override Task FinishAsync(CancellationToken ct) => Task.CompletedTask;

    public override async Task<IReadOnlyList<RowOutcome>> ProcessAsync(IReadOnlyList<SpreadsheetRow> rows, bool apply, CancellationToken ct)
    {
        var read = rows.Select(r => OrganizationRowReader.Read(r, Cell, Error, Countries)).ToList();
        foreach (var row in read)
        {
            row.Errors.InsertRange(0, ExtraCells(row.Source));
        }

        await _index.LoadAsync(read.Select(r => r.Country?.Id), ct);
        var byExternal = await ByExternalIdAsync(read, ct);
        var matches = new Dictionary<OrganizationRow, int>();
        foreach (var row in read.Where(r => r.Errors.Count == 0))
        {
            if (Match(row, byExternal) is int id)
            {
                matches[row] = id;
            }
        }

        var loaded = new Dictionary<int, Organization>();
        foreach (var chunk in matches.Values.Distinct().Chunk(500))
        {
            var query = Db.Organizations.Include(o => o.OtherNames).Include(o => o.ExternalIds).AsSplitQuery().Where(o => chunk.Contains(o.Id));
            foreach (var o in await (apply ? query : query.AsNoTracking()).ToListAsync(ct))
            {
                loaded[o.Id] = o;
            }
        }

        foreach (var row in read.Where(r => r.Id is int id && !loaded.ContainsKey(id) && r.Errors.Count == 0))
        {
            row.Errors.Add(Error(row.Source, "id", "No organization with the id {0} (or not one you may see).", row.Id!));
        }

        return read.Select(row => row.Errors.Count > 0
            ? new RowOutcome(row.Source.Number, RowAction.Invalid, null, row.Name, row.Errors)
            : Decide(row, matches.TryGetValue(row, out var id) ? loaded[id] : null, apply)).ToList();
    }

    private async Task<Dictionary<(string Scheme, string Value), int>> ByExternalIdAsync(List<OrganizationRow> rows, CancellationToken ct)
    {
        var wanted = rows.Where(r => r.Id is null).SelectMany(r => r.ExternalIds).Distinct().ToList();
        var found = new Dictionary<(string, string), int>();
        foreach (var group in wanted.GroupBy(w => w.Scheme))
        {
            foreach (var chunk in group.Select(w => w.Value).Chunk(500))
            {
                var hits = await Db.Organizations.AsNoTracking().SelectMany(o => o.ExternalIds, (o, e) => new { e.Scheme, e.Value, o.Id })
                    .Where(e => e.Scheme == group.Key && chunk.Contains(e.Value)).ToListAsync(ct);
                foreach (var hit in hits)
                {
                    found.TryAdd((hit.Scheme, hit.Value), hit.Id);
                }
            }
        }

        return found;
    }

    private int? Match(OrganizationRow row, Dictionary<(string Scheme, string Value), int> byExternal)
    {
        var names = row.Names.Select(Search.TextNormalizer.Normalize).Where(n => n.Length > 0).Distinct().ToList();
        var ownKeys = row.Id is int given ? [$"i:{given}"]
            : row.ExternalIds.Count > 0 ? row.ExternalIds.Select(e => $"x:{e.Scheme}:{e.Value}").ToList()
            : names.Select(n => $"n:{row.Country?.Id}:{n}").ToList();
        if (Repeats(row, ownKeys, "Row {0} of this file is the same organization (same id, external id or name); merge the two rows."))
        {
            return null;
        }

        if (row.Id is int id)
        {
            return id;
        }

        var candidates = row.ExternalIds.Where(byExternal.ContainsKey).Select(e => byExternal[e]).Distinct().ToList();
        if (candidates.Count == 0)
        {
            candidates = names.SelectMany(n => _index.Find(row.Country?.Id, n)).Distinct().ToList();
        }

        if (candidates.Count > 1)
        {
            row.Errors.Add(Error(row.Source, "name_en", "Matches {0} organizations on file ({1}); add a Liaison id column to say which.",
                candidates.Count, string.Join(", ", candidates.Order().Take(5).Select(c => "#" + c))));
            return null;
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }

    private RowOutcome Decide(OrganizationRow row, Organization? organization, bool apply)
    {
        var classification = row.Classification ?? organization?.Classification ?? Classification.Internal;
        var countryId = row.Country?.Id ?? organization?.CountryId;
        if (Refusal(row, classification, countryId, organization?.Classification, organization?.CountryId, organization is not null,
            "You may only add and change organizations in the countries of your desks.") is { } refused)
        {
            return refused;
        }

        var source = SourceRow(row.Source);
        var externalIds = string.Join(" ", row.ExternalIds.Select(e => e.Scheme + ":" + e.Value));
        if (organization is null)
        {
            int? id = null;
            if (apply)
            {
                var created = new Organization { Classification = classification };
                SheetRowReader.Assign(created, row, apply: true);

                Session!.Create(created, source, externalIds);
                AddChildren(created, row, source);
                _index.Add(created.CountryId, created.Id, [.. row.Names, .. row.OtherNames]);
                id = created.Id;
            }

            return new RowOutcome(row.Source.Number, RowAction.Create, id, row.Name, []);
        }

        var previous = SheetRowReader.Assign(organization, row, apply);
        var newNames = row.OtherNames.Where(n => n != organization.NameEn && organization.OtherNames.All(o => o.Name != n)).ToList();
        var newIds = row.ExternalIds.Where(e => !organization.ExternalIds.Any(x => x.Scheme == e.Scheme)).ToList();
        var changed = previous.Count > 0 || newNames.Count > 0 || newIds.Count > 0;
        if (apply)
        {
            foreach (var name in newNames)
            {
                Session!.AddName(organization, new OrganizationName { Name = name, Kind = OrganizationNameKind.Alias }, source, externalIds);
            }

            foreach (var (scheme, value) in newIds)
            {
                Session!.AddExternalId(organization, scheme, value, source);
            }

            Session!.Updated(organization, nameof(Organization), source, externalIds, previous, changed);
        }

        return new RowOutcome(row.Source.Number, changed ? RowAction.Update : RowAction.Unchanged, organization.Id, row.Name, []);
    }

    private void AddChildren(Organization organization, OrganizationRow row, string source)
    {
        foreach (var name in row.OtherNames.Where(n => n != organization.NameEn))
        {
            Session!.AddName(organization, new OrganizationName { Name = name, Kind = OrganizationNameKind.Alias }, source, null);
        }

        foreach (var (scheme, value) in row.ExternalIds)
        {
            Session!.AddExternalId(organization, scheme, value, source);
        }
    }
}
