using Liaison.Data;
using Liaison.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Countries;

public sealed record GovernmentParty(
    int OrganizationId, string NameEn, string? NameZh, string? Abbreviation, Standing Standing, bool HeadOfGovernment,
    DateOnly From, DateOnly? To, string? Source);

/// <summary>Who governed a country on a date: the governing parties (head of government's party first) and their support partners.</summary>
public sealed record Government(string Iso3, string CountryName, DateOnly Date, IReadOnlyList<GovernmentParty> Governing, IReadOnlyList<GovernmentParty> Supporting);

public static class GovernmentQuery
{
    public static async Task<Government?> OnDateAsync(LiaisonDbContext db, string iso3, DateOnly date, CancellationToken ct = default)
    {
        var code = iso3.Trim().ToUpperInvariant();
        var country = await db.Countries.AsNoTracking().Where(c => c.Iso3 == code).Select(c => new { c.Id, c.Iso3, c.NameEn }).FirstOrDefaultAsync(ct);
        if (country is null)
        {
            return null;
        }

        var parties = await db.StandingSpans.AsNoTracking()
            .Where(s => s.Organization!.CountryId == country.Id && s.From <= date && (s.To == null || s.To > date)
                && (s.Standing == Standing.LeadingRuling || s.Standing == Standing.CoalitionPartner || s.Standing == Standing.SupportPartner))
            .Select(s => new GovernmentParty(s.OrganizationId, s.Organization!.NameEn, s.Organization.NameZh, s.Organization.Abbreviation,
                s.Standing, s.HeadOfGovernment, s.From, s.To, s.Source))
            .ToListAsync(ct);

        var governing = parties.Where(p => p.Standing != Standing.SupportPartner)
            .OrderByDescending(p => p.HeadOfGovernment).ThenBy(p => p.Standing).ThenBy(p => p.NameEn, StringComparer.Ordinal).ToList();
        var supporting = parties.Where(p => p.Standing == Standing.SupportPartner).OrderBy(p => p.NameEn, StringComparer.Ordinal).ToList();
        return new Government(country.Iso3, country.NameEn, date, governing, supporting);
    }
}
