using Liaison.Data;
using Liaison.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Imports.Wizard;

/// <summary>
/// The organizations the user may see, by normalized name (every script, abbreviation and other name) within their
/// country, loaded a country at a time as rows need them. Organizations created by the run are added as they are made.
/// </summary>
internal sealed class OrganizationIndex(LiaisonDbContext db)
{
    private readonly HashSet<int> _loaded = [];
    private readonly Dictionary<(int CountryId, string Name), List<int>> _byName = [];

    // International organizations (no country) are filed under 0.
    private static int Slot(int? countryId) => countryId ?? 0;

    public async Task LoadAsync(IEnumerable<int?> countryIds, CancellationToken ct)
    {
        var missing = countryIds.Select(Slot).Distinct().Where(c => !_loaded.Contains(c)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var withCountry = missing.Where(c => c != 0).ToList();
        var international = missing.Contains(0);
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => (o.CountryId != null && withCountry.Contains(o.CountryId.Value)) || (international && o.CountryId == null))
            .Select(o => new { o.Id, o.CountryId, o.NameEn, o.NameZh, o.NameNative, o.NameRomanized, o.Abbreviation })
            .ToListAsync(ct);
        var others = await db.OrganizationNames.AsNoTracking()
            .Where(n => (n.Organization!.CountryId != null && withCountry.Contains(n.Organization.CountryId.Value)) || (international && n.Organization!.CountryId == null))
            .Select(n => new { n.OrganizationId, n.Name })
            .ToListAsync(ct);
        var otherNames = others.ToLookup(n => n.OrganizationId, n => n.Name);
        foreach (var o in organizations)
        {
            Add(o.CountryId, o.Id, [o.NameEn, o.NameZh, o.NameNative, o.NameRomanized, o.Abbreviation, .. otherNames[o.Id]]);
        }

        _loaded.UnionWith(missing);
    }

    public void Add(int? countryId, int id, IEnumerable<string?> names)
    {
        foreach (var key in names.Select(TextNormalizer.Normalize).Where(k => k.Length > 0).Distinct())
        {
            if (!_byName.TryGetValue((Slot(countryId), key), out var ids))
            {
                _byName[(Slot(countryId), key)] = ids = [];
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }
    }

    /// <summary>The organizations of that country (or international ones) with this name; load the country first.</summary>
    public IReadOnlyList<int> Find(int? countryId, string? name) =>
        string.IsNullOrWhiteSpace(name) ? [] : _byName.GetValueOrDefault((Slot(countryId), TextNormalizer.Normalize(name))) ?? (IReadOnlyList<int>)[];
}
