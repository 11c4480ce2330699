using Liaison.Data;
using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Demo.Scale;

// A generated organization or person, kept small: what later stages need to refer to it and to write about it.
internal sealed record ScaleOrg(int Id, Country Country, OrganizationKind Kind, string NameEn, string? NameZh, Classification Classification);

internal sealed record ScalePerson(int Id, ScaleOrg Org, string NameEn, string? NameZh, string Language, DateOnly ActiveFrom);

/// <summary>The demo department the generator scales out from: countries, staff, home officials, and what it has generated so far.</summary>
internal sealed class ScaleWorld
{
    public required DateOnly Today { get; init; }
    public required IReadOnlyList<Country> Countries { get; init; }
    public required IReadOnlyDictionary<string, string> LanguageOf { get; init; }
    public required IReadOnlyList<(string Id, string Name)> Staff { get; init; }
    public required IReadOnlyDictionary<int, string[]> OfficersByDesk { get; init; }
    public required IReadOnlyList<int> HomeOfficials { get; init; }
    public required ISet<string> TakenAbbreviations { get; init; }
    public required IReadOnlyList<PartyOrg> Parties { get; init; }

    public List<ScaleOrg> Orgs { get; } = [];
    public List<ScalePerson> People { get; } = [];
    public Dictionary<int, List<int>> PeopleByOrg { get; } = [];

    public sealed record PartyOrg(int Id, int CountryId, string NameEn, string? NameZh);

    public Country China => Countries.First(c => c.Iso3 == "CHN");

    public string Language(Country country) => LanguageOf.GetValueOrDefault(country.Iso3) ?? "en";

    /// <summary>The desk officers looking after a country, or the department's staff when it has no desk.</summary>
    public (string Id, string Name) OfficerFor(Country country, Random random)
    {
        if (country.DeskId is { } desk && OfficersByDesk.TryGetValue(desk, out var ids) && ids.Length > 0)
        {
            var id = ids[random.Next(ids.Length)];
            return Staff.First(s => s.Id == id);
        }

        return Staff[random.Next(Staff.Count)];
    }

    public static async Task<ScaleWorld> LoadAsync(LiaisonDbContext db, DateOnly today, CancellationToken ct)
    {
        var countries = await db.Countries.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        var languages = DemoCountries.Generated.Concat(DemoDominantParties.Countries)
            .GroupBy(s => s.Iso3, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Language, StringComparer.Ordinal);
        var suffix = "@" + DemoStaff.EmailDomain;
        var staff = await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith(suffix)).OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        var desks = await db.UserDesks.AsNoTracking().OrderBy(d => d.DeskId).ThenBy(d => d.UserId).ToListAsync(ct);
        var china = countries.First(c => c.Iso3 == "CHN").Id;
        var officials = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => p.CountryId == china && p.MergedIntoId == null)
            .OrderBy(p => p.Id).Select(p => p.Id).Take(400).ToListAsync(ct);
        var abbreviations = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => o.Abbreviation != null)
            .Select(o => o.Abbreviation!).ToListAsync(ct);
        var parties = await db.Organizations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.Kind == OrganizationKind.PoliticalParty && o.CountryId != null).OrderBy(o => o.Id)
            .Select(o => new PartyOrg(o.Id, o.CountryId!.Value, o.NameEn, o.NameZh)).ToListAsync(ct);
        return new ScaleWorld
        {
            Today = today,
            Countries = countries,
            LanguageOf = languages,
            Staff = staff.Select(s => (s.Id, s.DisplayName)).ToList(),
            OfficersByDesk = desks.GroupBy(d => d.DeskId).ToDictionary(g => g.Key, g => g.Select(d => d.UserId).ToArray()),
            HomeOfficials = officials,
            TakenAbbreviations = abbreviations.ToHashSet(StringComparer.OrdinalIgnoreCase),
            Parties = parties,
        };
    }

    public static NameCulture CultureOf(Country country, string language) => DemoPeopleNaming.CultureFor(country.Iso3, language);
}
