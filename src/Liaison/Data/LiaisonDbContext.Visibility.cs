using System.Linq.Expressions;
using Liaison.Features.Organizations;
using Liaison.Features.Relationships;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Liaison.Data;

// The single definition of record visibility for queries: every read path (lists, detail, search, counts,
// exports) goes through these filters. RecordAccess.CanSee states the same rule for records in memory.
public sealed partial class LiaisonDbContext
{
    private Classification ViewerClearance => Scope.Clearance;
    private bool ViewerAllDesks => Scope.AllDesks;
    private int[] ViewerDeskIds => Scope.DeskIds;

    private void ApplyVisibilityFilters(ModelBuilder builder)
    {
        // A country without a desk is covered by nobody but the all-desks roles: it fails closed.
        Expression<Func<Organization, bool>> visible = o =>
            o.Classification <= ViewerClearance
            && (o.Classification == Classification.Public
                || ViewerAllDesks
                || o.CountryId == null
                || (o.Country!.DeskId != null && ViewerDeskIds.Contains(o.Country.DeskId.Value)));

        // Desk-scoped regardless of the organization's own classification: our ties with a public party are internal.
        Expression<Func<Organization, bool>> inDesk = o =>
            ViewerAllDesks || o.CountryId == null || (o.Country!.DeskId != null && ViewerDeskIds.Contains(o.Country.DeskId.Value));

        builder.Entity<Organization>().HasQueryFilter(visible);
        builder.Entity<OrganizationName>().HasQueryFilter(Through<OrganizationName>(n => n.Organization!, visible));
        builder.Entity<StandingSpan>().HasQueryFilter(Through<StandingSpan>(s => s.Organization!, visible));
        builder.Entity<Relationship>().HasQueryFilter(And(
            And(_ => ViewerClearance >= Classification.Internal, Through<Relationship>(r => r.Organization!, visible)),
            Through<Relationship>(r => r.Organization!, inDesk)));
        builder.Entity<RelationshipLevelChange>().HasQueryFilter(And(
            And(_ => ViewerClearance >= Classification.Internal, Through<RelationshipLevelChange>(c => c.Relationship!.Organization!, visible)),
            Through<RelationshipLevelChange>(c => c.Relationship!.Organization!, inDesk)));
        builder.Entity<Membership>().HasQueryFilter(
            And(Through<Membership>(m => m.Member!, visible), Through<Membership>(m => m.Group!, visible)));
        builder.Entity<LineageLink>().HasQueryFilter(
            And(Through<LineageLink>(l => l.Predecessor!, visible), Through<LineageLink>(l => l.Successor!, visible)));
        builder.Entity<Features.Countries.ElectionResult>().HasQueryFilter(
            Through<Features.Countries.ElectionResult>(r => r.Organization!, visible));
        builder.Entity<Agreement>().HasQueryFilter(And(
            And(a => a.Classification <= ViewerClearance, Through<Agreement>(a => a.Organization!, visible)),
            Or(a => a.Classification == Classification.Public, Through<Agreement>(a => a.Organization!, inDesk))));
    }

    private static Expression<Func<T, bool>> Through<T>(Expression<Func<T, Organization>> navigation, Expression<Func<Organization, bool>> predicate)
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
