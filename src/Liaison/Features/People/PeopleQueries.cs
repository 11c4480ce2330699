using System.Globalization;
using Liaison.Data;
using Liaison.Features.Search;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.People;

public sealed record PersonFilter(
    string? Q = null, string? Country = null, int? Desk = null, int? Tier = null, string? Owner = null, string? Tag = null,
    Classification? Classification = null, string? Sort = null, int? Page = null, int? PageSize = null);

public sealed record PositionSummary(string Title, string? TitleZh, int OrganizationId, string OrganizationNameEn, string? OrganizationNameZh);

public sealed record PersonListItem(
    int Id, string NameEn, string? NameZh, string? NameNative, string? Honorific, string? CountryIso3, string? CountryName, string? CountryNameZh,
    PositionSummary? CurrentPosition, int? TierId, string? TierName, string? TierNameZh, string? OwnerId, string? OwnerName,
    Classification Classification, string? Tags);

public sealed record PersonNameDto(int Id, string Name, PersonNameKind Kind, string? Language);

public sealed record PositionDto(
    int Id, int PersonId, int OrganizationId, string OrganizationNameEn, string? OrganizationNameZh, string? OrganizationAbbreviation,
    PositionKind Kind, string Title, string? TitleZh, int Rank, DateOnly? From, DateOnly? To, string? Note, int Version, bool IsCurrent);

public sealed record ChannelDto(
    int Id, int PersonId, ChannelKind Kind, string Value, string? Label, bool Preferred, Consent Consent, DateOnly? ConsentOn,
    string? ConsentNote, DateOnly? LastVerifiedOn, int Version);

public sealed record PersonDetail(
    int Id, string NameEn, string? NameNative, string? NameRomanized, string? NameZh, string? FamilyName, string? GivenName, NameOrder NameOrder,
    string? Honorific, string? FormOfAddress, Gender Gender, int? BirthYear, DateOnly? BirthDate,
    string? CountryIso3, string? CountryName, string? CountryNameZh, string? Languages, string? Biography,
    string? Diet, string? Religion, string? InterpreterLanguage, string? ProtocolNotes, IReadOnlyList<string> Tags,
    Classification Classification, int? TierId, string? TierName, string? TierNameZh, string? OwnerId, string? OwnerName,
    DateOnly? LastTouchpointOn, DateTime? PhotoUpdatedAt, DateTime CreatedAt, DateTime UpdatedAt, int Version,
    IReadOnlyList<PersonNameDto> OtherNames, IReadOnlyList<PositionDto> Positions, bool CanEdit, bool CanSeeContacts)
{
    public string? PhotoUrl => PhotoUpdatedAt is { } at ? $"/people/{Id}/photo?v={PeopleQueries.PhotoVersion(at)}" : null;

    /// <summary>The desk of the person's country, for the page's cards (not part of the API's answer).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int? DeskId { get; init; }
}

public sealed record LeaderDto(
    int PositionId, int PersonId, string PersonNameEn, string? PersonNameZh, PositionKind Kind, string Title, string? TitleZh, int Rank, DateOnly? From, DateOnly? To);

public sealed record LeadershipDto(IReadOnlyList<LeaderDto> Current, IReadOnlyList<LeaderDto> Past);

