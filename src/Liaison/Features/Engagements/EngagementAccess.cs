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
}
