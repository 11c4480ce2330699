using System.Globalization;
using Liaison.Data;
using Liaison.Features.Work;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Touchpoints;

/// <summary>
/// Logging, changing and deleting touchpoints: validation, desk rights (<see cref="RecordAccess.CanLogTouchpoint"/>),
/// optimistic concurrency, the optional follow-up task, and the people's and organizations' last-touchpoint dates,
/// all in one transaction.
/// </summary>
public static partial class TouchpointEditor
{
    /// <summary>How far ahead a touchpoint may be dated: one day, for time zones ahead of UTC. Touchpoints record what happened.</summary>
    public const int MaxDaysAhead = 1;

    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>A completed engagement's touchpoint is kept in step with the engagement; it is changed there, not here.</summary>
    public const string KeptByEngagement = "This touchpoint records an engagement and is kept in step with it: change the engagement instead.";

    public static async Task<EditResult> CreateAsync(LiaisonDbContext db, TouchpointInput input, CancellationToken ct = default)
    {
        var (errors, links) = await ValidateAsync(db, input, kept: null, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (!db.Scope.CanLogTouchpoint(input.Classification, links.DeskId, links.CountryId is not null))
        {
            return EditResult.Error(nameof(input.PersonIds), "You may only log touchpoints for the desks you cover.");
        }

        var now = Clock.UtcNow;
        var touchpoint = new Touchpoint { CreatedById = db.Scope.UserId, CreatedAt = now };
        Apply(touchpoint, input, links, now);
        touchpoint.People.AddRange(links.PersonIds.Select(id => new TouchpointPerson { PersonId = id }));
        touchpoint.Organizations.AddRange(links.OrganizationIds.Select(id => new TouchpointOrganization { OrganizationId = id }));
        touchpoint.Participants.AddRange(links.ParticipantIds.Select(id => new TouchpointParticipant { UserId = id }));
        db.Touchpoints.Add(touchpoint);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (links.Task is { } task)
        {
            db.Tasks.Add(NewTask(db, touchpoint, links, task, now));
            await db.SaveChangesAsync(ct);
        }

        await TouchpointDates.RefreshAsync(db, links.PersonIds, links.OrganizationIds, ct);
        await transaction.CommitAsync(ct);
        return new EditResult.Saved(touchpoint.Id, touchpoint.Version);
    }

    public static async Task<EditResult> UpdateAsync(LiaisonDbContext db, int id, TouchpointInput input, CancellationToken ct = default)
    {
        var touchpoint = await db.Touchpoints.Include(t => t.Country).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (touchpoint is null || !db.Scope.CanLogTouchpoint(touchpoint.Classification, touchpoint.Country?.DeskId, touchpoint.CountryId is not null))
        {
            return new EditResult.NotFound();
        }

        if (touchpoint.EngagementId is not null)
        {
            return EditResult.Error("", KeptByEngagement);
        }

        if (input.Version is null)
        {
            return EditResult.Error(nameof(input.Version), "The version you loaded is required to save changes.");
        }

        var stored = await StoredLinksAsync(db, id, ct);
        var (errors, links) = await ValidateAsync(db, input, stored, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (!db.Scope.CanLogTouchpoint(input.Classification, links.DeskId, links.CountryId is not null))
        {
            return EditResult.Error(nameof(input.PersonIds), "You may only log touchpoints for the desks you cover.");
        }

        if (touchpoint.Version != input.Version)
        {
            return new EditResult.Conflict(await ConflictForAsync(db, touchpoint, input, ct));
        }

        db.Entry(touchpoint).Property(t => t.Version).OriginalValue = input.Version.Value;
        var now = Clock.UtcNow;
        Apply(touchpoint, input, links, now);
        SyncLinks(db, id, stored, links);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var current = await db.Touchpoints.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
            return current is null ? new EditResult.NotFound() : new EditResult.Conflict(await ConflictForAsync(db, current, input, ct));
        }

        if (links.Task is { } task)
        {
            db.Tasks.Add(NewTask(db, touchpoint, links, task, now));
            await db.SaveChangesAsync(ct);
        }

        await TouchpointDates.RefreshAsync(db, stored.PersonIds.Concat(links.PersonIds), stored.OrganizationIds.Concat(links.OrganizationIds), ct);
        await transaction.CommitAsync(ct);
        return new EditResult.Saved(touchpoint.Id, touchpoint.Version);
    }

    /// <summary>Deletes a touchpoint the user may change; its follow-up tasks stay, unlinked. A stale version gives a conflict.</summary>
    public static async Task<EditResult> DeleteAsync(LiaisonDbContext db, int id, int? version, CancellationToken ct = default)
    {
        var touchpoint = await db.Touchpoints.Include(t => t.Country).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (touchpoint is null || !db.Scope.CanLogTouchpoint(touchpoint.Classification, touchpoint.Country?.DeskId, touchpoint.CountryId is not null))
        {
            return new EditResult.NotFound();
        }

        if (touchpoint.EngagementId is not null)
        {
            return EditResult.Error("", KeptByEngagement);
        }

        if (version is int v && v != touchpoint.Version)
        {
            return new EditResult.Conflict(new ConflictDetails(
                "This touchpoint was changed by someone else after you opened it.", touchpoint.Version, []));
        }

        // System code after the check above: every link and task goes, whoever can see them, and is audited as it goes.
        var people = await db.TouchpointPeople.IgnoreQueryFilters().Where(x => x.TouchpointId == id).ToListAsync(ct);
        var organizations = await db.TouchpointOrganizations.IgnoreQueryFilters().Where(x => x.TouchpointId == id).ToListAsync(ct);
        var participants = await db.TouchpointParticipants.IgnoreQueryFilters().Where(x => x.TouchpointId == id).ToListAsync(ct);
        var tasks = await db.Tasks.IgnoreQueryFilters().Where(x => x.TouchpointId == id).ToListAsync(ct);
        foreach (var task in tasks)
        {
            task.TouchpointId = null;
            task.UpdatedAt = Clock.UtcNow;
        }

        db.TouchpointPeople.RemoveRange(people);
        db.TouchpointOrganizations.RemoveRange(organizations);
        db.TouchpointParticipants.RemoveRange(participants);
        db.Touchpoints.Remove(touchpoint);

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

        await TouchpointDates.RefreshAsync(db, people.Select(p => p.PersonId), organizations.Select(o => o.OrganizationId), ct);
        await transaction.CommitAsync(ct);
        return new EditResult.Saved(id, touchpoint.Version);
    }

    public static async Task<ConflictDetails> ConflictForAsync(LiaisonDbContext db, Touchpoint current, TouchpointInput yours, CancellationToken ct)
    {
        var people = await db.TouchpointPeople.AsNoTracking().Where(x => x.TouchpointId == current.Id).Select(x => x.PersonId).ToListAsync(ct);
        var organizations = await db.TouchpointOrganizations.AsNoTracking().Where(x => x.TouchpointId == current.Id).Select(x => x.OrganizationId).ToListAsync(ct);
        var participants = await db.TouchpointParticipants.AsNoTracking().Where(x => x.TouchpointId == current.Id).Select(x => x.UserId).ToListAsync(ct);
        var iso3 = current.CountryId is int countryId ? await db.Countries.AsNoTracking().Where(c => c.Id == countryId).Select(c => c.Iso3).FirstOrDefaultAsync(ct) : null;
        var theirs = TouchpointInput.From(current, iso3, people, organizations, participants);
        var changes = new List<FieldChange>();
        void Compare(string field, object? mine, object? stored)
        {
            var a = Format(mine);
            var b = Format(stored);
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, a, b));
            }
        }

        static string Ids<T>(IEnumerable<T>? ids) => string.Join(", ", (ids ?? []).Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)).Distinct().Order(StringComparer.Ordinal));

        Compare(nameof(yours.On), yours.On ?? Clock.Today, theirs.On);
        Compare(nameof(yours.Channel), yours.Channel, theirs.Channel);
        Compare(nameof(yours.Medium), yours.Medium, theirs.Medium);
        Compare(nameof(yours.Subject), yours.Subject, theirs.Subject);
        Compare(nameof(yours.Summary), yours.Summary, theirs.Summary);
        Compare(nameof(yours.FollowUp), yours.FollowUp, theirs.FollowUp);
        Compare(nameof(yours.Classification), yours.Classification, theirs.Classification);
        Compare(nameof(yours.PersonIds), Ids(yours.PersonIds), Ids(theirs.PersonIds));
        Compare(nameof(yours.OrganizationIds), Ids(yours.OrganizationIds), Ids(theirs.OrganizationIds));
        if (!string.IsNullOrWhiteSpace(yours.CountryIso3))
        {
            Compare(nameof(yours.CountryIso3), yours.CountryIso3.Trim().ToUpperInvariant(), theirs.CountryIso3);
        }
        if (yours.ParticipantIds is not null)
        {
            Compare(nameof(yours.ParticipantIds), Ids(yours.ParticipantIds), Ids(theirs.ParticipantIds));
        }

        return new ConflictDetails("This touchpoint was changed by someone else after you opened it.", current.Version, changes);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static void Apply(Touchpoint t, TouchpointInput input, Links links, DateTime now)
    {
        t.On = input.On ?? Clock.Today;
        t.Channel = input.Channel;
        t.Medium = Clean(input.Medium);
        t.Subject = input.Subject;
        t.Summary = Clean(input.Summary);
        t.FollowUp = Clean(input.FollowUp);
        t.Classification = input.Classification;
        t.CountryId = links.CountryId;
        t.UpdatedAt = now;
    }

    private static void SyncLinks(LiaisonDbContext db, int id, StoredLinks stored, Links links)
    {
        foreach (var personId in stored.PersonIds.Except(links.PersonIds))
        {
            db.TouchpointPeople.Remove(new TouchpointPerson { TouchpointId = id, PersonId = personId });
        }

        db.TouchpointPeople.AddRange(links.PersonIds.Except(stored.PersonIds).Select(p => new TouchpointPerson { TouchpointId = id, PersonId = p }));
        foreach (var organizationId in stored.OrganizationIds.Except(links.OrganizationIds))
        {
            db.TouchpointOrganizations.Remove(new TouchpointOrganization { TouchpointId = id, OrganizationId = organizationId });
        }

        db.TouchpointOrganizations.AddRange(links.OrganizationIds.Except(stored.OrganizationIds).Select(o => new TouchpointOrganization { TouchpointId = id, OrganizationId = o }));
        foreach (var userId in stored.ParticipantIds.Except(links.ParticipantIds))
        {
            db.TouchpointParticipants.Remove(new TouchpointParticipant { TouchpointId = id, UserId = userId });
        }

        db.TouchpointParticipants.AddRange(links.ParticipantIds.Except(stored.ParticipantIds).Select(u => new TouchpointParticipant { TouchpointId = id, UserId = u }));
    }

    private static TaskItem NewTask(LiaisonDbContext db, Touchpoint touchpoint, Links links, TaskItem task, DateTime now)
    {
        task.TouchpointId = touchpoint.Id;
        task.PersonId = links.PersonIds.FirstOrDefault() is var p && p != 0 ? p : null;
        task.OrganizationId = links.OrganizationIds.FirstOrDefault() is var o && o != 0 ? o : null;
        task.DeskId = links.DeskId;
        task.CreatedById = db.Scope.UserId;
        task.Status = WorkStatus.Open;
        task.CreatedAt = now;
        task.UpdatedAt = now;
        return task;
    }

    private static string? FirstLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Truncate(text.Trim().Split('\n', 2)[0].Trim(), 300);

    private static string Truncate(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];

    // Text is kept as typed (hostile strings must round-trip byte for byte); only all-blank becomes null.
    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
