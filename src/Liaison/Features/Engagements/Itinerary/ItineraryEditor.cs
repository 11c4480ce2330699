using System.Globalization;
using Liaison.Data;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements.Itinerary;

/// <summary>
/// Adding, changing and deleting an engagement's time slots: validation (a day of the engagement, end after start, people
/// the caller can see), optimistic concurrency. Callers check <see cref="EngagementHeader.CanOrganize"/> first; the editor
/// refuses anyway when it is false.
/// </summary>
public static class ItineraryEditor
{
    public static async Task<EditResult> CreateAsync(LiaisonDbContext db, EngagementHeader engagement, ItineraryInput input, CancellationToken ct = default)
    {
        if (!engagement.CanOrganize)
        {
            return new EditResult.NotFound();
        }

        var (errors, people) = await ValidateAsync(db, engagement, input, stored: null, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        var item = new ItineraryItem { EngagementId = engagement.Id };
        Apply(item, input, people);
        db.ItineraryItems.Add(item);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(item.Id, item.Version);
    }

    public static async Task<EditResult> UpdateAsync(LiaisonDbContext db, EngagementHeader engagement, int itemId, ItineraryInput input, CancellationToken ct = default)
    {
        var item = engagement.CanOrganize
            ? await db.ItineraryItems.FirstOrDefaultAsync(i => i.Id == itemId && i.EngagementId == engagement.Id, ct)
            : null;
        if (item is null)
        {
            return new EditResult.NotFound();
        }

        if (input.Version is null)
        {
            return EditResult.Error(nameof(input.Version), "The version you loaded is required to save changes.");
        }

        var (errors, people) = await ValidateAsync(db, engagement, input, item, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (item.Version != input.Version)
        {
            return new EditResult.Conflict(ConflictFor(item, input));
        }

        db.Entry(item).Property(i => i.Version).OriginalValue = input.Version.Value;
        Apply(item, input, people);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.ItineraryItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId && i.EngagementId == engagement.Id, ct);
            return current is null ? new EditResult.NotFound() : new EditResult.Conflict(ConflictFor(current, input));
        }

        return new EditResult.Saved(item.Id, item.Version);
    }

    /// <summary>Deletes a slot; with a version, a slot changed since the caller saw it is kept (conflict).</summary>
    public static async Task<EditResult> DeleteAsync(LiaisonDbContext db, EngagementHeader engagement, int itemId, int? version, CancellationToken ct = default)
    {
        var item = engagement.CanOrganize
            ? await db.ItineraryItems.FirstOrDefaultAsync(i => i.Id == itemId && i.EngagementId == engagement.Id, ct)
            : null;
        if (item is null)
        {
            return new EditResult.NotFound();
        }

        if (version is int v && v != item.Version)
        {
            return new EditResult.Conflict(new ConflictDetails("This slot was changed by someone else after you opened it.", item.Version, []));
        }

        db.ItineraryItems.Remove(item);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new EditResult.NotFound();
        }

