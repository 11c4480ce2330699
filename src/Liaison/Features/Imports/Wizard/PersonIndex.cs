using System.Globalization;
using Liaison.Data;
using Liaison.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Imports.Wizard;

/// <summary>
/// The people a cell names — "#123" (a Liaison id), an e-mail address, or a name in any script — among the people the
/// user may see (merged records left out), loaded a batch of rows at a time through the people's match keys.
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
        var hits = new List<(string Key, int PersonId)>();
        foreach (var chunk in keys.Where(k => k.StartsWith("i:", StringComparison.Ordinal)).Chunk(500))
        {
            hits.AddRange(chunk.Select(k => (k, int.Parse(k.AsSpan(2), CultureInfo.InvariantCulture))));
        }

        // By key alone first (the key index), then which of those people the user may see, by primary key.
        foreach (var chunk in keys.Where(k => !k.StartsWith("i:", StringComparison.Ordinal)).Chunk(500))
        {
            var found = await db.PersonMatchKeys.IgnoreQueryFilters().AsNoTracking().Where(k => chunk.Contains(k.Key))
                .Select(k => new { k.Key, k.PersonId }).ToListAsync(ct);
            hits.AddRange(found.Select(f => (f.Key, f.PersonId)));
        }

        var visible = new Dictionary<int, int?>();
        foreach (var ids in hits.Select(h => h.PersonId).Distinct().Chunk(500))
        {
            foreach (var p in await db.People.AsNoTracking().Where(p => ids.Contains(p.Id) && p.MergedIntoId == null).Select(p => new { p.Id, p.CountryId }).ToListAsync(ct))
            {
                visible[p.Id] = p.CountryId;
            }
        }

        foreach (var key in keys)
        {
            _byKey[key] = [];
        }

        foreach (var (key, personId) in hits.Where(h => visible.ContainsKey(h.PersonId)))
        {
            if (!_byKey[key].Any(p => p.Id == personId))
            {
                _byKey[key].Add((personId, visible[personId]));
            }
        }
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
