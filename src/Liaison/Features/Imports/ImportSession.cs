using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Liaison.Data;
using Liaison.Features.Countries;
using Liaison.Features.Demo.Scale;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Imports;

public sealed record ImportSummary(int RunId, string Kind, int Created, int Updated, int Skipped, IReadOnlyDictionary<string, int> CreatedByType, TimeSpan Elapsed);

/// <summary>
/// What the importers share: one transaction per run, the run row, existing keys loaded once, matching of organizations
/// (external ids first, then names of hand-made records), and the provenance of every created or updated row.
/// </summary>
internal sealed class ImportSession
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    // New rows carry keys assigned here and are written in bulk (parents first), bypassing the change tracker.
    private static readonly Type[] WriteOrder =
    [
        typeof(Organization), typeof(OrganizationName), typeof(ExternalId), typeof(LineageLink), typeof(Election), typeof(ElectionResult),
        typeof(StandingSpan), typeof(Person), typeof(PersonName), typeof(Position), typeof(ContactChannel), typeof(PersonMatchKey),
        typeof(Engagements.Engagement), typeof(Engagements.EngagementOrganization), typeof(Engagements.EngagementCountry), typeof(Engagements.EngagementMember),
        typeof(Engagements.EngagementTransition), typeof(Touchpoints.Touchpoint), typeof(Touchpoints.TouchpointPerson), typeof(Touchpoints.TouchpointOrganization),
        typeof(Touchpoints.TouchpointParticipant), typeof(ImportRecord), typeof(SearchEntry),
    ];

    // Rows with a key of their own (the others only link two records, see Link).
    private static readonly Type[] Keyed = [.. WriteOrder.Where(t => t.GetProperty("Id") is not null)];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<object, int>> IdGetters = new();

    private readonly Dictionary<Type, System.Collections.IList> _new = [];
    private readonly Dictionary<Type, long> _nextId = [];
    private readonly Dictionary<(string Scheme, string Value), Organization> _byExternalId = [];
    private readonly Dictionary<(int CountryId, string Name), List<Organization>> _manualByName = [];
    private readonly HashSet<Organization> _claimed = [];
    private readonly HashSet<Organization> _reindex = [];
    private readonly Dictionary<Organization, List<string>> _names = [];
    private readonly HashSet<object> _created = new(ReferenceEqualityComparer.Instance);
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private ScaleBulk? _bulk;

    private ImportSession(LiaisonDbContext db, ImportRun run)
    {
        Db = db;
        Run = run;
    }

    public LiaisonDbContext Db { get; }
    public ImportRun Run { get; }
    public Dictionary<string, int> CountryIds { get; private set; } = [];
    public Dictionary<string, int> CreatedByType { get; } = new(StringComparer.Ordinal);
    public HashSet<Organization> CreatedOrganizations { get; } = [];

    /// <summary>SHA-256 of the given files, in order, as lower-case hex.</summary>
    public static string Sha256Of(IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            hash.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Opens the run's transaction and loads the keys it matches against; the caller must <see cref="FinishAsync"/>.</summary>
    public static async Task<ImportSession> BeginAsync(LiaisonDbContext db, string kind, string sourceName, string sha256, CancellationToken ct, bool matchParties = true)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.BeginTransactionAsync(ct);
        var run = new ImportRun
        {
            Kind = kind,
            SourceName = sourceName.Length > 500 ? sourceName[^500..] : sourceName,
            SourceSha256 = sha256,
            UserId = db.Scope.UserId,
            UserName = db.Scope.UserName,
            StartedAt = Clock.UtcNow,
        };
        db.ImportRuns.Add(run);
        await db.SaveImportedRowsAsync(ct);
        var session = new ImportSession(db, run);
        var next = await ScaleBulk.NextIdsAsync(db, Keyed, ct);
        for (var i = 0; i < Keyed.Length; i++)
        {
            session._nextId[Keyed[i]] = next[i];
        }

        if (matchParties)
        {
            await session.LoadAsync(ct);
        }

        return session;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CountryIds = await Db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Iso3, c => c.Id, StringComparer.OrdinalIgnoreCase, ct);
        var parties = await Db.Organizations.IgnoreQueryFilters().Where(o => o.Kind == OrganizationKind.PoliticalParty).ToListAsync(ct);
        var byId = parties.ToDictionary(o => o.Id);
        var ids = await Db.ExternalIds.AsNoTracking().Select(e => new { e.Scheme, e.Value, e.OrganizationId }).ToListAsync(ct);
        foreach (var id in ids.Where(i => byId.ContainsKey(i.OrganizationId)))
        {
            _byExternalId.TryAdd((id.Scheme, id.Value), byId[id.OrganizationId]);
        }

        var linked = ids.Where(i => i.Scheme is ExternalSchemes.PartyFacts or ExternalSchemes.ParlGov).Select(i => i.OrganizationId).ToHashSet();
        foreach (var o in parties.Where(o => o.CountryId is not null && !linked.Contains(o.Id)))
        {
            foreach (var name in new[] { o.NameEn, o.NameNative, o.NameRomanized }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(NameKey).Distinct())
            {
                (int CountryId, string Name) key = (o.CountryId!.Value, name);
                if (!_manualByName.TryGetValue(key, out var list))
                {
                    _manualByName[key] = list = [];
                }

                list.Add(o);
            }
        }
    }

    private static string NameKey(string? name) => TextNormalizer.Normalize(name);

    /// <summary>The organization already on file for these external ids, or else the one hand-made party of that country with one of these names.</summary>
    public Organization? Match(IEnumerable<(string Scheme, string Value)> ids, int countryId, IEnumerable<string?> names)
    {
        foreach (var id in ids)
        {
            if (_byExternalId.TryGetValue(id, out var found))
            {
                return found;
            }
        }

        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(NameKey).Distinct())
        {
            if (_manualByName.TryGetValue((countryId, name), out var candidates) && candidates.Count == 1 && !_claimed.Contains(candidates[0]))
            {
                _claimed.Add(candidates[0]);
                return candidates[0];
            }
        }

        return null;
    }

    /// <summary>Gives a new row its key and queues it for the bulk write.</summary>
    public T New<T>(T entity) where T : class
    {
        Key<T>.Set(entity, _nextId[typeof(T)]++);
        return Link(entity);
    }

    /// <summary>Queues a row that only links two records (it has no key of its own) for the bulk write, after the rows it links.</summary>
    public T Link<T>(T entity) where T : class
    {
        if (!_new.TryGetValue(typeof(T), out var list))
        {
            _new[typeof(T)] = list = new List<T>();
        }

        list.Add(entity);
        return entity;
    }

    public Organization? FindByExternalId(string scheme, string value) => _byExternalId.GetValueOrDefault((scheme, value));

    /// <summary>Adds a new organization; its external ids point at it from now on.</summary>
    public void Create(Organization organization, string row, string externalIds)
    {
        organization.CreatedAt = organization.UpdatedAt = Clock.UtcNow;
        New(organization);
        CreatedOrganizations.Add(organization);
        _reindex.Add(organization);
        Created(organization, nameof(Organization), row, externalIds, owned: false);
    }

    /// <summary>Gives an organization an external id unless some organization already has it; true when added.</summary>
    public bool AddExternalId(Organization organization, string scheme, string? value, string row)
    {
        if (string.IsNullOrWhiteSpace(value) || _byExternalId.ContainsKey((scheme, value)))
        {
            return false;
        }

        _byExternalId[(scheme, value)] = organization;
        var id = New(new ExternalId { OrganizationId = organization.Id, Scheme = scheme, Value = value });
        Created(id, nameof(ExternalId), row, $"{scheme}:{value}", CreatedOrganizations.Contains(organization));
        return true;
    }

    /// <summary>Counts a created row; its provenance is kept unless its owner was created by this run too (a rollback removes it with the owner).</summary>
    public void Created(object entity, string type, string? row, string? externalIds, bool owned)
    {
        CreatedByType[type] = CreatedByType.GetValueOrDefault(type) + 1;
        _created.Add(entity);
        Run.Created++;
        if (!owned)
        {
            Provenance(entity, type, ImportAction.Created, row, externalIds, null);
        }
    }

    /// <summary>Sets a field when it differs, keeping the first previous value for the provenance row.</summary>
    public static void Set<T>(Dictionary<string, object?> previous, string field, T current, T value, Action<T> set)
    {
        if (!EqualityComparer<T>.Default.Equals(current, value))
        {
            previous.TryAdd(field, current);
            set(value);
        }
    }

    /// <summary>
    /// Records an update of an existing row when any field changed (or, with <paramref name="childrenChanged"/>, when rows
    /// were added to it); otherwise counts the source row as skipped.
    /// </summary>
    public void Updated(object entity, string type, string? row, string? externalIds, Dictionary<string, object?> previous, bool childrenChanged = false)
    {
        if (previous.Count == 0 && !childrenChanged)
        {
            Run.Skipped++;
            return;
        }

        if (entity is Organization organization)
        {
            previous.TryAdd(nameof(Organization.UpdatedAt), organization.UpdatedAt);
            previous.TryAdd(nameof(Organization.Version), organization.Version);
            organization.UpdatedAt = Clock.UtcNow;
            organization.Version++;
            _reindex.Add(organization);
        }
        else if (entity is Person person)
        {
            previous.TryAdd(nameof(Person.UpdatedAt), person.UpdatedAt);
            previous.TryAdd(nameof(Person.Version), person.Version);
            person.UpdatedAt = Clock.UtcNow;
            person.Version++;
        }
        else if (entity is Position position)
        {
            previous.TryAdd(nameof(Position.Version), position.Version);
            position.Version++;
        }
        else if (entity is Touchpoints.Touchpoint touchpoint)
        {
            previous.TryAdd(nameof(Touchpoints.Touchpoint.UpdatedAt), touchpoint.UpdatedAt);
            previous.TryAdd(nameof(Touchpoints.Touchpoint.Version), touchpoint.Version);
            touchpoint.UpdatedAt = Clock.UtcNow;
            touchpoint.Version++;
        }
        else if (entity is Engagements.Engagement engagement)
        {
            previous.TryAdd(nameof(Engagements.Engagement.UpdatedAt), engagement.UpdatedAt);
            previous.TryAdd(nameof(Engagements.Engagement.Version), engagement.Version);
            engagement.UpdatedAt = Clock.UtcNow;
            engagement.Version++;
        }

        Run.Updated++;
        Provenance(entity, type, ImportAction.Updated, row, externalIds, JsonSerializer.Serialize(previous, Json));
    }

    private void Provenance(object entity, string type, ImportAction action, string? row, string? externalIds, string? previous) =>
        New(new ImportRecord
        {
            RunId = Run.Id,
            RecordType = type,
            RecordId = IdGetters.GetOrAdd(entity.GetType(), KeyGetter)(entity),
            Action = action,
            SourceRow = row,
            ExternalIds = externalIds,
            Previous = previous,
            Version = entity switch { Organization o => o.Version, Person p => p.Version, Position p => p.Version, Touchpoints.Touchpoint t => t.Version, Engagements.Engagement e => e.Version, _ => null },
        });

    /// <summary>Adds another name to an organization (searchable once the run finishes).</summary>
    public void AddName(Organization organization, OrganizationName name, string? row, string? externalIds)
    {
        name.OrganizationId = organization.Id;
        New(name);
        if (!_names.TryGetValue(organization, out var names))
        {
            _names[organization] = names = [];
        }

        names.Add(name.Name);
        _reindex.Add(organization);
        Created(name, nameof(OrganizationName), row, externalIds, CreatedOrganizations.Contains(organization));
    }

    public bool WasCreated(object entity) => _created.Contains(entity);

    public void Skip(int count = 1) => Run.Skipped += count;

    /// <summary>Writes the updates of tracked rows and the new rows in bulk.</summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        _bulk ??= new ScaleBulk(Db);
        if (!Db.IsPostgres)
        {
            // Updated rows, a prepared statement each (SaveChanges would send a command per row); the rest goes through SaveChanges.
            Db.ChangeTracker.DetectChanges();
            _bulk.Update(Db.ChangeTracker.Entries()
                .Where(e => e.State == EntityState.Modified && e.Properties.All(p => !p.IsModified || p.Metadata.PropertyInfo is not null)).ToList());
        }

        await Db.SaveImportedRowsAsync(ct);
        var written = WriteOrder.Where(_new.ContainsKey).ToList();
        foreach (var type in written)
        {
            await _bulk.WriteAsync(type, (IReadOnlyList<object>)_new[type], ct);
        }

        // Rows the change tracker adds later (reindexing) take keys after these.
        await ScaleBulk.ResetIdentitiesAsync(Db, [.. written.Intersect(Keyed)], ct);

        _new.Clear();
    }

    /// <summary>Saves the rest, reindexes names, records the run and its audit entry, and commits.</summary>
    public async Task<ImportSummary> FinishAsync(CancellationToken ct)
    {
        // Search entries are rebuilt here in bulk: created organizations from what this run knows, updated ones with their stored names too.
        var updated = _reindex.Where(o => !CreatedOrganizations.Contains(o)).ToList();
        var stored = new List<(int OrganizationId, string Name)>();
        foreach (var chunk in updated.Select(o => o.Id).Chunk(500))
        {
            await Db.SearchEntries.Where(e => e.Kind == SearchKinds.Organization && chunk.Contains(e.RecordId)).ExecuteDeleteAsync(ct);
            stored.AddRange((await Db.OrganizationNames.IgnoreQueryFilters().Where(n => chunk.Contains(n.OrganizationId))
                .Select(n => new { n.OrganizationId, n.Name }).ToListAsync(ct)).Select(n => (n.OrganizationId, n.Name)));
        }

        var storedNames = stored.ToLookup(n => n.OrganizationId, n => n.Name);
        foreach (var o in _reindex)
        {
            var others = CreatedOrganizations.Contains(o) ? _names.GetValueOrDefault(o) ?? [] : storedNames[o.Id].Concat(_names.GetValueOrDefault(o) ?? []);
            foreach (var entry in SearchIndexer.OrganizationEntries(o, others))
            {
                New(entry);
            }
        }

        await SaveAsync(ct);
        if (_bulk is not null)
        {
            await _bulk.DisposeAsync();
            _bulk = null;
        }

        Run.FinishedAt = Clock.UtcNow;
        Db.Entry(Run).State = EntityState.Modified;
        await Db.SaveImportedRowsAsync(ct);
        var details = JsonSerializer.Serialize(new { Run.Kind, Run.SourceName, Run.SourceSha256, Run.Created, Run.Updated, Run.Skipped, CreatedByType }, Json);
        await Db.AuditImportAsync("import", Run.Id, details, ct);
        await Db.Database.CommitTransactionAsync(ct);
        Engagements.Statistics.StatisticsCache.Invalidate();
        return new ImportSummary(Run.Id, Run.Kind, Run.Created, Run.Updated, Run.Skipped, CreatedByType, _clock.Elapsed);
    }

    private static Func<object, int> KeyGetter(Type type) =>
        typeof(ImportSession).GetMethod(nameof(KeyOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type).CreateDelegate<Func<object, int>>();

    private static int KeyOf<T>(object entity) where T : class => checked((int)Key<T>.Get((T)entity));

    /// <summary>A row's key, read and set through delegates bound once per type instead of by reflection on every row.</summary>
    private static class Key<T> where T : class
    {
        private static readonly System.Reflection.PropertyInfo Property = typeof(T).GetProperty("Id")!;

        public static readonly Action<T, long> Set = Property.PropertyType == typeof(long)
            ? Property.SetMethod!.CreateDelegate<Action<T, long>>()
            : Property.SetMethod!.CreateDelegate<Action<T, int>>() is var set ? (entity, id) => set(entity, checked((int)id)) : null!;

        public static readonly Func<T, long> Get = Property.PropertyType == typeof(long)
            ? Property.GetMethod!.CreateDelegate<Func<T, long>>()
            : Property.GetMethod!.CreateDelegate<Func<T, int>>() is var get ? entity => get(entity) : null!;
    }

    public static string RowOf(CsvTable table, int index) => table.FileName + ":" + (index + 2).ToString(CultureInfo.InvariantCulture);
}
