using Liaison.Data;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Security;

/// <summary>One link table as the viewer reads it, as its records' own filters say it should be, and in all.</summary>
public sealed record LinkCount(string Name, int Visible, int Expected, int Total);

/// <summary>
/// Counts every link table three ways for the context's viewer: through its query filter; without it, keeping the rows
/// whose records (organizations, people, engagements, touchpoints) pass their own filters; and all rows.
/// </summary>
public static class LinkCounts
{
    public static readonly string[] AlwaysPartlyHidden =
        ["StandingSpans", "EngagementOrganizations", "EngagementCountries", "EngagementMembers", "ItineraryItems", "Positions", "TouchpointPeople", "TouchpointOrganizations", "Relationships"];

    public static async Task<IReadOnlyList<LinkCount>> ReadAsync(LiaisonDbContext db)
    {
        var clearance = db.Scope.Clearance;
        var orgs = (await db.Organizations.Select(o => o.Id).ToListAsync()).ToHashSet();
        var people = (await db.People.Select(p => p.Id).ToListAsync()).ToHashSet();
        var engagements = (await db.Engagements.Select(e => e.Id).ToListAsync()).ToHashSet();
        var touchpoints = (await db.Touchpoints.Select(t => t.Id).ToListAsync()).ToHashSet();

        // Ties, internal agreements and contact details stay within the record's desk, whatever its classification.
        var deskCountries = (await db.Countries.Select(c => new { c.Id, c.DeskId }).ToListAsync())
            .Where(c => db.Scope.CoversDesk(c.DeskId)).Select(c => (int?)c.Id).ToList();
        var orgsInDesk = (await db.Organizations.IgnoreQueryFilters().Where(o => o.CountryId == null || deskCountries.Contains(o.CountryId)).Select(o => o.Id).ToListAsync()).ToHashSet();
        var peopleInDesk = (await db.People.IgnoreQueryFilters().Where(p => p.CountryId == null || deskCountries.Contains(p.CountryId)).Select(p => p.Id).ToListAsync()).ToHashSet();
        var internalReader = clearance >= Classification.Internal;

        var counts = new List<LinkCount>
        {
            await CountAsync("OrganizationNames", db.OrganizationNames, x => new { x.OrganizationId }, x => orgs.Contains(x.OrganizationId)),
            await CountAsync("StandingSpans", db.StandingSpans, x => new { x.OrganizationId }, x => orgs.Contains(x.OrganizationId)),
            await CountAsync("Memberships", db.Memberships, x => new { x.GroupId, x.MemberId }, x => orgs.Contains(x.MemberId) && orgs.Contains(x.GroupId)),
            await CountAsync("LineageLinks", db.LineageLinks, x => new { x.PredecessorId, x.SuccessorId }, x => orgs.Contains(x.PredecessorId) && orgs.Contains(x.SuccessorId)),
            await CountAsync("ElectionResults", db.ElectionResults, x => new { x.OrganizationId }, x => orgs.Contains(x.OrganizationId)),
            await CountAsync("Relationships", db.Relationships, x => new { x.OrganizationId }, x => internalReader && orgs.Contains(x.OrganizationId) && orgsInDesk.Contains(x.OrganizationId)),
            await CountAsync("RelationshipLevelChanges", db.RelationshipLevelChanges, x => new { x.OrganizationId }, x => internalReader && orgs.Contains(x.OrganizationId) && orgsInDesk.Contains(x.OrganizationId)),
            await CountAsync("Agreements", db.Agreements, x => new { x.Classification, x.OrganizationId }, x => x.Classification <= clearance && orgs.Contains(x.OrganizationId)
                && (x.Classification == Classification.Public || orgsInDesk.Contains(x.OrganizationId))),
            await CountAsync("EngagementOrganizations", db.EngagementOrganizations, x => new { x.EngagementId, x.OrganizationId }, x => engagements.Contains(x.EngagementId) && orgs.Contains(x.OrganizationId)),
            await CountAsync("EngagementCountries", db.EngagementCountries, x => new { x.EngagementId }, x => engagements.Contains(x.EngagementId)),
            await CountAsync("EngagementTransitions", db.EngagementTransitions, x => new { x.EngagementId }, x => engagements.Contains(x.EngagementId)),
            await CountAsync("EngagementMembers", db.EngagementMembers, x => new { x.EngagementId, x.PersonId }, x => engagements.Contains(x.EngagementId) && people.Contains(x.PersonId)),
            await CountAsync("ItineraryItems", db.ItineraryItems, x => new { x.EngagementId }, x => engagements.Contains(x.EngagementId)),
            await CountAsync("LogisticsItems", db.LogisticsItems, x => new { x.EngagementId }, x => engagements.Contains(x.EngagementId)),
            await CountAsync("Gifts", db.Gifts, x => new { x.EngagementId }, x => engagements.Contains(x.EngagementId)),
            await CountAsync("EngagementOutcomes", db.EngagementOutcomes, x => new { x.EngagementId }, x => engagements.Contains(x.EngagementId)),
            await CountAsync("EngagementDocuments", db.EngagementDocuments, x => new { x.EngagementId }, x => engagements.Contains(x.EngagementId)),
            await CountAsync("PersonNames", db.PersonNames, x => new { x.PersonId }, x => people.Contains(x.PersonId)),
            await CountAsync("PersonPhotos", db.PersonPhotos, x => new { x.PersonId }, x => people.Contains(x.PersonId)),
            await CountAsync("PersonMatchKeys", db.PersonMatchKeys, x => new { x.PersonId }, x => people.Contains(x.PersonId)),
            await CountAsync("MatchKeyPairs", db.MatchKeyPairs, x => new { x.PersonAId, x.PersonBId }, x => people.Contains(x.PersonAId) && people.Contains(x.PersonBId)),
            await CountAsync("Positions", db.Positions, x => new { x.OrganizationId, x.PersonId }, x => people.Contains(x.PersonId) && orgs.Contains(x.OrganizationId)),
            await CountAsync("ContactChannels", db.ContactChannels, x => new { x.PersonId }, x => internalReader && people.Contains(x.PersonId) && peopleInDesk.Contains(x.PersonId)),
            await CountAsync("TouchpointPeople", db.TouchpointPeople, x => new { x.PersonId, x.TouchpointId }, x => touchpoints.Contains(x.TouchpointId) && people.Contains(x.PersonId)),
            await CountAsync("TouchpointOrganizations", db.TouchpointOrganizations, x => new { x.OrganizationId, x.TouchpointId }, x => touchpoints.Contains(x.TouchpointId) && orgs.Contains(x.OrganizationId)),
            await CountAsync("TouchpointParticipants", db.TouchpointParticipants, x => new { x.TouchpointId }, x => touchpoints.Contains(x.TouchpointId)),
        };
        return counts;
    }

    // The rows' keys are read without the filters (for the whole statement) and checked here against the records' ids.
    private static async Task<LinkCount> CountAsync<T, TKeys>(
        string name, DbSet<T> set, System.Linq.Expressions.Expression<Func<T, TKeys>> keys, Func<TKeys, bool> recordsVisible)
        where T : class
    {
        var all = await set.IgnoreQueryFilters().AsNoTracking().Select(keys).ToListAsync();
        return new(name, await set.CountAsync(), all.Count(recordsVisible), all.Count);
    }
}
