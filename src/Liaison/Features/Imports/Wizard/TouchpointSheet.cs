using Liaison.Data;
using Liaison.Features.Imports.Files;
using Liaison.Features.Touchpoints;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Imports.Wizard;

/// <summary>
/// Touchpoints from a spreadsheet: the people, organizations and users a row names must already be on file. A row is
/// the touchpoint with its Liaison id, else the one touchpoint of the same day, subject and desk country; a match gets
/// the cells that differ and the people and organizations it lacks (nothing is unlinked). Desk rights are those of
/// logging a touchpoint; touchpoints kept in step with an engagement are refused.
/// </summary>
internal sealed class TouchpointSheet(LiaisonDbContext db, ImportSession? session, IStringLocalizer localizer, IReadOnlyList<string> headers, IReadOnlyList<string> columns)
    : SheetTarget(db, session, localizer, headers, columns)
{
    private readonly RowReferences _references = new(db);
    private readonly HashSet<int> _people = [];
    private readonly HashSet<int> _organizations = [];

    protected override bool MayWrite(Classification classification, int? deskId, bool hasCountry) => Db.Scope.CanLogTouchpoint(classification, deskId, hasCountry);

    public override async Task PrepareAsync(CancellationToken ct)
    {
        await base.PrepareAsync(ct);
        await _references.PrepareAsync(ct);
    }

    public override async Task<IReadOnlyList<RowOutcome>> ProcessAsync(IReadOnlyList<SpreadsheetRow> rows, bool apply, CancellationToken ct)
    {
        var read = rows.Select(r => TouchpointRowReader.Read(r, Cell, Error, Countries)).ToList();
        await _references.LoadPeopleAsync(read.SelectMany(r => r.PeopleNames), ct);
        foreach (var row in read)
        {
            row.Errors.InsertRange(0, ExtraCells(row.Source));
            row.People = _references.People(row, "people", row.PeopleNames, row.Country?.Id, Error);
        }

        await _references.LoadOrganizationsAsync(read.SelectMany(r => r.People.Select(p => p.CountryId).Append(r.Country?.Id)), read.SelectMany(r => r.OrganizationNames), ct);
        foreach (var row in read)
        {
            row.Organizations = _references.Organizations(row, "organizations", row.OrganizationNames, [row.Country?.Id, .. row.People.Select(p => p.CountryId)], Error);
            row.Participants = _references.Users(row, "our_side", row.OurSide, Error);
            if (row.Id is null && row.People.Count == 0 && row.Organizations.Count == 0 && row.Country is null && row.Errors.Count == 0)
            {
                row.Errors.Add(Error(row.Source, "people", "Name at least one person or organization, or the country."));
            }
        }

        var stored = await StoredAsync(read, apply, ct);
        var outcomes = new List<RowOutcome>(read.Count);
        foreach (var row in read)
        {
            var match = row.Errors.Count > 0 ? null : Match(row, stored);
            outcomes.Add(row.Errors.Count > 0
                ? new RowOutcome(row.Source.Number, RowAction.Invalid, null, row.Name, row.Errors)
                : Decide(row, match, match is null ? null : stored.Linked(match.Id), apply));
        }

        return outcomes;
    }

    public override void Saved() => Forget<Touchpoint>();

    public override async Task FinishAsync(CancellationToken ct)
    {
        await Db.SaveImportedRowsAsync(ct);
        await TouchpointDates.RefreshAsync(Db, _people, _organizations, ct);
    }

    /// <summary>The touchpoints rows name by id, or share a day and subject with: tracked when applying, with their links.</summary>
    private async Task<Stored> StoredAsync(List<TouchpointRow> rows, bool apply, CancellationToken ct)
    {
        var ids = rows.Where(r => r.Errors.Count == 0 && r.Id is not null).Select(r => r.Id!.Value).Distinct().ToList();
        var found = new List<Touchpoint>();
        foreach (var chunk in ids.Chunk(500))
        {
            var query = Db.Touchpoints.Where(t => chunk.Contains(t.Id));
            found.AddRange(await (apply ? query : query.AsNoTracking()).ToListAsync(ct));
        }

        // Same day and subject as written (the day's index narrows, the subject picks): only candidates are loaded, never a
        // whole day's touchpoints, so the work per batch stays the same however many are on file.
        foreach (var chunk in rows.Where(r => r.Errors.Count == 0 && r.Id is null && r.On is not null).Chunk(250))
        {
            var days = chunk.Select(r => r.On!.Value).Distinct().ToList();
            var subjects = chunk.Select(r => r.Name).Distinct().ToList();
            var query = Db.Touchpoints.Where(t => days.Contains(t.On) && subjects.Contains(t.Subject));
            found.AddRange(await (apply ? query : query.AsNoTracking()).ToListAsync(ct));
        }

        var stored = new Stored(found.DistinctBy(t => t.Id).ToDictionary(t => t.Id));
        foreach (var chunk in stored.ById.Keys.Chunk(500))
        {
            foreach (var x in await Db.TouchpointPeople.IgnoreQueryFilters().Where(x => chunk.Contains(x.TouchpointId)).Select(x => new { x.TouchpointId, x.PersonId }).ToListAsync(ct))
            {
                stored.Linked(x.TouchpointId).People.Add(x.PersonId);
            }

            foreach (var x in await Db.TouchpointOrganizations.IgnoreQueryFilters().Where(x => chunk.Contains(x.TouchpointId)).Select(x => new { x.TouchpointId, x.OrganizationId }).ToListAsync(ct))
            {
                stored.Linked(x.TouchpointId).Organizations.Add(x.OrganizationId);
            }

            foreach (var x in await Db.TouchpointParticipants.IgnoreQueryFilters().Where(x => chunk.Contains(x.TouchpointId)).Select(x => new { x.TouchpointId, x.UserId }).ToListAsync(ct))
            {
                stored.Linked(x.TouchpointId).Participants.Add(x.UserId);
            }
        }

        return stored;
    }

    /// <summary>The touchpoints a batch may match, and who is linked to each (whoever may see them).</summary>
    private sealed record Stored(Dictionary<int, Touchpoint> ById)
    {
        private readonly Dictionary<int, Links> _links = [];
        private ILookup<string, Touchpoint>? _byKey;

        /// <summary>The touchpoints (not kept by an engagement) under a day, subject and country key.</summary>
        public IEnumerable<Touchpoint> WithKey(string key) =>
            (_byKey ??= ById.Values.Where(t => t.EngagementId is null).ToLookup(t => DayKey(t.On, t.CountryId, t.Subject)))[key];

        public Links Linked(int touchpointId) => _links.TryGetValue(touchpointId, out var links) ? links : _links[touchpointId] = new Links();
    }

    private sealed class Links
    {
        public HashSet<int> People { get; } = [];
        public HashSet<int> Organizations { get; } = [];
        public HashSet<string> Participants { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The touchpoint this row is: by id, else the one of the same day, subject and owning country; null for a new one.</summary>
    private Touchpoint? Match(TouchpointRow row, Stored stored) =>
        MatchOne(row, () => DayKey(row.On!.Value, row.OwnerCountryId, row.Name), stored.ById, stored.WithKey, t => t.Id, Messages);

    private static readonly MatchMessages Messages = new("subject",
        "Row {0} of this file is the same touchpoint (same id, or same day, subject and country); merge the two rows.",
        "No touchpoint with the id {0} (or not one you may see).",
        "Matches {0} touchpoints on file ({1}); add a Liaison id column to say which.");

    private RowOutcome Decide(TouchpointRow row, Touchpoint? touchpoint, Links? linked, bool apply)
    {
        var classification = row.Classification ?? touchpoint?.Classification ?? Classification.Internal;
        var countryId = touchpoint is null || row.People.Count + row.Organizations.Count > 0 || row.Country is not null ? row.OwnerCountryId : touchpoint.CountryId;
        if (Refusal(row, classification, countryId, touchpoint?.Classification, touchpoint?.CountryId, touchpoint is not null,
            "You may only log touchpoints for the desks you cover.") is { } refused)
        {
            return refused;
        }

        if (touchpoint?.EngagementId is not null)
        {
            return new RowOutcome(row.Source.Number, RowAction.Invalid, null, row.Name, [Error(row.Source, "id", TouchpointEditor.KeptByEngagement)]);
        }

        row.Values[nameof(Touchpoint.CountryId)] = countryId;
        if (touchpoint is null)
        {
            int? id = apply ? Create(row) : null;
            return new RowOutcome(row.Source.Number, RowAction.Create, id, row.Name, []);
        }

        return Update(row, touchpoint, linked!, apply);
    }

    private int Create(TouchpointRow row)
    {
        var now = Clock.UtcNow;
        var touchpoint = new Touchpoint { CreatedById = Db.Scope.UserId, CreatedAt = now, UpdatedAt = now, Classification = Classification.Internal };
        SheetRowReader.Assign(touchpoint, row, apply: true);
        Session!.New(touchpoint);
        Session.Created(touchpoint, nameof(Touchpoint), SourceRow(row.Source), null, owned: false);
        Link(touchpoint.Id, row.People.Select(p => p.Id), row.Organizations.Select(o => o.Id), row.Participants);
        return touchpoint.Id;
    }

    private RowOutcome Update(TouchpointRow row, Touchpoint touchpoint, Links linked, bool apply)
    {
        var previous = SheetRowReader.Assign(touchpoint, row, apply);
        var people = row.People.Select(p => p.Id).Where(p => !linked.People.Contains(p)).ToList();
        var organizations = row.Organizations.Select(o => o.Id).Where(o => !linked.Organizations.Contains(o)).ToList();
        var participants = row.Participants.Where(u => !linked.Participants.Contains(u)).ToList();
        var changed = previous.Count > 0 || people.Count > 0 || organizations.Count > 0 || participants.Count > 0;
        if (apply)
        {
            Link(touchpoint.Id, people, organizations, participants);
            if (previous.ContainsKey(nameof(Touchpoint.On)))
            {
                _people.UnionWith(linked.People);
                _organizations.UnionWith(linked.Organizations);
            }

            ImportedLinks.Remember(previous, ImportedLinks.People, people);
            ImportedLinks.Remember(previous, ImportedLinks.Organizations, organizations);
            ImportedLinks.Remember(previous, ImportedLinks.Participants, participants);
            Session!.Updated(touchpoint, nameof(Touchpoint), SourceRow(row.Source), null, previous, changed);
        }

        return new RowOutcome(row.Source.Number, changed ? RowAction.Update : RowAction.Unchanged, touchpoint.Id, row.Name, []);
    }

    private void Link(int touchpointId, IEnumerable<int> people, IEnumerable<int> organizations, IEnumerable<string> participants)
    {
        foreach (var personId in people)
        {
            Session!.Link(new TouchpointPerson { TouchpointId = touchpointId, PersonId = personId });
            _people.Add(personId);
        }

        foreach (var organizationId in organizations)
        {
            Session!.Link(new TouchpointOrganization { TouchpointId = touchpointId, OrganizationId = organizationId });
            _organizations.Add(organizationId);
        }

        foreach (var userId in participants)
        {
            Session!.Link(new TouchpointParticipant { TouchpointId = touchpointId, UserId = userId });
        }
    }
}
