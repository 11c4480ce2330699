using System.Globalization;
using Liaison.Data;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements;

/// <summary>
/// Proposing, changing and deleting engagements: validation, desk rights (<see cref="Security.RecordAccess.CanOrganize"/>),
/// optimistic concurrency, counterpart organizations and countries, and the completion touchpoint, in one transaction.
/// </summary>
public static partial class EngagementEditor
{
    public static async Task<EditResult> CreateAsync(LiaisonDbContext db, EngagementInput input, CancellationToken ct = default)
    {
        var (errors, plan) = await ValidateAsync(db, input, kept: null, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        var now = Clock.UtcNow;
        var engagement = new Engagement { Status = EngagementStatus.Proposed, CreatedById = db.Scope.UserId, CreatedAt = now };
        Apply(engagement, input, plan, now);
        engagement.Organizations.AddRange(plan.OrganizationIds.Select(id => new EngagementOrganization { OrganizationId = id }));
        engagement.Countries.AddRange(plan.CountryIds.Select(id => new EngagementCountry { CountryId = id }));
        db.Engagements.Add(engagement);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(engagement.Id, engagement.Version);
    }

    public static async Task<EditResult> UpdateAsync(LiaisonDbContext db, int id, EngagementInput input, CancellationToken ct = default)
    {
        if (EngagementResults.Guard(await EngagementAccess.FindAsync(db, id, ct)) is { } refused)
        {
            return refused;
        }

        if (input.Version is null)
        {
            return EditResult.Error(nameof(input.Version), "The version you loaded is required to save changes.");
        }

        var engagement = await db.Engagements.FirstAsync(e => e.Id == id, ct);
        var stored = await StoredLinksAsync(db, id, ct);
        var (errors, plan) = await ValidateAsync(db, input, stored, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (engagement.Version != input.Version)
        {
            return new EditResult.Conflict(await ConflictForAsync(db, engagement, input, ct));
        }

        db.Entry(engagement).Property(e => e.Version).OriginalValue = input.Version.Value;
        Apply(engagement, input, plan, Clock.UtcNow);
        SyncLinks(db, id, stored, plan);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var current = await db.Engagements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
            return current is null ? new EditResult.NotFound() : new EditResult.Conflict(await ConflictForAsync(db, current, input, ct));
        }

        if (engagement.Status == EngagementStatus.Completed)
        {
            await EngagementTouchpoint.SyncAsync(db, id, ct);
        }

        await transaction.CommitAsync(ct);
        return new EditResult.Saved(engagement.Id, engagement.Version);
    }

    /// <summary>Deletes an engagement that never went ahead (proposed, cancelled or postponed), with everything in it.</summary>
    public static async Task<EditResult> DeleteAsync(LiaisonDbContext db, int id, int? version, CancellationToken ct = default)
    {
        var header = await EngagementAccess.FindAsync(db, id, ct);
        if (EngagementResults.Guard(header) is { } refused)
        {
            return refused;
        }

        if (header!.Status is not (EngagementStatus.Proposed or EngagementStatus.Cancelled or EngagementStatus.Postponed))
        {
            return EditResult.Error("", "Only proposed, cancelled or postponed engagements can be deleted.");
        }

        if (version is int v && v != header.Version)
        {
            return new EditResult.Conflict(new ConflictDetails(ChangedTitle, header.Version, []));
        }

        // System code after the checks above: the rows of this engagement go whoever can see them, each one audited.
        var engagement = await db.Engagements.FirstAsync(e => e.Id == id, ct);
        db.EngagementOrganizations.RemoveRange(await db.EngagementOrganizations.IgnoreQueryFilters().Where(x => x.EngagementId == id).ToListAsync(ct));
        db.EngagementCountries.RemoveRange(await db.EngagementCountries.IgnoreQueryFilters().Where(x => x.EngagementId == id).ToListAsync(ct));
        db.EngagementMembers.RemoveRange(await db.EngagementMembers.IgnoreQueryFilters().Where(x => x.EngagementId == id).ToListAsync(ct));
        db.EngagementTransitions.RemoveRange(await db.EngagementTransitions.IgnoreQueryFilters().Where(x => x.EngagementId == id).ToListAsync(ct));
        var touched = await EngagementTouchpoint.RemoveAsync(db, id, ct);
        db.Engagements.Remove(engagement);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new EditResult.NotFound();
        }

        await Touchpoints.TouchpointDates.RefreshAsync(db, touched.PersonIds, touched.OrganizationIds, ct);
        await transaction.CommitAsync(ct);
        return new EditResult.Saved(id, engagement.Version);
    }