        return new EditResult.Saved(itemId, item.Version);
    }

    public static ConflictDetails ConflictFor(ItineraryItem current, ItineraryInput yours)
    {
        var theirs = ItineraryInput.From(current);
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

        Compare(nameof(yours.Day), yours.Day, theirs.Day);
        Compare(nameof(yours.StartsAt), yours.StartsAt, theirs.StartsAt);
        Compare(nameof(yours.EndsAt), yours.EndsAt, theirs.EndsAt);
        Compare(nameof(yours.Activity), yours.Activity, theirs.Activity);
        Compare(nameof(yours.Title), yours.Title, theirs.Title);
        Compare(nameof(yours.TitleZh), yours.TitleZh, theirs.TitleZh);
        Compare(nameof(yours.City), yours.City, theirs.City);
        Compare(nameof(yours.CityZh), yours.CityZh, theirs.CityZh);
        Compare(nameof(yours.Venue), yours.Venue, theirs.Venue);
        Compare(nameof(yours.VenueZh), yours.VenueZh, theirs.VenueZh);
        Compare(nameof(yours.CounterpartId), yours.CounterpartId, theirs.CounterpartId);
        Compare(nameof(yours.HostId), yours.HostId, theirs.HostId);
        Compare(nameof(yours.Notes), yours.Notes, theirs.Notes);
        return new ConflictDetails("This slot was changed by someone else after you opened it.", current.Version, changes);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>The counterpart and host to store: those given, or hidden ones already stored that the caller could not see to remove.</summary>
    private sealed record People(int? CounterpartId, int? HostId);

    private static async Task<(Dictionary<string, string[]> Errors, People People)> ValidateAsync(
        LiaisonDbContext db, EngagementHeader engagement, ItineraryInput input, ItineraryItem? stored, CancellationToken ct)
    {
        var errors = RequestValidation.Validate(input);

        // Slots are planned to the minute.
        input.StartsAt = input.StartsAt is { } s ? TrimSeconds(s) : null;
        input.EndsAt = input.EndsAt is { } e ? TrimSeconds(e) : null;
        if (string.IsNullOrWhiteSpace(input.Title) && !errors.ContainsKey(nameof(input.Title)))
        {
            errors.Add(nameof(input.Title), "The slot title is required.");
        }

        if (input.Day is not { } day)
        {
            errors.Add(nameof(input.Day), "The day is required.");
        }
        else if (day < engagement.StartsOn || day > engagement.EndsOn)
        {
            errors.Add(nameof(input.Day), "The day must be one of the engagement's days.");
        }

        if (input.StartsAt is null)
        {
            errors.Add(nameof(input.StartsAt), "The start time is required.");
        }

        if (input.EndsAt is null)
        {
            errors.Add(nameof(input.EndsAt), "The end time is required.");
        }
        else if (input.StartsAt is { } start && input.EndsAt <= start)
        {
            errors.Add(nameof(input.EndsAt), "The end must be after the start.");
        }

        if (!Enum.IsDefined(input.Activity))
        {
            errors.Add(nameof(input.Activity), "Unknown activity.");
        }

        // People: only those the caller can see; a hidden person already on the slot stays when the field comes back empty.
        int?[] candidates = [input.CounterpartId, input.HostId, stored?.CounterpartId, stored?.HostId];
        var ids = candidates.OfType<int>().Distinct().ToList();
        var visible = ids.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        if (input.CounterpartId is int c && !visible.Contains(c))
        {
            errors.Add(nameof(input.CounterpartId), "The counterpart was not found: the person does not exist or you cannot see them.");
        }

        if (input.HostId is int h && !visible.Contains(h))
        {
            errors.Add(nameof(input.HostId), "Our host was not found: the person does not exist or you cannot see them.");
        }

        int? Keep(int? given, int? before) => given ?? (before is int b && !visible.Contains(b) ? b : null);
        return (errors, new People(Keep(input.CounterpartId, stored?.CounterpartId), Keep(input.HostId, stored?.HostId)));
    }

    private static void Apply(ItineraryItem item, ItineraryInput input, People people)
    {
        item.Day = input.Day!.Value;
        item.StartsAt = input.StartsAt!.Value;
        item.EndsAt = input.EndsAt!.Value;
        item.Activity = input.Activity;
        item.Title = input.Title;
        item.TitleZh = Clean(input.TitleZh);
        item.City = Clean(input.City);
        item.CityZh = Clean(input.CityZh);
        item.Venue = Clean(input.Venue);
        item.VenueZh = Clean(input.VenueZh);
        item.CounterpartId = people.CounterpartId;
        item.HostId = people.HostId;
        item.Notes = Clean(input.Notes);
    }

    private static TimeOnly TrimSeconds(TimeOnly t) => new(t.Hour, t.Minute);

    // Text is kept as typed; only all-blank becomes null.
    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
