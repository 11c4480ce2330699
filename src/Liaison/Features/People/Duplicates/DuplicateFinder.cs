using Liaison.Data;
using Liaison.Features.Search;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.People.Duplicates;

/// <summary>
/// Finds probable duplicate people: pairs that share a match key (name in any order or script, e-mail, phone, handle),
/// and people whose names are merely similar. Everything is read through the visibility filters, so a user only ever
/// hears of people they may see, and contact values are never shown (contact reasons are named only to users who may
/// see the contacts of both people).
/// </summary>
public sealed partial class DuplicateFinder(LiaisonDbContext db)
{
    public const double SimilarityThreshold = 0.8;

    /// <summary>
    /// A key shared by more people than this is a common name, not a sign of one person entered twice ("n:peterwilliams"
    /// in a directory of 200,000): pairing all of them would list millions of pairs nobody could review.
    /// </summary>
    public const int MaxPeoplePerKey = 4;

    /// <summary>
    /// The queue counts its pairs up to this many ("more than 1,000"). Each pair counted costs a visibility check of both
    /// people; counting to the lists' usual 10,000 took 0.1 s on SQLite and 0.4 s on PostgreSQL at full size, and the
    /// size of a review queue past a thousand tells a reviewer nothing more. Later pages still load.
    /// </summary>
    public const int QueueCountCap = 1_000;

    /// <summary>Pairs sharing a key, newest records first; for desk users only pairs within their desks (or international).</summary>
    public async Task<Page<DuplicatePair>> PairsAsync(int? page, int? pageSize, CancellationToken ct = default)
    {
        var size = RequestValidation.ClampPageSize(pageSize ?? 50);
        var number = RequestValidation.ClampPage(page);

        // Grouped rather than DISTINCT, so the database walks the pairs' (B, A) index newest first and stops at the limit.
        var pairs = PairQuery().GroupBy(p => new { p.B, p.A }).Select(g => new { g.Key.A, g.Key.B })
            .OrderByDescending(p => p.B).ThenByDescending(p => p.A);

        // One statement reads the pairs up to the count's cap and the page comes from them: counting and paging in two
        // statements made the database find every pair twice.
        var first = await pairs.Take(QueueCountCap + 1).ToListAsync(ct);
        var skip = (number - 1) * size;
        var slice = skip + size <= first.Count || first.Count <= QueueCountCap
            ? first.Skip(skip).Take(size).ToList()
            : await pairs.Skip(skip).Take(size).ToListAsync(ct);
        var (total, atLeast) = PageCounts.Capped(first.Count, QueueCountCap);
        var described = await DescribeAsync(slice.Select(p => (p.A, p.B)).ToList(), ct);
        return new Page<DuplicatePair>(described, total, number, size) { TotalIsAtLeast = atLeast };
    }

    /// <summary>
    /// The (A &lt; B) pairs sharing at least one key held by two to <see cref="MaxPeoplePerKey"/> people (once per shared
    /// key), both visible, not confirmed distinct; for desk users both within their desks (or of no country). The pairs
    /// come precomputed from <see cref="MatchKeyPair"/>, which the database keeps in step with the keys: grouping every
    /// key of the directory on each request took 45 ms on SQLite and 100-150 ms on PostgreSQL at 200,000 people.
    /// </summary>
    private IQueryable<IdPair> PairQuery()
    {
        var scope = db.Scope;
        var deskIds = scope.DeskIds;
        var allDesks = scope.AllDesks;
        return
            from pair in db.MatchKeyPairs
            where !db.DistinctPeople.Any(d => d.PersonAId == pair.PersonAId && d.PersonBId == pair.PersonBId)
                && (allDesks
                    || ((pair.PersonA!.CountryId == null || (pair.PersonA.Country!.DeskId != null && deskIds.Contains(pair.PersonA.Country.DeskId!.Value)))
                        && (pair.PersonB!.CountryId == null || (pair.PersonB.Country!.DeskId != null && deskIds.Contains(pair.PersonB.Country.DeskId!.Value)))))
            select new IdPair { A = pair.PersonAId, B = pair.PersonBId };
    }

    private sealed class IdPair
    {
        public int A { get; init; }
        public int B { get; init; }
    }

    /// <summary>Everyone who may be the same person as <paramref name="personId"/>: shared keys first, then similar names. Null when the person is not visible.</summary>
    public async Task<IReadOnlyList<DuplicateCandidate>?> ForPersonAsync(int personId, int limit = 20, CancellationToken ct = default)
    {
        // The other names in a statement of their own: joined in one, SQLite read every person's other names to find this
        // person's (2,813 at full size, 10-12 ms); split, it reads them from their index (the statement is saved below).
        var person = await db.People.AsNoTracking().AsSplitQuery().Where(p => p.Id == personId)
            .Select(p => new { p.Id, p.CountryId, p.NameEn, p.NameNative, p.NameRomanized, p.NameZh, p.FamilyName, p.GivenName, Others = p.OtherNames.Select(n => n.Name).ToList() })
            .FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }

