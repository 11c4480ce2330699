using System.Linq.Expressions;
using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Documents;
using Liaison.Features.Engagements.Itinerary;
using Liaison.Features.Engagements.Logistics;
using Liaison.Features.Engagements.Outcomes;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Features.Relationships;
using Liaison.Features.Touchpoints;
using Liaison.Features.Work;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace Liaison.Data;

// The single definition of record visibility for queries: every read path (lists, detail, search, counts,
// exports) goes through these filters. RecordAccess.CanSee states the same rule for records in memory.
public sealed partial class LiaisonDbContext
{
    private Classification ViewerClearance => Scope.Clearance;
    private bool ViewerAllDesks => Scope.AllDesks;
    private int[] ViewerDeskIds => Scope.DeskIds;
    private string ViewerDeskList => Scope.DeskList;
    private string? ViewerUserId => Scope.UserId;
    private bool ViewerSeesContacts => Scope.SeesContacts;

    /// <summary>Which database the filters are written for, when they are built outside a configured context.</summary>
    private bool? _filtersForPostgres;

    private bool FiltersForPostgres => _filtersForPostgres ?? IsPostgres;

    /// <summary>
    /// The visibility filters for <paramref name="postgres"/>, on a model builder without conventions: the compiled
    /// models carry no query filters (EF cannot write them as code), so they take these at run time.
    /// </summary>
    internal static IReadOnlyModel FiltersFor(bool postgres)
    {
        var builder = new ModelBuilder();
        // The filters read the viewer from `this`; EF puts the querying context in its place, so this one is never used.
        new LiaisonDbContext(new DbContextOptions<LiaisonDbContext>()) { _filtersForPostgres = postgres }.ApplyVisibilityFilters(builder);
        return builder.Model;
    }

    private void ApplyVisibilityFilters(ModelBuilder builder)
    {
        // A country without a desk is covered by nobody but the all-desks roles: it fails closed.
        var visible = And(
            o => o.Classification <= ViewerClearance,
            Or(o => o.Classification == Classification.Public || ViewerAllDesks || o.CountryId == null, InViewerDesks<Organization>(o => o.CountryId)));

        // Desk-scoped regardless of the organization's own classification: our ties with a public party are internal.
        var inDesk = Or(o => ViewerAllDesks || o.CountryId == null, InViewerDesks<Organization>(o => o.CountryId));

        // A row hanging off a record (a name, a standing, a member, a position…) is visible when its record is. Its filter
        // names one column of the record through the navigation: EF then joins the record *with the record's own filter
        // applied*, and a row whose record the viewer may not see has nothing to join and is gone. Saying the record's
        // whole filter again in the row's filter only repeated it: each statement carried every filter twice, and took
        // PostgreSQL longer to plan and SQLite longer to run (LinkVisibilityTests holds the rows to their records).
        Expression<Func<Organization, bool>> joined = o => o.Classification <= ViewerClearance;

        builder.Entity<Organization>().HasQueryFilter(visible);
        builder.Entity<OrganizationName>().HasQueryFilter(Through<OrganizationName>(n => n.Organization!, joined));
        builder.Entity<StandingSpan>().HasQueryFilter(Through<StandingSpan>(s => s.Organization!, joined));
        builder.Entity<Relationship>().HasQueryFilter(And(
            And(_ => ViewerClearance >= Classification.Internal, Through<Relationship>(r => r.Organization!, joined)),
            Through<Relationship>(r => r.Organization!, inDesk)));
        builder.Entity<RelationshipLevelChange>().HasQueryFilter(And(
            And(_ => ViewerClearance >= Classification.Internal, Through<RelationshipLevelChange>(c => c.Relationship!.Organization!, joined)),
            Through<RelationshipLevelChange>(c => c.Relationship!.Organization!, inDesk)));
        builder.Entity<Membership>().HasQueryFilter(
            And(Through<Membership>(m => m.Member!, joined), Through<Membership>(m => m.Group!, joined)));
        builder.Entity<LineageLink>().HasQueryFilter(
            And(Through<LineageLink>(l => l.Predecessor!, joined), Through<LineageLink>(l => l.Successor!, joined)));
        builder.Entity<Features.Countries.ElectionResult>().HasQueryFilter(
            Through<Features.Countries.ElectionResult>(r => r.Organization!, joined));
        builder.Entity<Agreement>().HasQueryFilter(And(
            And(a => a.Classification <= ViewerClearance, Through<Agreement>(a => a.Organization!, joined)),
            Or(a => a.Classification == Classification.Public, Through<Agreement>(a => a.Organization!, inDesk))));
        ApplyPeopleFilters(builder, joined);
    }