public static class PeopleQueries
{
    public static IQueryable<Person> Filtered(LiaisonDbContext db, PersonFilter f)
    {
        var query = db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Country))
        {
            var code = f.Country.Trim().ToUpperInvariant();
            query = code == "INT" ? query.Where(p => p.CountryId == null) : query.Where(p => p.Country!.Iso3 == code);
        }

        if (f.Desk is int desk)
        {
            query = query.Where(p => p.Country!.DeskId == desk);
        }

        if (f.Tier is int tier)
        {
            query = query.Where(p => p.TierId == tier);
        }

        if (!string.IsNullOrWhiteSpace(f.Owner))
        {
            var owner = f.Owner == "mine" ? db.Scope.UserId ?? "" : f.Owner;
            query = f.Owner == "none" ? query.Where(p => p.OwnerId == null) : query.Where(p => p.OwnerId == owner);
        }

        if (f.Classification is { } classification)
        {
            query = query.Where(p => p.Classification == classification);
        }

        if (!string.IsNullOrWhiteSpace(f.Tag))
        {
            // Tags are stored normalized as "a, b, c": match a whole tag, ignoring case.
            var pattern = "%, " + TextPatterns.EscapeLike(f.Tag.Trim()) + ",%";
            query = db.IsPostgres
                ? query.Where(p => p.Tags != null && EF.Functions.ILike(", " + p.Tags + ",", pattern, "\\"))
                : query.Where(p => p.Tags != null && EF.Functions.Like(", " + p.Tags + ",", pattern, "\\"));
        }

        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            // Case-insensitive on both databases (SQLite's LIKE folds ASCII case; PostgreSQL needs ILIKE).
            // The search index adds names folded the same way everywhere (case, diacritics, width): "TÔ LÂM" finds "Tô Lâm".
            var pattern = "%" + TextPatterns.EscapeLike(f.Q.Trim()) + "%";
            var folded = TextNormalizer.Normalize(f.Q);
            var indexed = db.SearchEntries.Where(e => e.Kind == SearchKinds.Person && folded.Length > 0 && e.Text.Contains(folded)).Select(e => e.RecordId);
            query = db.IsPostgres
                ? query.Where(p => EF.Functions.ILike(p.NameEn, pattern, "\\")
                    || (p.NameZh != null && EF.Functions.ILike(p.NameZh, pattern, "\\"))
                    || (p.NameNative != null && EF.Functions.ILike(p.NameNative, pattern, "\\"))
                    || (p.NameRomanized != null && EF.Functions.ILike(p.NameRomanized, pattern, "\\"))
                    || p.OtherNames.Any(n => EF.Functions.ILike(n.Name, pattern, "\\"))
                    || indexed.Contains(p.Id))
                : query.Where(p => EF.Functions.Like(p.NameEn, pattern, "\\")
                    || (p.NameZh != null && EF.Functions.Like(p.NameZh, pattern, "\\"))
                    || (p.NameNative != null && EF.Functions.Like(p.NameNative, pattern, "\\"))
                    || (p.NameRomanized != null && EF.Functions.Like(p.NameRomanized, pattern, "\\"))
                    || p.OtherNames.Any(n => EF.Functions.Like(n.Name, pattern, "\\"))
                    || indexed.Contains(p.Id));
        }

        return query;
    }

    public static async Task<Page<PersonListItem>> ListAsync(LiaisonDbContext db, PersonFilter f, CancellationToken ct = default)
    {
        var today = Clock.Today;
        var query = Filtered(db, f);
        var (total, atLeast) = await PageCounts.CountAsync(query, ct);
        query = f.Sort switch
        {
            "country" => query.OrderBy(p => p.Country!.NameEn).ThenBy(p => p.NameEn.ToLower()).ThenBy(p => p.Id),
            "-name" => query.OrderByDescending(p => p.NameEn.ToLower()).ThenByDescending(p => p.NameEn).ThenBy(p => p.Id),
            "updated" => query.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id),
            "tier" => query.OrderBy(p => p.Tier == null).ThenBy(p => p.Tier!.SortOrder).ThenBy(p => p.NameEn.ToLower()).ThenBy(p => p.Id),
            _ => query.OrderBy(p => p.NameEn.ToLower()).ThenBy(p => p.NameEn).ThenBy(p => p.Id),
        };
        var page = RequestValidation.ClampPage(f.Page);
        var size = RequestValidation.ClampPageSize(f.PageSize);
        var rows = await query.Skip((page - 1) * size).Take(size).Select(p => new PersonListItem(
            p.Id, p.NameEn, p.NameZh, p.NameNative, p.Honorific, p.Country!.Iso3, p.Country.NameEn, p.Country.NameZh,
            null, p.TierId, p.Tier!.NameEn, p.Tier.NameZh, p.OwnerId, p.Owner!.DisplayName, p.Classification, p.Tags)).ToListAsync(ct);

        // The page's current posts in a second statement by person key: as a correlated "first post" the database would
        // rank every position of every person before joining the page's fifty.
        var ids = rows.Select(r => r.Id).ToList();
        var posts = ids.Count == 0 ? [] : (await db.Positions.AsNoTracking()
            .Where(x => ids.Contains(x.PersonId) && (x.From == null || x.From <= today) && (x.To == null || x.To > today))
            .Select(x => new { x.PersonId, x.Rank, x.From, Summary = new PositionSummary(x.Title, x.TitleZh, x.OrganizationId, x.Organization!.NameEn, x.Organization.NameZh) })
            .ToListAsync(ct))
            .GroupBy(x => x.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Rank).ThenByDescending(x => x.From).First().Summary);
        var items = rows.Select(r => posts.TryGetValue(r.Id, out var post) ? r with { CurrentPosition = post } : r).ToList();
        return new Page<PersonListItem>(items, total, page, size) { TotalIsAtLeast = atLeast };
    }

    public static async Task<PersonDetail?> DetailAsync(LiaisonDbContext db, int id, bool auditRead, CancellationToken ct = default)
    {
        var p = await db.People.AsNoTracking().AsSplitQuery()
            .Include(x => x.Country).Include(x => x.Tier).Include(x => x.Owner).Include(x => x.OtherNames)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return null;
        }

        var positions = await PositionsAsync(db, id, ct);
        if (auditRead && p.Classification >= Classification.Confidential)
        {
            await db.AuditReadAsync(nameof(Person), id.ToString(CultureInfo.InvariantCulture), ct);
        }

        return new PersonDetail(
            p.Id, p.NameEn, p.NameNative, p.NameRomanized, p.NameZh, p.FamilyName, p.GivenName, p.NameOrder,
            p.Honorific, p.FormOfAddress, p.Gender, p.BirthYear, p.BirthDate,
            p.Country?.Iso3, p.Country?.NameEn, p.Country?.NameZh, p.Languages, p.Biography,
            p.Diet, p.Religion, p.InterpreterLanguage, p.ProtocolNotes, PersonEditor.SplitList(p.Tags),
            p.Classification, p.TierId, p.Tier?.NameEn, p.Tier?.NameZh, p.OwnerId, p.Owner?.DisplayName,
            p.LastTouchpointOn, p.PhotoUpdatedAt, p.CreatedAt, p.UpdatedAt, p.Version,
            p.OtherNames.OrderBy(n => n.Id).Select(n => new PersonNameDto(n.Id, n.Name, n.Kind, n.Language)).ToList(),
            positions,
            db.Scope.CanEdit(p.Classification, p.Country?.DeskId, p.CountryId is not null),
            db.Scope.CanSeeContacts(p.Country?.DeskId, p.CountryId is not null))
        {
            DeskId = p.Country?.DeskId,
        };
    }

    /// <summary>A person's career, newest first; current posts are derived from the dates, never stored.</summary>
    public static async Task<List<PositionDto>> PositionsAsync(LiaisonDbContext db, int personId, CancellationToken ct = default)
    {
        var today = Clock.Today;
        var rows = await db.Positions.AsNoTracking().Where(x => x.PersonId == personId)
            .Select(x => new { x, OrgNameEn = x.Organization!.NameEn, OrgNameZh = x.Organization.NameZh, OrgAbbr = x.Organization.Abbreviation })
            .ToListAsync(ct);
        return rows
            .Select(r => ToDto(r.x, r.OrgNameEn, r.OrgNameZh, r.OrgAbbr, today))
            .OrderByDescending(d => d.IsCurrent).ThenByDescending(d => d.From ?? DateOnly.MinValue).ThenBy(d => d.Rank).ThenBy(d => d.Id)
            .ToList();
    }

    public static PositionDto ToDto(Position x, string orgNameEn, string? orgNameZh, string? orgAbbr, DateOnly today) => new(
        x.Id, x.PersonId, x.OrganizationId, orgNameEn, orgNameZh, orgAbbr, x.Kind, x.Title, x.TitleZh, x.Rank, x.From, x.To, x.Note, x.Version, x.IsCurrent(today));

    public static async Task<PositionDto?> PositionAsync(LiaisonDbContext db, int positionId, CancellationToken ct = default)
    {
        var row = await db.Positions.AsNoTracking().Where(x => x.Id == positionId)
            .Select(x => new { x, OrgNameEn = x.Organization!.NameEn, OrgNameZh = x.Organization.NameZh, OrgAbbr = x.Organization.Abbreviation })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : ToDto(row.x, row.OrgNameEn, row.OrgNameZh, row.OrgAbbr, Clock.Today);
    }

    /// <summary>An organization's office-holders: current ones by rank, then past ones (ended), most recent first.</summary>
    public static async Task<LeadershipDto> LeadershipAsync(LiaisonDbContext db, int organizationId, CancellationToken ct = default)
    {
        var today = Clock.Today;
        var rows = await db.Positions.AsNoTracking().Where(x => x.OrganizationId == organizationId)
            .Select(x => new LeaderDto(x.Id, x.PersonId, x.Person!.NameEn, x.Person.NameZh, x.Kind, x.Title, x.TitleZh, x.Rank, x.From, x.To))
            .ToListAsync(ct);
        bool IsCurrent(LeaderDto l) => (l.From is null || l.From <= today) && (l.To is null || today < l.To);
        return new LeadershipDto(
            rows.Where(IsCurrent).OrderBy(l => l.Rank).ThenBy(l => l.From ?? DateOnly.MinValue).ThenBy(l => l.PositionId).ToList(),
            rows.Where(l => l.To is { } to && to <= today).OrderByDescending(l => l.To ?? l.From ?? DateOnly.MinValue).ThenBy(l => l.Rank).ThenBy(l => l.PositionId).ToList());
    }

    public static async Task<List<ChannelDto>> ChannelsAsync(LiaisonDbContext db, int personId, CancellationToken ct = default) =>
        (await db.ContactChannels.AsNoTracking().Where(c => c.PersonId == personId).ToListAsync(ct))
            .OrderByDescending(c => c.Preferred).ThenBy(c => c.Kind).ThenBy(c => c.Id)
            .Select(ToDto).ToList();

    public static ChannelDto ToDto(ContactChannel c) =>
        new(c.Id, c.PersonId, c.Kind, c.Value, c.Label, c.Preferred, c.Consent, c.ConsentOn, c.ConsentNote, c.LastVerifiedOn, c.Version);

    public static string PhotoVersion(DateTime at) => at.Ticks.ToString(CultureInfo.InvariantCulture);
}
