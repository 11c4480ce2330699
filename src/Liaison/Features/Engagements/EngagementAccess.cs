using Liaison.Data;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements;

/// <summary>
/// The header every engagement page, section and endpoint starts from: null when the engagement does not exist for the
/// caller (the query filters decide), otherwise what it is and what the caller may do with it.
/// </summary>
public sealed record EngagementHeader(
    int Id, string Title, string? TitleZh, EngagementKind Kind, EngagementStatus Status, DateOnly StartsOn, DateOnly EndsOn,
    Classification Classification, int? CountryId, int? DeskId, int Version, bool CanOrganize, bool CanApprove)
{
    public string DisplayTitle => Web.EnumText.Pick(Title, TitleZh);
}

public static class EngagementAccess
{
    public static async Task<EngagementHeader?> FindAsync(LiaisonDbContext db, int id, CancellationToken ct)
    {
        var row = await db.Engagements.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new
            {
                e.Id,
                e.Title,
                e.TitleZh,
                e.Kind,
                e.Status,
                e.StartsOn,
                e.EndsOn,
                e.Classification,
                e.CountryId,
                DeskId = e.Country == null ? null : e.Country.DeskId,
                e.Version,
            })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var scope = db.Scope;
        var hasCountry = row.CountryId is not null;
        return new EngagementHeader(
            row.Id, row.Title, row.TitleZh, row.Kind, row.Status, row.StartsOn, row.EndsOn, row.Classification, row.CountryId,
            row.DeskId, row.Version,
            scope.CanOrganize(row.Classification, row.DeskId, hasCountry),
            scope.CanApprove(row.Classification, row.DeskId, hasCountry));
    }

    /// <summary>An endpoint reading a part of an engagement: 404 when the engagement does not exist for the caller.</summary>
    public static async Task<(EngagementHeader? Header, IResult? Refusal)> ForReadAsync(LiaisonDbContext db, int id, CancellationToken ct) =>
        await FindAsync(db, id, ct) is { } header ? (header, null) : (null, TypedResults.NotFound());

    /// <summary>An endpoint changing a part of an engagement: 404 when it does not exist for the caller, 403 when they may see it but not organize it.</summary>
    public static async Task<(EngagementHeader? Header, IResult? Refusal)> ForChangeAsync(LiaisonDbContext db, int id, CancellationToken ct)
    {
        var header = await FindAsync(db, id, ct);
        return header switch
        {
            null => (null, TypedResults.NotFound()),
            { CanOrganize: false } => (null, TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden, title: "You may see this engagement but not change it.")),
            _ => (header, null),
        };
    }

    /// <summary>
    /// The header for the section cards of one engagement page: read once per request and shared by the cards, so the page
    /// does not repeat the query for every section.
    /// </summary>
    public static async Task<EngagementHeader?> CachedAsync(HttpContext http, LiaisonDbContext db, int id)
    {
        var key = CacheKey(id);
        if (http.Items.TryGetValue(key, out var cached))
        {
            return cached as EngagementHeader;
        }

        var header = await FindAsync(db, id, http.RequestAborted);
        http.Items[key] = header;
        return header;
    }

    /// <summary>A page that has just read the whole engagement hands its header to the cards, which then read it no more.</summary>
    public static void Prime(HttpContext http, EngagementHeader header) => http.Items[CacheKey(header.Id)] = header;

    private static string CacheKey(int id) => "engagement-header:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