    public const string ChangedTitle = "This engagement was changed by someone else after you opened it.";

    public static async Task<ConflictDetails> ConflictForAsync(LiaisonDbContext db, Engagement current, EngagementInput yours, CancellationToken ct)
    {
        var organizations = await db.EngagementOrganizations.AsNoTracking().Where(x => x.EngagementId == current.Id).Select(x => x.OrganizationId).ToListAsync(ct);
        var countries = await db.EngagementCountries.AsNoTracking().Where(x => x.EngagementId == current.Id).Select(x => x.Country!.Iso3).ToListAsync(ct);
        var changes = new List<FieldChange>();
        void Compare(string field, object? mine, object? stored)
        {
            var (a, b) = (Format(mine), Format(stored));
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, a, b));
            }
        }

        static string Ids<T>(IEnumerable<T>? ids) => string.Join(", ", (ids ?? []).Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)).Distinct().Order(StringComparer.Ordinal));

        Compare(nameof(yours.Kind), yours.Kind, current.Kind);
        Compare(nameof(yours.Title), yours.Title, current.Title);
        Compare(nameof(yours.TitleZh), yours.TitleZh, current.TitleZh);
        Compare(nameof(yours.StartsOn), yours.StartsOn, current.StartsOn);
        Compare(nameof(yours.EndsOn), yours.EndsOn ?? yours.StartsOn, current.EndsOn);
        Compare(nameof(yours.Location), yours.Location, current.Location);
        Compare(nameof(yours.Classification), yours.Classification, current.Classification);
        Compare(nameof(yours.Purpose), yours.Purpose, current.Purpose);
        Compare(nameof(yours.InvitationOn), yours.InvitationOn, current.InvitationOn);
        Compare(nameof(yours.InvitationNote), yours.InvitationNote, current.InvitationNote);
        Compare(nameof(yours.OwnerId), yours.OwnerId, current.OwnerId);
        Compare(nameof(yours.OrganizationIds), Ids(yours.OrganizationIds), Ids(organizations));
        var yourCountries = await db.Countries.AsNoTracking().Where(c => (yours.CountryIds ?? new List<int>()).Contains(c.Id)).Select(c => c.Iso3).ToListAsync(ct);
        Compare("Countries", Ids((yours.CountryIso3s ?? []).Select(c => c.Trim().ToUpperInvariant()).Concat(yourCountries)), Ids(countries));
        return new ConflictDetails(ChangedTitle, current.Version, changes);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static void Apply(Engagement e, EngagementInput input, Plan plan, DateTime now)
    {
        e.Kind = input.Kind;
        e.Title = input.Title;
        e.TitleZh = Clean(input.TitleZh);
        e.StartsOn = plan.StartsOn;
        e.EndsOn = plan.EndsOn;
        e.Location = Clean(input.Location);
        e.CountryId = plan.LeadCountryId;
        e.Classification = input.Classification;
        e.Purpose = Clean(input.Purpose);
        e.InvitationOn = input.InvitationOn;
        e.InvitationNote = Clean(input.InvitationNote);
        e.OwnerId = plan.OwnerId;
        e.UpdatedAt = now;
    }

    private static void SyncLinks(LiaisonDbContext db, int id, StoredLinks stored, Plan plan)
    {
        foreach (var organizationId in stored.OrganizationIds.Except(plan.OrganizationIds))
        {
            db.EngagementOrganizations.Remove(new EngagementOrganization { EngagementId = id, OrganizationId = organizationId });
        }

        db.EngagementOrganizations.AddRange(plan.OrganizationIds.Except(stored.OrganizationIds).Select(o => new EngagementOrganization { EngagementId = id, OrganizationId = o }));
        foreach (var countryId in stored.CountryIds.Except(plan.CountryIds))
        {
            db.EngagementCountries.Remove(new EngagementCountry { EngagementId = id, CountryId = countryId });
        }

        db.EngagementCountries.AddRange(plan.CountryIds.Except(stored.CountryIds).Select(c => new EngagementCountry { EngagementId = id, CountryId = c }));
    }

    // Text is kept as typed (hostile strings must round-trip byte for byte); only all-blank becomes null.
    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
