using System.Text.Json;
using Liaison.Data;
using Liaison.Features.Engagements;
using Liaison.Features.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Imports;

/// <summary>
/// Links an import added to a touchpoint or engagement it updated (people, organizations, users, countries). They are kept
/// in the update's provenance beside the previous field values, under names starting with "+", so a rollback can remove
/// exactly those links again.
/// </summary>
internal static class ImportedLinks
{
    public const string People = "+People";
    public const string Organizations = "+Organizations";
    public const string Participants = "+Participants";
    public const string Countries = "+Countries";

    public static bool IsLink(string field) => field.StartsWith('+');

    public static void Remember<T>(Dictionary<string, object?> previous, string link, IReadOnlyCollection<T> added)
    {
        if (added.Count > 0)
        {
            previous[link] = added;
        }
    }

    /// <summary>Removes the links an update added; returns the people and organizations whose touchpoint dates may move.</summary>
    public static async Task<(List<int> People, List<int> Organizations)> RemoveAsync(LiaisonDbContext db, ImportRecord record, CancellationToken ct)
    {
        List<int> people = [], organizations = [];
        var id = record.RecordId;
        foreach (var (link, value) in JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(record.Previous!)!.Where(p => IsLink(p.Key)))
        {
            switch (record.RecordType, link)
            {
                case (nameof(Touchpoint), People):
                    var p = value.Deserialize<List<int>>()!;
                    await db.TouchpointPeople.IgnoreQueryFilters().Where(x => x.TouchpointId == id && p.Contains(x.PersonId)).ExecuteDeleteAsync(ct);
                    people.AddRange(p);
                    break;
                case (nameof(Touchpoint), Organizations):
                    var o = value.Deserialize<List<int>>()!;
                    await db.TouchpointOrganizations.IgnoreQueryFilters().Where(x => x.TouchpointId == id && o.Contains(x.OrganizationId)).ExecuteDeleteAsync(ct);
                    organizations.AddRange(o);
                    break;
                case (nameof(Touchpoint), Participants):
                    var u = value.Deserialize<List<string>>()!;
                    await db.TouchpointParticipants.IgnoreQueryFilters().Where(x => x.TouchpointId == id && u.Contains(x.UserId)).ExecuteDeleteAsync(ct);
                    break;
                case (nameof(Engagement), Organizations):
                    var eo = value.Deserialize<List<int>>()!;
                    await db.EngagementOrganizations.IgnoreQueryFilters().Where(x => x.EngagementId == id && eo.Contains(x.OrganizationId)).ExecuteDeleteAsync(ct);
                    break;
                case (nameof(Engagement), Countries):
                    var ec = value.Deserialize<List<int>>()!;
                    await db.EngagementCountries.IgnoreQueryFilters().Where(x => x.EngagementId == id && ec.Contains(x.CountryId)).ExecuteDeleteAsync(ct);
                    break;
            }
        }

        return (people, organizations);
    }
}