    private void ApplyEngagementFilters(
        ModelBuilder builder, Expression<Func<Organization, bool>> organizationJoined, Expression<Func<Person, bool>> personJoined)
    {
        // Desk business like touchpoints (Internal clearance, the lead country's desk); Public ones are everyone's.
        var visible = And(
            e => e.Classification <= ViewerClearance,
            Or(
                e => e.Classification == Classification.Public,
                And(e => ViewerClearance >= Classification.Internal, Or(e => ViewerAllDesks || e.CountryId == null, InViewerDesks<Engagement>(e => e.CountryId)))));

        // Rows of an engagement join the engagement with its filter (see ApplyVisibilityFilters).
        Expression<Func<Engagement, bool>> joined = e => e.Classification <= ViewerClearance;

        builder.Entity<Engagement>().HasQueryFilter(visible);
        builder.Entity<EngagementOrganization>().HasQueryFilter(And(
            ThroughEngagement<EngagementOrganization>(x => x.Engagement!, joined), Through<EngagementOrganization>(x => x.Organization!, organizationJoined)));
        builder.Entity<EngagementCountry>().HasQueryFilter(ThroughEngagement<EngagementCountry>(x => x.Engagement!, joined));
        builder.Entity<EngagementTransition>().HasQueryFilter(ThroughEngagement<EngagementTransition>(x => x.Engagement!, joined));
        builder.Entity<EngagementMember>().HasQueryFilter(And(
            ThroughEngagement<EngagementMember>(x => x.Engagement!, joined), ThroughPerson<EngagementMember>(x => x.Person!, personJoined)));
        builder.Entity<ItineraryItem>().HasQueryFilter(ThroughEngagement<ItineraryItem>(x => x.Engagement!, joined));
        builder.Entity<LogisticsItem>().HasQueryFilter(ThroughEngagement<LogisticsItem>(x => x.Engagement!, joined));
        builder.Entity<Gift>().HasQueryFilter(ThroughEngagement<Gift>(x => x.Engagement!, joined));
        builder.Entity<EngagementOutcome>().HasQueryFilter(ThroughEngagement<EngagementOutcome>(x => x.Engagement!, joined));
        builder.Entity<EngagementDocument>().HasQueryFilter(ThroughEngagement<EngagementDocument>(x => x.Engagement!, joined));
    }

    private void ApplyPeopleFilters(ModelBuilder builder, Expression<Func<Organization, bool>> organizationJoined)
    {
        // People follow the organizations' rule through their country; merged records are gone for everyone.
        var visible = And(
            p => p.MergedIntoId == null && p.Classification <= ViewerClearance,
            Or(p => p.Classification == Classification.Public || ViewerAllDesks || p.CountryId == null, InViewerDesks<Person>(p => p.CountryId)));
        var inDesk = Or(p => ViewerAllDesks || p.CountryId == null, InViewerDesks<Person>(p => p.CountryId));

        // Our interactions are desk business whatever the classification of those involved.
        var touchpointVisible = And(
            t => ViewerClearance >= Classification.Internal && t.Classification <= ViewerClearance,
            Or(t => ViewerAllDesks || t.CountryId == null, InViewerDesks<Touchpoint>(t => t.CountryId)));

        // Rows of a person or a touchpoint join it with its filter (see ApplyVisibilityFilters).
        Expression<Func<Person, bool>> joined = p => p.Classification <= ViewerClearance;
        Expression<Func<Touchpoint, bool>> touchpointJoined = t => t.Classification <= ViewerClearance;

        builder.Entity<Person>().HasQueryFilter(visible);
        ApplyEngagementFilters(builder, organizationJoined, joined);
        builder.Entity<PersonName>().HasQueryFilter(ThroughPerson<PersonName>(n => n.Person!, joined));
        builder.Entity<PersonPhoto>().HasQueryFilter(ThroughPerson<PersonPhoto>(n => n.Person!, joined));
        builder.Entity<PersonMatchKey>().HasQueryFilter(ThroughPerson<PersonMatchKey>(k => k.Person!, joined));
        builder.Entity<MatchKeyPair>().HasQueryFilter(And(
            ThroughPerson<MatchKeyPair>(p => p.PersonA!, joined), ThroughPerson<MatchKeyPair>(p => p.PersonB!, joined)));
        builder.Entity<Position>().HasQueryFilter(And(
            ThroughPerson<Position>(p => p.Person!, joined), Through<Position>(p => p.Organization!, organizationJoined)));

        // Contact details: contact roles of the person's desk only, even for Public people.
        builder.Entity<ContactChannel>().HasQueryFilter(And(
            And(_ => ViewerSeesContacts && ViewerClearance >= Classification.Internal, ThroughPerson<ContactChannel>(c => c.Person!, joined)),
            ThroughPerson<ContactChannel>(c => c.Person!, inDesk)));

        builder.Entity<Touchpoint>().HasQueryFilter(touchpointVisible);
        builder.Entity<TouchpointPerson>().HasQueryFilter(And(
            ThroughTouchpoint<TouchpointPerson>(x => x.Touchpoint!, touchpointJoined), ThroughPerson<TouchpointPerson>(x => x.Person!, joined)));
        builder.Entity<TouchpointOrganization>().HasQueryFilter(And(
            ThroughTouchpoint<TouchpointOrganization>(x => x.Touchpoint!, touchpointJoined),
            Through<TouchpointOrganization>(x => x.Organization!, organizationJoined)));
        builder.Entity<TouchpointParticipant>().HasQueryFilter(ThroughTouchpoint<TouchpointParticipant>(x => x.Touchpoint!, touchpointJoined));

        // Tasks: their owner and creator, and the desk of the record they follow up.
        builder.Entity<TaskItem>().HasQueryFilter(Or(
            t => (ViewerUserId != null && (t.OwnerId == ViewerUserId || t.CreatedById == ViewerUserId))
                || (ViewerClearance >= Classification.Internal && ViewerAllDesks),
            And(_ => ViewerClearance >= Classification.Internal, IsViewerDesk<TaskItem>(t => t.DeskId))));
    }