        var keyed = await KeyMatchesAsync(personId, ct);
        var byId = new Dictionary<int, (HashSet<DuplicateReason> Reasons, double Score)>();
        foreach (var id in keyed)
        {
            byId[id] = ([], 1.0);
        }

        var names = new[] { person.NameEn, person.NameNative, person.NameRomanized, person.NameZh }.Concat(person.Others);
        foreach (var (id, score) in await SimilarToAsync(names, ct))
        {
            if (id != personId && !byId.ContainsKey(id))
            {
                byId[id] = ([DuplicateReason.SimilarName], score);
            }
        }

        var distinct = await DistinctFromAsync(personId, ct);
        var ids = byId.Keys.Where(id => id != personId && !distinct.Contains(id)).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        // The person among them, for the reasons (whether both people's contacts may be named), in the same statement.
        var people = await RefsAsync([.. ids, personId], ct);
        var reasons = await ReasonsAsync(ids.Where(keyed.Contains).Select(id => (Math.Min(id, personId), Math.Max(id, personId))).ToList(), ct, people);
        return people.Values.Where(p => p.Person.Id != personId)
            .Select(p => new DuplicateCandidate(
                p.Person,
                keyed.Contains(p.Person.Id) ? reasons.GetValueOrDefault((Math.Min(p.Person.Id, personId), Math.Max(p.Person.Id, personId))) ?? [] : [.. byId[p.Person.Id].Reasons],
                byId[p.Person.Id].Score))
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => people[c.Person.Id].CountryId == person.CountryId)
            .ThenBy(c => c.Person.NameEn, StringComparer.Ordinal)
            .ThenBy(c => c.Person.Id)
            .Take(limit)
            .ToList();
    }

    /// <summary>People whose names resemble a name being typed (for the create form), same country first.</summary>
    public async Task<IReadOnlyList<DuplicateCandidate>> SimilarToNameAsync(string? name, int? countryId, int limit = 10, CancellationToken ct = default)
    {
        var matches = await SimilarToAsync([name], ct);
        var people = await RefsAsync(matches.Keys.ToList(), ct);
        return people.Values
            .Select(p => new DuplicateCandidate(p.Person, [matches[p.Person.Id] >= 0.999 ? DuplicateReason.SameName : DuplicateReason.SimilarName], matches[p.Person.Id]))
            .OrderByDescending(c => people[c.Person.Id].CountryId == countryId && countryId is not null)
            .ThenByDescending(c => c.Score)
            .ThenBy(c => c.Person.NameEn, StringComparer.Ordinal)
            .ThenBy(c => c.Person.Id)
            .Take(limit)
            .ToList();
    }

    /// <summary>The cheap check behind the hint on a person's page: other visible people sharing one of this person's keys.</summary>
    public async Task<IReadOnlyList<PersonRef>> KeyMatchesOfAsync(int personId, int limit, CancellationToken ct = default)
    {
        var ids = await KeyMatchesAsync(personId, ct);
        var distinct = await DistinctFromAsync(personId, ct);
        var refs = await RefsAsync(ids.Where(id => !distinct.Contains(id)).Take(limit).ToList(), ct);
        return refs.Values.Select(r => r.Person).OrderBy(p => p.NameEn, StringComparer.Ordinal).ToList();
    }

    /// <summary>Records that two people are different, so they are no longer flagged. False when either is not visible or not editable.</summary>
    public async Task<bool> MarkDistinctAsync(int personId, int otherId, CancellationToken ct = default)
    {
        if (personId == otherId)
        {
            return false;
        }

        var both = await db.People.AsNoTracking().Where(p => p.Id == personId || p.Id == otherId)
            .Select(p => new { p.Id, p.Classification, p.CountryId, DeskId = (int?)p.Country!.DeskId }).ToListAsync(ct);
        if (both.Count != 2 || both.Any(p => !db.Scope.CanEdit(p.Classification, p.DeskId, p.CountryId is not null)))
        {
            return false;
        }

        var (a, b) = (Math.Min(personId, otherId), Math.Max(personId, otherId));
        if (!await db.DistinctPeople.AnyAsync(d => d.PersonAId == a && d.PersonBId == b, ct))
        {
            db.DistinctPeople.Add(new DistinctPeople { PersonAId = a, PersonBId = b, ByUserId = db.Scope.UserId, At = Clock.UtcNow });
            await db.SaveChangesAsync(ct);
        }

        return true;
    }

    private async Task<HashSet<int>> KeyMatchesAsync(int personId, CancellationToken ct)
    {
        var mine = db.PersonMatchKeys.Where(k => k.PersonId == personId).Select(k => k.Key);
        var ids = await db.PersonMatchKeys.Where(k => k.PersonId != personId && mine.Contains(k.Key))
            .Select(k => k.PersonId).Distinct().Take(CandidateLimit).ToListAsync(ct);
        return [.. ids];
    }

    private async Task<HashSet<int>> DistinctFromAsync(int personId, CancellationToken ct)
    {
        var pairs = await db.DistinctPeople.AsNoTracking().Where(d => d.PersonAId == personId || d.PersonBId == personId)
            .Select(d => new { d.PersonAId, d.PersonBId }).ToListAsync(ct);
        return [.. pairs.Select(d => d.PersonAId == personId ? d.PersonBId : d.PersonAId)];
    }

    private sealed record Loaded(PersonRef Person, int? CountryId, int? DeskId);

    /// <summary>The visible people among <paramref name="ids"/> (the visibility filter drops the others).</summary>
    private async Task<Dictionary<int, Loaded>> RefsAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.NameEn,
                p.NameZh,
                p.NameNative,
                p.Version,
                p.CountryId,
                Iso3 = (string?)p.Country!.Iso3,
                Country = (string?)p.Country.NameEn,
                CountryZh = p.Country.NameZh,
                DeskId = (int?)p.Country.DeskId,
            })
            .ToListAsync(ct);
        return rows.ToDictionary(
            r => r.Id,
            r => new Loaded(new PersonRef(r.Id, r.NameEn, r.NameZh, r.NameNative, r.Iso3, r.Country, r.CountryZh, r.Version), r.CountryId, r.DeskId));
    }

    /// <summary>The people of the pairs and the reasons each pair was flagged; pairs with a person no longer visible are dropped.</summary>
    private async Task<List<DuplicatePair>> DescribeAsync(IReadOnlyList<(int A, int B)> pairs, CancellationToken ct)
    {
        var ids = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct().ToList();
        var people = await RefsAsync(ids, ct);
        var reasons = await ReasonsAsync(pairs, ct, people);
        return pairs.Where(p => people.ContainsKey(p.A) && people.ContainsKey(p.B))
            .Select(p => new DuplicatePair(people[p.A].Person, people[p.B].Person, reasons.GetValueOrDefault(p) ?? []))
            .ToList();
    }

    private async Task<Dictionary<(int A, int B), IReadOnlyList<DuplicateReason>>> ReasonsAsync(
        IReadOnlyList<(int A, int B)> pairs, CancellationToken ct, Dictionary<int, Loaded>? people = null)
    {
        var result = new Dictionary<(int A, int B), IReadOnlyList<DuplicateReason>>();
        if (pairs.Count == 0)
        {
            return result;
        }

        var ids = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct().ToList();
        people ??= await RefsAsync(ids, ct);
        var keys = (await db.PersonMatchKeys.AsNoTracking().Where(k => ids.Contains(k.PersonId)).Select(k => new { k.PersonId, k.Key }).ToListAsync(ct))
            .GroupBy(k => k.PersonId)
            .ToDictionary(g => g.Key, g => g.Select(k => k.Key).ToHashSet(StringComparer.Ordinal));
        foreach (var pair in pairs)
        {
            if (!keys.TryGetValue(pair.A, out var a) || !keys.TryGetValue(pair.B, out var b))
            {
                continue;
            }

            var seesContacts = people.TryGetValue(pair.A, out var pa) && people.TryGetValue(pair.B, out var pb)
                && CanSeeContacts(pa) && CanSeeContacts(pb);
            result[pair] = a.Intersect(b).Select(k => ReasonOf(k, seesContacts)).Distinct().Order().ToList();
        }

        return result;
    }

    private bool CanSeeContacts(Loaded person) => db.Scope.CanSeeContacts(person.DeskId, person.CountryId is not null);

    private static DuplicateReason ReasonOf(string key, bool seesContacts) => key[..2] switch
    {
        "n:" => DuplicateReason.SameName,
        "e:" when seesContacts => DuplicateReason.SameEmail,
        "p:" when seesContacts => DuplicateReason.SamePhone,
        "h:" when seesContacts => DuplicateReason.SameHandle,
        _ => DuplicateReason.SameContact,
    };
}
