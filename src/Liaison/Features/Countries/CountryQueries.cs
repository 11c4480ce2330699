using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Countries;

public sealed record CountryListItem(
    int Id, string Iso2, string Iso3, string NameEn, string? NameZh, string? Region, string? Subregion, int? DeskId, string? DeskName,
    int Organizations, string? DeskNameZh = null);

public sealed record CountryParty(
    int Id, string NameEn, string? NameZh, string? Abbreviation, OrganizationKind Kind, IdeologyFamily? Family, Standing? Standing,
    bool HeadOfGovernment, string? LevelCode, string? LevelName, string? LevelNameZh, int LevelRank);

public sealed record ElectionDto(int Id, ElectionKind Kind, DateOnly Date, bool DateIsTentative, int? SeatsTotal, string? Notes);

/// <summary>Where our ties are missing: e.g. ties with the ruling side only.</summary>
public sealed record TiesCoverage(int GoverningWithTies, int GoverningTotal, int OppositionWithTies, int OppositionTotal, bool RulingSideOnly, bool OppositionOnly);

public sealed record CountryDetail(
    int Id, string Iso2, string Iso3, string? NumericCode, string NameEn, string? NameZh, string? OfficialNameEn, string? OfficialNameZh,
    string? Region, string? Subregion, string? Capital, int? DeskId, string? DeskName, string? Notes, int Version,
    IReadOnlyList<CountryParty> Organizations, IReadOnlyList<ElectionDto> RecentElections, IReadOnlyList<ElectionDto> UpcomingElections,
    TiesCoverage Ties, bool TiesVisible, string? DeskNameZh = null);

public static class CountryQueries
{
    public static async Task<Page<CountryListItem>> ListAsync(
        LiaisonDbContext db, string? region, int? desk, string? q, int? page, int? pageSize, CancellationToken ct = default)
    {
        var query = Filtered(db, region, desk, q);
        var total = await query.CountAsync(ct);
        var p = RequestValidation.ClampPage(page);
        var size = RequestValidation.ClampPageSize(pageSize ?? 300);
        var items = await query.OrderBy(c => c.NameEn).Skip((p - 1) * size).Take(size)
            .Select(c => new CountryListItem(c.Id, c.Iso2, c.Iso3, c.NameEn, c.NameZh, c.Region, c.Subregion, c.DeskId, c.Desk!.Name,
                db.Organizations.Count(o => o.CountryId == c.Id), c.Desk.NameZh))
            .ToListAsync(ct);
        return new Page<CountryListItem>(items, total, p, size);
    }

    /// <summary>The countries list's filters: a region or subregion, a desk, a name (either language) or ISO code.</summary>
    public static IQueryable<Country> Filtered(LiaisonDbContext db, string? region, int? desk, string? q)
    {
        var query = db.Countries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(region))
        {
            query = query.Where(c => c.Region == region || c.Subregion == region);
        }

        if (desk is int d)
        {
            query = query.Where(c => c.DeskId == d);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var code = q.Trim().ToUpperInvariant();
            var pattern = "%" + TextPatterns.EscapeLike(q.Trim()) + "%";
            query = db.IsPostgres
                ? query.Where(c => EF.Functions.ILike(c.NameEn, pattern, "\\") || (c.NameZh != null && EF.Functions.ILike(c.NameZh, pattern, "\\")) || c.Iso3 == code || c.Iso2 == code)
                : query.Where(c => EF.Functions.Like(c.NameEn, pattern, "\\") || (c.NameZh != null && EF.Functions.Like(c.NameZh, pattern, "\\")) || c.Iso3 == code || c.Iso2 == code);
        }

        return query;
    }

    public static async Task<CountryDetail?> DetailAsync(LiaisonDbContext db, string iso3, CancellationToken ct = default)
    {
        var code = iso3.Trim().ToUpperInvariant();
        var c = await db.Countries.AsNoTracking().Include(x => x.Desk).FirstOrDefaultAsync(x => x.Iso3 == code, ct);
        if (c is null)
        {
            return null;
        }

        var today = Clock.Today;
        var parties = await db.Organizations.AsNoTracking().Where(o => o.CountryId == c.Id)
            .Select(o => new
            {
                o.Id,
                o.NameEn,
                o.NameZh,
                o.Abbreviation,
                o.Kind,
                o.Family,
                // Two scalar subqueries on the (OrganizationId, From) index, not one row of two columns: EF writes that as a
                // window over every standing span in the directory (14 ms of the page at full size).
                Standing = o.Standings.Where(s => s.From <= today && (s.To == null || s.To > today))
                    .OrderByDescending(s => s.From).ThenByDescending(s => s.Id).Select(s => (Standing?)s.Standing).FirstOrDefault(),
                HeadOfGovernment = o.Standings.Where(s => s.From <= today && (s.To == null || s.To > today))
                    .OrderByDescending(s => s.From).ThenByDescending(s => s.Id).Select(s => (bool?)s.HeadOfGovernment).FirstOrDefault(),
                LevelCode = o.Relationship!.Level!.Code,
                LevelName = o.Relationship.Level.NameEn,
                LevelNameZh = o.Relationship.Level.NameZh,
                Rank = (int?)o.Relationship.Level.Rank,
            })
            .ToListAsync(ct);
        var organizations = parties
            .Select(p => new CountryParty(p.Id, p.NameEn, p.NameZh, p.Abbreviation, p.Kind, p.Family, p.Standing, p.HeadOfGovernment ?? false,
                p.LevelCode, p.LevelName, p.LevelNameZh, p.Rank ?? 0))
            .OrderBy(p => p.Standing ?? (Standing)99).ThenByDescending(p => p.HeadOfGovernment).ThenBy(p => p.NameEn, StringComparer.Ordinal)
            .ToList();

        var elections = await db.Elections.AsNoTracking().Where(e => e.CountryId == c.Id).OrderByDescending(e => e.Date)
            .Select(e => new ElectionDto(e.Id, e.Kind, e.Date, e.DateIsTentative, e.SeatsTotal, e.Notes)).Take(30).ToListAsync(ct);

        // Desk officers' notes on a country are desk business, like our ties.
        var notes = db.Scope.CoversDesk(c.DeskId) ? c.Notes : null;
        return new CountryDetail(c.Id, c.Iso2, c.Iso3, c.NumericCode, c.NameEn, c.NameZh, c.OfficialNameEn, c.OfficialNameZh,
            c.Region, c.Subregion, c.Capital, c.DeskId, c.Desk?.Name, notes, c.Version, organizations,
            elections.Where(e => e.Date <= today).Take(5).ToList(),
            elections.Where(e => e.Date > today).OrderBy(e => e.Date).ToList(),
            Coverage(organizations),
            db.Scope.CanSeeTies(c.DeskId, hasCountry: true),
            c.Desk?.NameZh);
    }

    public static TiesCoverage Coverage(IReadOnlyList<CountryParty> parties)
    {
        var governing = parties.Where(p => p.Standing is Standing.LeadingRuling or Standing.CoalitionPartner or Standing.SupportPartner).ToList();
        var opposition = parties.Where(p => p.Standing is Standing.Opposition or Standing.ExtraParliamentary).ToList();
        var govTies = governing.Count(p => p.LevelRank > 0);
        var oppTies = opposition.Count(p => p.LevelRank > 0);
        return new TiesCoverage(govTies, governing.Count, oppTies, opposition.Count,
            RulingSideOnly: govTies > 0 && oppTies == 0 && opposition.Count > 0,
            OppositionOnly: oppTies > 0 && govTies == 0 && governing.Count > 0);
    }
}
