using Liaison.Data;

namespace Liaison.Features.Engagements.Logistics;

/// <summary>
/// How the section endpoints (logistics, gifts, outcomes, documents) answer for an engagement: 404 when it does not exist
/// for the caller, 403 for a change by someone who may see it but not organize it.
/// </summary>
public static class SectionAccess
{
    public static async Task<(EngagementHeader? Header, IResult? Refusal)> ForReadAsync(LiaisonDbContext db, int id, CancellationToken ct) =>
        await EngagementAccess.FindAsync(db, id, ct) is { } header ? (header, null) : (null, TypedResults.NotFound());

    public static async Task<(EngagementHeader? Header, IResult? Refusal)> ForChangeAsync(LiaisonDbContext db, int id, CancellationToken ct)
    {
        var header = await EngagementAccess.FindAsync(db, id, ct);
        return header switch
        {
            null => (null, TypedResults.NotFound()),
            { CanOrganize: false } => (null, TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden, title: "You may see this engagement but not change it.")),
            _ => (header, null),
        };
    }

    /// <summary>
    /// The header for the section cards of one engagement page: read once per request and shared by the cards (and by anyone
    /// else who asks with the same key), so the page does not repeat the query for every section.
    /// </summary>
    public static async Task<EngagementHeader?> CachedAsync(HttpContext http, LiaisonDbContext db, int id)
    {
        var key = "engagement-header:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (http.Items.TryGetValue(key, out var cached))
        {
            return cached as EngagementHeader;
        }

        var header = await EngagementAccess.FindAsync(db, id, http.RequestAborted);
        http.Items[key] = header;
        return header;
    }

    /// <summary>Local wall-clock times are stored as written; they carry no zone, so the API shows none.</summary>
    public static DateTime? Local(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Unspecified) : null;
}
