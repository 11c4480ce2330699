using Liaison.Data;
using Liaison.Features.Engagements;
using Liaison.Features.Imports.Files;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Imports.Wizard;

/// <summary>
/// Engagements from a spreadsheet (typically the department's record of past visits and talks). The organizations,
/// delegation members, hosts and officer a row names must already be on file. A row is the engagement with its Liaison
/// id, else the one engagement with the same title, first day and lead country. Rights are the organizers'; a status
/// beyond proposed that implies approval needs an approver, and a status on file only moves along the lifecycle.
/// Completed engagements get their timeline touchpoint as the engagement page gives it.
/// </summary>
internal sealed partial class EngagementSheet(LiaisonDbContext db, ImportSession? session, IStringLocalizer localizer, IReadOnlyList<string> headers, IReadOnlyList<string> columns)
    : SheetTarget(db, session, localizer, headers, columns)
{
    private readonly RowReferences _references = new(db);
    private readonly HashSet<int> _people = [];
    private readonly HashSet<int> _organizations = [];
    private readonly List<EngagementMember> _addedMembers = [];
    private readonly HashSet<int> _completedUpdates = [];

    protected override bool MayWrite(Classification classification, int? deskId, bool hasCountry) => Db.Scope.CanOrganize(classification, deskId, hasCountry);

    public override async Task PrepareAsync(CancellationToken ct)
    {
        await base.PrepareAsync(ct);
        await _references.PrepareAsync(ct);
    }

    public override async Task<IReadOnlyList<RowOutcome>> ProcessAsync(IReadOnlyList<SpreadsheetRow> rows, bool apply, CancellationToken ct)
    {
        var read = rows.Select(r => EngagementRowReader.Read(r, Cell, Error, Countries)).ToList();
        await _references.LoadPeopleAsync(read.SelectMany(r => r.DelegationNames.Concat(r.HostNames)), ct);
        await _references.LoadOrganizationsAsync(read.SelectMany(r => r.OtherCountries.Select(c => (int?)c.Id).Append(r.Country?.Id)), read.SelectMany(r => r.OrganizationNames), ct);
        foreach (var row in read)
        {
            row.Errors.InsertRange(0, ExtraCells(row.Source));
            row.Organizations = _references.Organizations(row, "organizations", row.OrganizationNames, [row.Country?.Id, .. row.OtherCountries.Select(c => (int?)c.Id)], Error);
            row.Delegation = _references.People(row, "delegation", row.DelegationNames, row.LeadCountryId, Error);
            row.Hosts = _references.People(row, "hosts", row.HostNames, null, Error);
            if (row.OwnerName is not null)
            {
                row.OwnerId = _references.Users(row, "owner", [row.OwnerName], Error).FirstOrDefault();
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

    public override void Saved() => Forget<Engagement>();

    public override async Task FinishAsync(CancellationToken ct)
    {
        await Db.SaveImportedRowsAsync(ct);
        await EngagementCounts.RecountAsync(Db, _addedMembers, ct);
        await Touchpoints.TouchpointDates.RefreshAsync(Db, _people, _organizations, ct);
        // Completed engagements that changed keep their touchpoint in step, as a save on their page does.
        Db.ChangeTracker.AutoDetectChangesEnabled = true;
        try
        {
            foreach (var id in _completedUpdates)
            {
                await EngagementTouchpoint.SyncAsync(Db, id, ct);
            }
        }
        finally
        {
            Db.ChangeTracker.AutoDetectChangesEnabled = false;
        }
    }

    /// <summary>The engagements rows name by id or share a first day and title with (tracked when applying), and what is linked to each.</summary>
    private async Task<Stored> StoredAsync(List<EngagementRow> rows, bool apply, CancellationToken ct)
    {
        var ids = rows.Where(r => r.Errors.Count == 0 && r.Id is not null).Select(r => r.Id!.Value).Distinct().ToList();
        var found = new List<Engagement>();
        foreach (var chunk in ids.Chunk(500))
        {
            var query = Db.Engagements.Where(e => chunk.Contains(e.Id));
            found.AddRange(await (apply ? query : query.AsNoTracking()).ToListAsync(ct));
        }

        // Same first day and title as written: only candidates are loaded, so the work per batch does not grow with the file.
        foreach (var chunk in rows.Where(r => r.Errors.Count == 0 && r.Id is null && r.StartsOn is not null).Chunk(250))
        {
            var days = chunk.Select(r => r.StartsOn!.Value).Distinct().ToList();
            var titles = chunk.Select(r => r.Name).Distinct().ToList();
            var query = Db.Engagements.Where(e => days.Contains(e.StartsOn) && titles.Contains(e.Title));
            found.AddRange(await (apply ? query : query.AsNoTracking()).ToListAsync(ct));
        }

        var stored = new Stored(found.DistinctBy(e => e.Id).ToDictionary(e => e.Id));
        foreach (var chunk in stored.ById.Keys.Chunk(500))
        {
            foreach (var x in await Db.EngagementOrganizations.IgnoreQueryFilters().Where(x => chunk.Contains(x.EngagementId)).Select(x => new { x.EngagementId, x.OrganizationId }).ToListAsync(ct))
            {
                stored.Linked(x.EngagementId).Organizations.Add(x.OrganizationId);
            }

            foreach (var x in await Db.EngagementCountries.IgnoreQueryFilters().Where(x => chunk.Contains(x.EngagementId)).Select(x => new { x.EngagementId, x.CountryId }).ToListAsync(ct))
            {
                stored.Linked(x.EngagementId).Countries.Add(x.CountryId);
            }

            foreach (var x in await Db.EngagementMembers.IgnoreQueryFilters().Where(x => chunk.Contains(x.EngagementId)).Select(x => new { x.EngagementId, x.PersonId, x.Side, x.Rank }).ToListAsync(ct))
            {
                var linked = stored.Linked(x.EngagementId);
                linked.Members.Add(x.PersonId);
                linked.LastRank[x.Side] = Math.Max(linked.LastRank.GetValueOrDefault(x.Side), x.Rank);
            }
        }

        return stored;
    }

    /// <summary>The engagements a batch may match, and what is linked to each (whoever may see it).</summary>
    private sealed record Stored(Dictionary<int, Engagement> ById)
    {
        private readonly Dictionary<int, Links> _links = [];
        private ILookup<string, Engagement>? _byKey;

        /// <summary>The engagements under a first day, title and lead country key.</summary>
        public IEnumerable<Engagement> WithKey(string key) => (_byKey ??= ById.Values.ToLookup(e => DayKey(e.StartsOn, e.CountryId, e.Title)))[key];

        public Links Linked(int engagementId) => _links.TryGetValue(engagementId, out var links) ? links : _links[engagementId] = new Links();
    }

    private sealed class Links
    {
        public HashSet<int> Organizations { get; } = [];
        public HashSet<int> Countries { get; } = [];
        public HashSet<int> Members { get; } = [];
        public Dictionary<EngagementSide, int> LastRank { get; } = [];
    }

    /// <summary>The engagement this row is: by id, else the one with the same title, first day and lead country; null for a new one.</summary>
    private Engagement? Match(EngagementRow row, Stored stored) =>
        MatchOne(row, () => DayKey(row.StartsOn!.Value, row.LeadCountryId, row.Name), stored.ById, stored.WithKey, e => e.Id, Messages);

    private static readonly MatchMessages Messages = new("title",
        "Row {0} of this file is the same engagement (same id, or same title, first day and country); merge the two rows.",
        "No engagement with the id {0} (or not one you may see).",
        "Matches {0} engagements on file ({1}); add a Liaison id column to say which.");
}