    /// <summary>
    /// Whether a desk is one of the viewer's. On SQLite the desk ids travel as one text (",3,7,"), a scalar parameter:
    /// with a list, EF Core expands one parameter per desk and so writes the statement's SQL again on every query
    /// (a tenth of a detail page's time). PostgreSQL keeps the list, which it plans better.
    /// </summary>
    private Expression<Func<T, bool>> IsViewerDesk<T>(Expression<Func<T, int?>> desk)
    {
        Expression<Func<int?, bool>> test = FiltersForPostgres
            ? id => id != null && ViewerDeskIds.Contains(id.Value)
            : id => id != null && ViewerDeskList.Contains("," + id.Value.ToString() + ",");
        return Via(desk, test);
    }

    /// <summary>
    /// Whether a record's country belongs to one of the viewer's desks (each country's desk tested by <see cref="IsViewerDesk"/>).
    /// SQLite reads "the country is among the countries of the viewer's desks", an uncorrelated subquery, once per
    /// statement; as a correlated EXISTS it looked the country up again for every row it read (counting a desk officer's
    /// touchpoints at full size: 26 ms, now 10). PostgreSQL plans the EXISTS better: the other form made the desk
    /// officer's *my work* and a country's page 2–3 times slower.
    /// </summary>
    private Expression<Func<T, bool>> InViewerDesks<T>(Expression<Func<T, int?>> country)
    {
        var deskCountry = IsViewerDesk<Features.Countries.Country>(c => c.DeskId);
        Expression<Func<int?, bool>> test = FiltersForPostgres
            ? id => Countries.Where(c => c.Id == id).Any(deskCountry)
            : id => Countries.Where(deskCountry).Select(c => (int?)c.Id).Contains(id);
        return Via(country, test);
    }

    private static Expression<Func<T, bool>> ThroughPerson<T>(Expression<Func<T, Person>> navigation, Expression<Func<Person, bool>> predicate) =>
        Via(navigation, predicate);

    private static Expression<Func<T, bool>> ThroughTouchpoint<T>(Expression<Func<T, Touchpoint>> navigation, Expression<Func<Touchpoint, bool>> predicate) =>
        Via(navigation, predicate);

    private static Expression<Func<T, bool>> ThroughEngagement<T>(Expression<Func<T, Engagement>> navigation, Expression<Func<Engagement, bool>> predicate) =>
        Via(navigation, predicate);

    private static Expression<Func<T, bool>> Through<T>(Expression<Func<T, Organization>> navigation, Expression<Func<Organization, bool>> predicate) =>
        Via(navigation, predicate);

    private static Expression<Func<T, bool>> Via<T, TTarget>(Expression<Func<T, TTarget>> navigation, Expression<Func<TTarget, bool>> predicate)
    {
        var body = ReplacingExpressionVisitor.Replace(predicate.Parameters[0], navigation.Body, predicate.Body);
        return Expression.Lambda<Func<T, bool>>(body, navigation.Parameters[0]);
    }

    private static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
    {
        var rightBody = ReplacingExpressionVisitor.Replace(right.Parameters[0], left.Parameters[0], right.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(left.Body, rightBody), left.Parameters[0]);
    }

    private static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
    {
        var rightBody = ReplacingExpressionVisitor.Replace(right.Parameters[0], left.Parameters[0], right.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, rightBody), left.Parameters[0]);
    }
}
