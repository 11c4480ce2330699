using System.Globalization;
using Liaison.Data;
using Liaison.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Imports.Wizard;

/// <summary>
/// The people a cell names — "#123" (a Liaison id), an e-mail address, or a name in any script — among the people the
/// user may see (merged records are never visible), loaded a batch of rows at a time through the people's match keys.
/// </summary>
internal sealed class PersonIndex(LiaisonDbContext db)
{
    private readonly Dictionary<string, List<(int Id, int? CountryId)>> _byKey = new(StringComparer.Ordinal);

    /// <summary>The names in a list cell: separated by <c>;</c>, <c>；</c>, <c>、</c> or line breaks.</summary>
    public static List<string> Split(string? cell) =>
        (cell ?? "").Split([';', '；', '、', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The match keys one reference stands for: an id, an e-mail key, or its name keys.</summary>
    public static IReadOnlyList<string> KeysOf(string reference)
    {
        var text = reference.Trim();
        if (text.StartsWith('#') && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return ["i:" + id.ToString(CultureInfo.InvariantCulture)];
        }

        if (text.Contains('@', StringComparison.Ordinal))
        {
            return PeopleIndexer.ChannelKey(ChannelKind.Email, text) is { } email ? [email] : [];
        }

        var person = new PeopleIndexer.IndexedPerson(0, text, null, null, null, null, null, [], []);
        return PeopleIndexer.MatchKeys(person).Where(k => k.StartsWith("n:", StringComparison.Ordinal)).ToList();
    }

    /// <summary>Looks up every reference not looked up before.</summary>
    public async Task LoadAsync(IEnumerable<string> references, CancellationToken ct)
    {
        var keys = references.SelectMany(KeysOf).Distinct().Where(k => !_byKey.ContainsKey(k)).ToList();
        foreach (var key in keys)
        {
            _byKey[key] = [];
        }

        foreach (var (key, id, countryId) in await VisibleAsync(db, keys, ct))
        {
            if (!_byKey[key].Any(p => p.Id == id))
            {
                _byKey[key].Add((id, countryId));
            }
        }
    }

    /// <summary>
    /// The people under these keys ("i:" ids and match keys) that the user may see, with their countries. By key alone
    /// first (the key index), then which of those people are visible (by primary key): one query joining the two lets
    /// SQLite walk the people instead, which grows with every person on file. Keys and ids go as one JSON parameter per
    /// 5,000: thousands of separate parameters cost more to bind than the lookups themselves.
    /// </summary>
    public static async Task<List<(string Key, int Id, int? CountryId)>> VisibleAsync(LiaisonDbContext db, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var hits = keys.Where(k => k.StartsWith("i:", StringComparison.Ordinal)).Select(k => (Key: k, PersonId: int.Parse(k.AsSpan(2), CultureInfo.InvariantCulture))).ToList();
        foreach (var chunk in keys.Where(k => !k.StartsWith("i:", StringComparison.Ordinal)).Chunk(5000))
        {
            var found = await db.PersonMatchKeys.IgnoreQueryFilters().AsNoTracking().Where(k => EF.Parameter(chunk).Contains(k.Key))
                .Select(k => new { k.Key, k.PersonId }).ToListAsync(ct);
            hits.AddRange(found.Select(f => (f.Key, f.PersonId)));
        }

        var visible = new Dictionary<int, int?>();
        foreach (var ids in hits.Select(h => h.PersonId).Distinct().Chunk(5000))
        {
            foreach (var p in await db.People.AsNoTracking().Where(p => EF.Parameter(ids).Contains(p.Id)).Select(p => new { p.Id, p.CountryId }).ToListAsync(ct))
            {
                visible[p.Id] = p.CountryId;
            }
        }

        return [.. hits.Where(h => visible.ContainsKey(h.PersonId)).Select(h => (h.Key, h.PersonId, visible[h.PersonId]))];
    }

    /// <summary>
    /// The people one reference may mean (load it first). Among several, those of <paramref name="countryId"/> are
    /// preferred when there are any.
    /// </summary>
    public IReadOnlyList<(int Id, int? CountryId)> Find(string reference, int? countryId)
    {
        var found = KeysOf(reference).SelectMany(k => _byKey.GetValueOrDefault(k) ?? []).Distinct().ToList();
        if (found.Count > 1 && countryId is not null && found.Where(p => p.CountryId == countryId).ToList() is { Count: > 0 } local)
        {
            return local;
        }

        return found;
    }
}
