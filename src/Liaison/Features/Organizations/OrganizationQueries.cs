using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Organizations;

public sealed record OrganizationFilter(
    string? Country = null, int? Desk = null, OrganizationKind? Kind = null, IdeologyFamily? Family = null,
    Standing? Standing = null, string? Level = null, string? Q = null, string? Sort = null, int? Page = null, int? PageSize = null);

public sealed record OrganizationListItem(
    int Id, OrganizationKind Kind, string NameEn, string? NameZh, string? NameNative, string? Abbreviation,
    string? CountryIso3, string? CountryName, string? CountryNameZh, IdeologyFamily? Family, Standing? Standing,
    string? LevelCode, string? LevelName, string? LevelNameZh, Classification Classification);

public sealed record OtherNameDto(string Name, OrganizationNameKind Kind, string? Language, DateOnly? ValidFrom, DateOnly? ValidTo);
public sealed record StandingDto(int Id, Standing Standing, bool HeadOfGovernment, DateOnly From, DateOnly? To, string? Source, string? Note);
public sealed record OrgRef(int Id, string NameEn, string? NameZh, string? Abbreviation);
public sealed record MembershipDto(int Id, OrgRef Group, OrgRef Member, MembershipStatus Status, DateOnly? From, DateOnly? To);
public sealed record LineageDto(int Id, OrgRef Predecessor, OrgRef Successor, LineageKind Kind, DateOnly? Date, string? Note);

public sealed record OrganizationDetail(
    int Id, OrganizationKind Kind, string NameEn, string? NameNative, string? NameRomanized, string? NameZh, string? Abbreviation,
    string? CountryIso3, string? CountryName, string? CountryNameZh, IdeologyFamily? Family, DateOnly? Founded, DateOnly? Dissolved,
    string? Website, string? Description, OrgRef? Parent, Classification Classification, DateTime CreatedAt, DateTime UpdatedAt, int Version,
    IReadOnlyList<OtherNameDto> OtherNames, IReadOnlyList<StandingDto> Standings, IReadOnlyList<OrgRef> Wings,
    IReadOnlyList<MembershipDto> Memberships, IReadOnlyList<LineageDto> Lineage, bool CanEdit)
{
    /// <summary>The desk of the organization's country, for the page's cards (not part of the API's answer).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int? DeskId { get; init; }

    /// <summary>Ids in Party Facts, ParlGov and Wikidata and the Wikipedia page, with links to their public pages.</summary>
    public IReadOnlyList<Imports.ExternalIdDto> ExternalIds { get; init; } = [];
}

