using System.Globalization;
using Liaison.Data;
using Liaison.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Imports.Wizard;

/// <summary>
/// What touchpoint and engagement rows name rather than create: people, organizations (both only as the user may see
/// them) and users of Liaison. A name that matches nothing or several records is an error of its row, never a guess.
/// </summary>
internal sealed class RowReferences(LiaisonDbContext db)
{
    private readonly PersonIndex _people = new(db);
    private readonly OrganizationIndex _organizations = new(db);
    private readonly Dictionary<int, int?> _organizationsById = [];
    private Dictionary<string, List<string>> _users = [];

    /// <summary>Loads the enabled users once, by e-mail, user name and display name.</summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled).Select(u => new { u.Id, u.Email, u.UserName, u.DisplayName }).ToListAsync(ct);
        _users = users.SelectMany(u => new[] { u.Email, u.UserName, u.DisplayName }.Where(n => !string.IsNullOrWhiteSpace(n))
                .Select(n => (Key: TextNormalizer.Normalize(n), u.Id)).Distinct())
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct().ToList(), StringComparer.Ordinal);
    }

    public Task LoadPeopleAsync(IEnumerable<string> references, CancellationToken ct) => _people.LoadAsync(references, ct);

    /// <summary>Loads the organizations of these countries (and international ones), and those named by "#id".</summary>
    public async Task LoadOrganizationsAsync(IEnumerable<int?> countryIds, IEnumerable<string> references, CancellationToken ct)
    {
        await _organizations.LoadAsync(countryIds.Append(null), ct);
        var ids = references.Select(IdOf).OfType<int>().Where(id => !_organizationsById.ContainsKey(id)).Distinct().ToList();
        foreach (var chunk in ids.Chunk(500))
        {
            var found = await db.Organizations.AsNoTracking().Where(o => chunk.Contains(o.Id)).Select(o => new { o.Id, o.CountryId }).ToListAsync(ct);
            foreach (var id in chunk)
            {
                _organizationsById[id] = -1;
            }

            foreach (var o in found)
            {
                _organizationsById[o.Id] = o.CountryId;
            }
        }
    }

    /// <summary>The people of a list cell, in its order; each name that matches no one or several people is an error.</summary>
    public List<(int Id, int? CountryId)> People(SheetRow row, string field, IEnumerable<string> names, int? countryId, SheetRowReader.ErrorOf error)
    {
        var result = new List<(int Id, int? CountryId)>();
        foreach (var name in names)
        {
            var found = _people.Find(name, countryId);
            if (found.Count == 1)
            {
                result.Add(found[0]);
            }
            else
            {
                row.Errors.Add(found.Count == 0
                    ? error(row.Source, field, "No person “{0}” among the people you may see: import the people first, or write their e-mail or #id.", name)
                    : error(row.Source, field, "{0} people match “{1}” ({2}): write their e-mail or #id instead.", found.Count, name,
                        string.Join(", ", found.Select(p => "#" + p.Id.ToString(CultureInfo.InvariantCulture)).Order().Take(5))));
            }
        }

        return result.Distinct().ToList();
    }

    /// <summary>The organizations of a list cell: "#id", or a name in the first of the countries that has it, or an international one.</summary>
    public List<(int Id, int? CountryId)> Organizations(SheetRow row, string field, IEnumerable<string> names, IReadOnlyList<int?> countryIds, SheetRowReader.ErrorOf error)
    {
        var result = new List<(int Id, int? CountryId)>();
        foreach (var name in names)
        {
            if (IdOf(name) is int id)
            {
                if (_organizationsById.GetValueOrDefault(id, -1) is var country && country != -1)
                {
                    result.Add((id, country));
                }
                else
                {
                    row.Errors.Add(error(row.Source, field, "No organization with the id {0} (or not one you may see).", id));
                }

                continue;
            }

            var found = countryIds.Distinct().Append(null).Select(c => (Country: c, Ids: _organizations.Find(c, name))).FirstOrDefault(x => x.Ids.Count > 0);
            if (found.Ids is { Count: 1 })
            {
                result.Add((found.Ids[0], found.Country));
            }
            else
            {
                row.Errors.Add(found.Ids is null
                    ? error(row.Source, field, "No organization “{0}” among those you may see in the row's countries or international ones: import it first, or write its #id.", name)
                    : error(row.Source, field, "Several organizations are called “{0}”; use the one's abbreviation or exact name.", name));
            }
        }

        return result.Distinct().ToList();
    }

    /// <summary>Users named by e-mail, user name or display name.</summary>
    public List<string> Users(SheetRow row, string field, IEnumerable<string> names, SheetRowReader.ErrorOf error)
    {
        var result = new List<string>();
        foreach (var name in names)
        {
            if (_users.GetValueOrDefault(TextNormalizer.Normalize(name)) is [var id])
            {
                result.Add(id);
            }
            else
            {
                row.Errors.Add(error(row.Source, field, "“{0}” is not one user of Liaison: write their e-mail or user name.", name));
            }
        }

        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    private static int? IdOf(string reference) =>
        reference.StartsWith('#') && int.TryParse(reference.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