public static class OrganizationQueries
{
    public static IQueryable<Organization> Filtered(LiaisonDbContext db, OrganizationFilter f)
    {
        var today = Clock.Today;
        var query = db.Organizations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Country))
        {
            var code = f.Country.Trim().ToUpperInvariant();
            query = code == "INT" ? query.Where(o => o.CountryId == null) : query.Where(o => o.Country!.Iso3 == code);
        }

        if (f.Desk is int desk)
        {
            query = query.Where(o => o.Country!.DeskId == desk);
        }

        if (f.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }

        if (f.Family is { } family)
        {
            query = query.Where(o => o.Family == family);
        }

        if (f.Standing is { } standing)
        {
            query = query.Where(o => o.Standings.Any(s => s.Standing == standing && s.From <= today && (s.To == null || s.To > today)));
        }

        if (!string.IsNullOrWhiteSpace(f.Level))
        {
            query = f.Level == "none"
                ? query.Where(o => o.Relationship == null || o.Relationship.Level!.Code == "none")
                : query.Where(o => o.Relationship!.Level!.Code == f.Level);
        }

        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            // Case-insensitive on both databases (SQLite's LIKE folds ASCII case; PostgreSQL needs ILIKE).
            var pattern = "%" + TextPatterns.EscapeLike(f.Q.Trim()) + "%";
            query = db.IsPostgres
                ? query.Where(o => EF.Functions.ILike(o.NameEn, pattern, "\\") || (o.NameZh != null && EF.Functions.ILike(o.NameZh, pattern, "\\"))
                    || (o.NameNative != null && EF.Functions.ILike(o.NameNative, pattern, "\\")) || (o.Abbreviation != null && EF.Functions.ILike(o.Abbreviation, pattern, "\\")))
                : query.Where(o => EF.Functions.Like(o.NameEn, pattern, "\\") || (o.NameZh != null && EF.Functions.Like(o.NameZh, pattern, "\\"))
                    || (o.NameNative != null && EF.Functions.Like(o.NameNative, pattern, "\\")) || (o.Abbreviation != null && EF.Functions.Like(o.Abbreviation, pattern, "\\")));
        }

        return query;
    }

    public static async Task<Page<OrganizationListItem>> ListAsync(LiaisonDbContext db, OrganizationFilter f, CancellationToken ct = default)
    {
        var today = Clock.Today;
        var query = Filtered(db, f);
        var total = await query.CountAsync(ct);
        query = f.Sort switch
        {
            "country" => query.OrderBy(o => o.Country!.NameEn).ThenBy(o => o.NameEn.ToLower()),
            "-name" => query.OrderByDescending(o => o.NameEn.ToLower()).ThenByDescending(o => o.NameEn),
            "updated" => query.OrderByDescending(o => o.UpdatedAt),
            "level" => query.OrderByDescending(o => o.Relationship!.Level!.Rank).ThenBy(o => o.NameEn.ToLower()),
            _ => query.OrderBy(o => o.NameEn.ToLower()).ThenBy(o => o.NameEn).ThenBy(o => o.Id),
        };
        var page = RequestValidation.ClampPage(f.Page);
        var size = RequestValidation.ClampPageSize(f.PageSize);
        var items = await query.Skip((page - 1) * size).Take(size).Select(o => new OrganizationListItem(
            o.Id, o.Kind, o.NameEn, o.NameZh, o.NameNative, o.Abbreviation,
            o.Country!.Iso3, o.Country.NameEn, o.Country.NameZh, o.Family,
            o.Standings.Where(s => s.From <= today && (s.To == null || s.To > today)).OrderByDescending(s => s.From).Select(s => (Standing?)s.Standing).FirstOrDefault(),
            o.Relationship!.Level!.Code, o.Relationship.Level.NameEn, o.Relationship.Level.NameZh, o.Classification)).ToListAsync(ct);
        return new Page<OrganizationListItem>(items, total, page, size);
    }

    public static async Task<OrganizationDetail?> DetailAsync(LiaisonDbContext db, int id, CancellationToken ct = default)
    {
        var o = await db.Organizations.AsNoTracking().Include(x => x.Country).Include(x => x.Parent).Include(x => x.ExternalIds)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null)
        {
            return null;
        }

        var links = await OrganizationLinksQuery.LoadAsync(db, id, ct);

        if (o.Classification >= Classification.Confidential)
        {
            await db.AuditReadAsync(nameof(Organization), id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        }

        return new OrganizationDetail(
            o.Id, o.Kind, o.NameEn, o.NameNative, o.NameRomanized, o.NameZh, o.Abbreviation,
            o.Country?.Iso3, o.Country?.NameEn, o.Country?.NameZh, o.Family, o.Founded, o.Dissolved, o.Website, o.Description,
            o.Parent is null ? null : new OrgRef(o.Parent.Id, o.Parent.NameEn, o.Parent.NameZh, o.Parent.Abbreviation),
            o.Classification, o.CreatedAt, o.UpdatedAt, o.Version,
            links.OtherNames,
            links.Standings,
            links.Wings,
            links.Memberships,
            links.Lineage,
            db.Scope.CanEdit(o.Classification, o.Country?.DeskId, o.CountryId is not null))
        {
            DeskId = o.Country?.DeskId,
            ExternalIds = o.ExternalIds.OrderBy(e => e.Scheme, StringComparer.Ordinal).ThenBy(e => e.Value, StringComparer.Ordinal)
                .Select(e => new Imports.ExternalIdDto(e.Scheme, e.Value, Imports.ExternalSchemes.Url(e.Scheme, e.Value, o.Country?.Iso3))).ToList(),
        };
    }

    /// <summary>A party's standing on a date, or null when no span covers it.</summary>
    public static Task<StandingDto?> StandingOnAsync(LiaisonDbContext db, int organizationId, DateOnly date, CancellationToken ct = default) =>
        db.StandingSpans.AsNoTracking()
            .Where(s => s.OrganizationId == organizationId && s.From <= date && (s.To == null || s.To > date))
            .OrderByDescending(s => s.From)
            .Select(s => new StandingDto(s.Id, s.Standing, s.HeadOfGovernment, s.From, s.To, s.Source, s.Note))
            .FirstOrDefaultAsync(ct);
}
