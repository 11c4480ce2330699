using System.Globalization;
using System.Text.Json;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Touchpoints;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.People.Duplicates;

/// <summary>
/// Merges a duplicate person into a survivor in one transaction, recording everything it does so an administrator can
/// revert it exactly. Rows are moved whatever the user may see of them (a task or touchpoint of another desk still belongs
/// to the person), once the user's right to edit both people has been checked.
/// </summary>
public sealed class PersonMerger(LiaisonDbContext db)
{
    public const string PersonType = "Person";

    public async Task<MergeOutcome> MergeAsync(MergeRequest request, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.SurvivorId == request.MergedId)
        {
            errors.Add(nameof(request.MergedId), "A person cannot be merged into themselves.");
        }

        foreach (var (field, side) in request.Fields ?? [])
        {
            if (!MergeFields.IsKnown(field))
            {
                errors.Add("Fields", $"Unknown field '{field}'.");
            }
            else if (!Enum.IsDefined(side))
            {
                errors.Add("Fields", $"Unknown choice for '{field}'.");
            }
        }

        if (request.SurvivorVersion is null)
        {
            errors.Add(nameof(request.SurvivorVersion), "The version you loaded is required to save changes.");
        }

        if (request.MergedVersion is null)
        {
            errors.Add(nameof(request.MergedVersion), "The version you loaded is required to save changes.");
        }

        if (errors.Count > 0)
        {
            return new MergeOutcome.Invalid(errors);
        }

        var people = await db.People.Include(p => p.Country).Where(p => p.Id == request.SurvivorId || p.Id == request.MergedId).ToListAsync(ct);
        var survivor = people.FirstOrDefault(p => p.Id == request.SurvivorId);
        var merged = people.FirstOrDefault(p => p.Id == request.MergedId);
        if (survivor is null || merged is null || !CanEdit(survivor) || !CanEdit(merged))
        {
            return new MergeOutcome.NotFound();
        }

        if (survivor.Version != request.SurvivorVersion || merged.Version != request.MergedVersion)
        {
            return new MergeOutcome.Conflict(ConflictFor(survivor, merged, request));
        }

        db.Entry(survivor).Property(p => p.Version).OriginalValue = request.SurvivorVersion!.Value;
        db.Entry(merged).Property(p => p.Version).OriginalValue = request.MergedVersion!.Value;

        var countries = new[] { survivor.Country, merged.Country };
        var replacedNames = MainNames(survivor).ToList();
        var details = new MergeDetails
        {
            SurvivorBefore = MergeFields.Snapshot(survivor),
            Merged = MergeFields.Snapshot(merged),
        };

        foreach (var field in MergeFields.Names)
        {
            var side = request.Fields is not null && request.Fields.TryGetValue(field, out var chosen) ? chosen : MergeFields.DefaultSide(survivor, merged, field);
            details.Fields[field] = side;
            if (side == MergeSide.Merged)
            {
                MergeFields.Set(survivor, field, MergeFields.Get(merged, field));
            }
        }

        var deskId = countries.FirstOrDefault(c => c is not null && c.Id == survivor.CountryId)?.DeskId;
        if (!db.Scope.CanEdit(survivor.Classification, deskId, survivor.CountryId is not null))
        {
            db.ChangeTracker.Clear();
            return new MergeOutcome.Invalid(new() { ["Fields"] = ["You may not give the merged person this country and classification."] });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await MoveRowsAsync(survivor, merged, details, ct);
        merged.MergedIntoId = survivor.Id;
        survivor.LastTouchpointOn = await LastTouchpointAsync([survivor.Id, merged.Id], ct);
        var addedNames = AddMainNames(survivor, merged, replacedNames);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var current = await db.People.AsNoTracking().Where(p => p.Id == request.SurvivorId || p.Id == request.MergedId).ToListAsync(ct);
            var s = current.FirstOrDefault(p => p.Id == request.SurvivorId);
            var m = current.FirstOrDefault(p => p.Id == request.MergedId);
            return s is null || m is null ? new MergeOutcome.NotFound() : new MergeOutcome.Conflict(ConflictFor(s, m, request));
        }

        details.AddedNames = addedNames.Select(n => n.Id).ToList();
        details.SurvivorAfter = MergeFields.Snapshot(survivor);
        var merge = new PersonMerge { SurvivorId = survivor.Id, MergedId = merged.Id, At = Clock.UtcNow, ByUserId = db.Scope.UserId, Details = details.ToJson() };
        db.PersonMerges.Add(merge);
        await db.SaveChangesAsync(ct);
        await db.AuditEventAsync(AuditActions.Merge, PersonType, Id(survivor.Id), Summary(merge), ct);
        await transaction.CommitAsync(ct);
        return new MergeOutcome.Merged(merge.Id, survivor.Id, survivor.Version, await VisibleCountsAsync(details, ct));
    }

    private bool CanEdit(Person person) => db.Scope.CanEdit(person.Classification, person.Country?.DeskId, person.CountryId is not null);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Summary(PersonMerge merge) =>
        JsonSerializer.Serialize(new { merge = merge.Id, survivor = merge.SurvivorId, merged = merge.MergedId });

    private static ConflictDetails ConflictFor(Person survivor, Person merged, MergeRequest request)
    {
        var changes = new List<FieldChange>();
        if (survivor.Version != request.SurvivorVersion)
        {
            changes.Add(new FieldChange(nameof(request.SurvivorVersion), request.SurvivorVersion?.ToString(CultureInfo.InvariantCulture), Id(survivor.Version)));
        }

        if (merged.Version != request.MergedVersion)
        {
            changes.Add(new FieldChange(nameof(request.MergedVersion), request.MergedVersion?.ToString(CultureInfo.InvariantCulture), Id(merged.Version)));
        }

        return new ConflictDetails("One of these people was changed by someone else after you opened them.", survivor.Version, changes);
    }

    /// <summary>Moves positions, channels, names, touchpoint links, tasks and the photo, recording each moved row.</summary>
    private async Task MoveRowsAsync(Person survivor, Person merged, MergeDetails details, CancellationToken ct)
    {
        foreach (var position in await db.Positions.IgnoreQueryFilters().Where(p => p.PersonId == merged.Id).ToListAsync(ct))
        {
            position.PersonId = survivor.Id;
            details.Positions.Add(position.Id);
        }

        var survivorChannels = await db.ContactChannels.IgnoreQueryFilters().AsNoTracking().Where(c => c.PersonId == survivor.Id)
            .Select(c => new { c.Kind, c.Value }).ToListAsync(ct);
        foreach (var channel in await db.ContactChannels.IgnoreQueryFilters().Where(c => c.PersonId == merged.Id).OrderBy(c => c.Id).ToListAsync(ct))
        {
            if (survivorChannels.Any(c => c.Kind == channel.Kind && SameValue(c.Value, channel.Value)))
            {
                details.ChannelsKept.Add(channel.Id);
                continue;
            }

            channel.PersonId = survivor.Id;
            survivorChannels.Add(new { channel.Kind, channel.Value });
            details.Channels.Add(channel.Id);
        }

        var survivorNames = await db.PersonNames.IgnoreQueryFilters().AsNoTracking().Where(n => n.PersonId == survivor.Id).Select(n => n.Name).ToListAsync(ct);
        var known = new HashSet<string>(survivorNames.Concat(MainNames(survivor)), StringComparer.Ordinal);
        foreach (var name in await db.PersonNames.IgnoreQueryFilters().Where(n => n.PersonId == merged.Id).OrderBy(n => n.Id).ToListAsync(ct))
        {
            if (known.Add(name.Name))
            {
                name.PersonId = survivor.Id;
                details.Names.Add(name.Id);
            }
        }

        var survivorTouchpoints = await db.TouchpointPeople.IgnoreQueryFilters().Where(t => t.PersonId == survivor.Id).Select(t => t.TouchpointId).ToListAsync(ct);
        foreach (var link in await db.TouchpointPeople.IgnoreQueryFilters().Where(t => t.PersonId == merged.Id).ToListAsync(ct))
        {
            if (survivorTouchpoints.Contains(link.TouchpointId))
            {
                details.TouchpointsShared.Add(link.TouchpointId);
                continue;
            }

            db.TouchpointPeople.Remove(link);
            db.TouchpointPeople.Add(new TouchpointPerson { TouchpointId = link.TouchpointId, PersonId = survivor.Id });
            details.Touchpoints.Add(link.TouchpointId);
        }

        foreach (var task in await db.Tasks.IgnoreQueryFilters().Where(t => t.PersonId == merged.Id).ToListAsync(ct))
        {
            task.PersonId = survivor.Id;
            details.Tasks.Add(task.Id);
        }

        if (!await db.PersonPhotos.IgnoreQueryFilters().AnyAsync(p => p.PersonId == survivor.Id, ct)
            && await db.PersonPhotos.IgnoreQueryFilters().FirstOrDefaultAsync(p => p.PersonId == merged.Id, ct) is { } photo)
        {
            db.PersonPhotos.Remove(photo);
            db.PersonPhotos.Add(new PersonPhoto { PersonId = survivor.Id, ContentType = photo.ContentType, Content = photo.Content, UpdatedAt = photo.UpdatedAt });
            survivor.PhotoUpdatedAt = merged.PhotoUpdatedAt ?? photo.UpdatedAt;
            details.PhotoMoved = true;
            details.PhotoUpdatedAt = photo.UpdatedAt;
        }
    }

    /// <summary>
    /// The merged person's main names, and the survivor's own main names that the merge replaced, become other names of
    /// the survivor unless it already has them.
    /// </summary>
    private List<PersonName> AddMainNames(Person survivor, Person merged, IReadOnlyList<string> replaced)
    {
        var known = new HashSet<string>(MainNames(survivor), StringComparer.Ordinal);
        known.UnionWith(db.ChangeTracker.Entries<PersonName>().Where(e => e.Entity.PersonId == survivor.Id && e.State != EntityState.Deleted).Select(e => e.Entity.Name));
        known.UnionWith(db.PersonNames.IgnoreQueryFilters().AsNoTracking().Where(n => n.PersonId == survivor.Id).Select(n => n.Name));
        var added = new List<PersonName>();
        foreach (var (name, kind, language) in new (string? Name, PersonNameKind Kind, string? Language)[]
                 {
                     (merged.NameEn, PersonNameKind.Transliteration, null),
                     (merged.NameRomanized, PersonNameKind.Romanization, null),
                     (merged.NameNative, PersonNameKind.Alias, null),
                     (merged.NameZh, PersonNameKind.Translation, "zh"),
                 }.Concat(replaced.Select(n => ((string?)n, PersonNameKind.Alias, (string?)null))))
        {
            if (!string.IsNullOrWhiteSpace(name) && known.Add(name))
            {
                var row = new PersonName { PersonId = survivor.Id, Name = name, Kind = kind, Language = language };
                db.PersonNames.Add(row);
                added.Add(row);
            }
        }

        return added;
    }

    private static IEnumerable<string> MainNames(Person p) =>
        new[] { p.NameEn, p.NameNative, p.NameRomanized, p.NameZh }.Where(n => !string.IsNullOrWhiteSpace(n))!;

    private static bool SameValue(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    // TODO(touchpoints): use TouchpointDates.RefreshAsync once it is on main.
    private async Task<DateOnly?> LastTouchpointAsync(int[] personIds, CancellationToken ct) =>
        await db.TouchpointPeople.IgnoreQueryFilters().Where(t => personIds.Contains(t.PersonId))
            .Join(db.Touchpoints.IgnoreQueryFilters(), l => l.TouchpointId, t => t.Id, (l, t) => (DateOnly?)t.On)
            .MaxAsync(ct);

    /// <summary>How many moved rows the user may see (rows of other desks move too, but are not counted for them).</summary>
    private async Task<MovedCounts> VisibleCountsAsync(MergeDetails d, CancellationToken ct) => new(
        await db.Positions.CountAsync(p => d.Positions.Contains(p.Id), ct),
        await db.Touchpoints.CountAsync(t => d.Touchpoints.Contains(t.Id), ct),
        await db.ContactChannels.CountAsync(c => d.Channels.Contains(c.Id), ct),
        d.Names.Count + d.AddedNames.Count,
        await db.Tasks.CountAsync(t => d.Tasks.Contains(t.Id), ct),
        d.PhotoMoved);

    /// <summary>
    /// Reverts a merge (administrators): moves back the rows that were moved and still sit on the survivor, restores the
    /// survivor's fields and shows the merged person again. Refused when that would lose or tangle later work.
    /// </summary>
    public async Task<RevertOutcome> RevertAsync(int mergeId, CancellationToken ct = default)
    {
        if (!db.Scope.IsAdministrator)
        {
            return new RevertOutcome.NotFound();
        }

        var merge = await db.PersonMerges.FirstOrDefaultAsync(m => m.Id == mergeId, ct);
        if (merge is null)
        {
            return new RevertOutcome.NotFound();
        }

        var survivor = await db.People.IgnoreQueryFilters().FirstOrDefaultAsync(p => p.Id == merge.SurvivorId, ct);
        var merged = await db.People.IgnoreQueryFilters().FirstOrDefaultAsync(p => p.Id == merge.MergedId, ct);
        if (survivor is null || merged is null || survivor.Classification > db.Scope.Clearance || merged.Classification > db.Scope.Clearance)
        {
            return new RevertOutcome.NotFound();
        }

        var details = MergeDetails.FromJson(merge.Details);
        var problems = new List<RevertProblem>();
        if (merge.RevertedAt is not null)
        {
            problems.Add(new("This merge was already reverted."));
        }

        if (survivor.MergedIntoId is int laterInto)
        {
            problems.Add(new("{0} was later merged into another person (#{1}); revert that merge first.", survivor.NameEn, Id(laterInto)));
        }

        if (merged.MergedIntoId != survivor.Id && merge.RevertedAt is null)
        {
            problems.Add(new("{0} is no longer merged into {1}.", merged.NameEn, survivor.NameEn));
        }

        var later = await db.PersonMerges.AsNoTracking()
            .Where(m => m.Id > merge.Id && m.RevertedAt == null && (m.SurvivorId == survivor.Id || m.SurvivorId == merged.Id || m.MergedId == merged.Id))
            .Select(m => m.Id).ToListAsync(ct);
        if (later.Count > 0)
        {
            problems.Add(new("Later merges involve these people (#{0}); revert them first.", string.Join(", #", later.Select(Id))));
        }

        var changed = MergeFields.Names.Where(f => details.SurvivorAfter.TryGetValue(f, out var after) && !MergeFields.Matches(survivor, f, after)).ToList();
        if (changed.Count > 0)
        {
            problems.Add(new("{0} was edited after the merge ({1}); reverting would undo those edits.", survivor.NameEn, string.Join(", ", changed)));
        }

        var photo = details.PhotoMoved ? await db.PersonPhotos.IgnoreQueryFilters().FirstOrDefaultAsync(p => p.PersonId == survivor.Id, ct) : null;
        if (details.PhotoMoved && photo is not null && photo.UpdatedAt != details.PhotoUpdatedAt)
        {
            problems.Add(new("The photo of {0} was replaced after the merge.", survivor.NameEn));
        }

        if (problems.Count > 0)
        {
            return new RevertOutcome.Refused(problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var field in MergeFields.Names)
        {
            if (details.SurvivorBefore.TryGetValue(field, out var before))
            {
                MergeFields.Set(survivor, field, MergeFields.FromJson(field, before));
            }
        }

        merged.MergedIntoId = null;
        var moved = await MoveBackAsync(survivor, merged, details, photo, ct);
        merge.RevertedAt = Clock.UtcNow;
        merge.RevertedByUserId = db.Scope.UserId;
        try
        {
            await db.SaveChangesAsync(ct);
            survivor.LastTouchpointOn = await LastTouchpointAsync([survivor.Id], ct);
            merged.LastTouchpointOn = await LastTouchpointAsync([merged.Id], ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new RevertOutcome.Refused([new("{0} was changed while the merge was being reverted; try again.", survivor.NameEn)]);
        }

        await db.AuditEventAsync(AuditActions.Unmerge, PersonType, Id(survivor.Id), Summary(merge), ct);
        await transaction.CommitAsync(ct);
        return new RevertOutcome.Reverted(merge.Id, survivor.Id, merged.Id, moved);
    }

    private async Task<MovedCounts> MoveBackAsync(Person survivor, Person merged, MergeDetails details, PersonPhoto? photo, CancellationToken ct)
    {
        var positions = await db.Positions.IgnoreQueryFilters().Where(p => details.Positions.Contains(p.Id) && p.PersonId == survivor.Id).ToListAsync(ct);
        positions.ForEach(p => p.PersonId = merged.Id);
        var channels = await db.ContactChannels.IgnoreQueryFilters().Where(c => details.Channels.Contains(c.Id) && c.PersonId == survivor.Id).ToListAsync(ct);
        channels.ForEach(c => c.PersonId = merged.Id);
        var names = await db.PersonNames.IgnoreQueryFilters().Where(n => details.Names.Contains(n.Id) && n.PersonId == survivor.Id).ToListAsync(ct);
        names.ForEach(n => n.PersonId = merged.Id);
        db.PersonNames.RemoveRange(await db.PersonNames.IgnoreQueryFilters().Where(n => details.AddedNames.Contains(n.Id) && n.PersonId == survivor.Id).ToListAsync(ct));
        var tasks = await db.Tasks.IgnoreQueryFilters().Where(t => details.Tasks.Contains(t.Id) && t.PersonId == survivor.Id).ToListAsync(ct);
        tasks.ForEach(t => t.PersonId = merged.Id);

        var links = await db.TouchpointPeople.IgnoreQueryFilters().Where(l => details.Touchpoints.Contains(l.TouchpointId) && l.PersonId == survivor.Id).ToListAsync(ct);
        var mergedLinks = await db.TouchpointPeople.IgnoreQueryFilters().Where(l => l.PersonId == merged.Id).Select(l => l.TouchpointId).ToListAsync(ct);
        foreach (var link in links)
        {
            db.TouchpointPeople.Remove(link);
            if (!mergedLinks.Contains(link.TouchpointId))
            {
                db.TouchpointPeople.Add(new TouchpointPerson { TouchpointId = link.TouchpointId, PersonId = merged.Id });
            }
        }

        var photoBack = false;
        if (details.PhotoMoved && photo is not null && !await db.PersonPhotos.IgnoreQueryFilters().AnyAsync(p => p.PersonId == merged.Id, ct))
        {
            db.PersonPhotos.Remove(photo);
            db.PersonPhotos.Add(new PersonPhoto { PersonId = merged.Id, ContentType = photo.ContentType, Content = photo.Content, UpdatedAt = photo.UpdatedAt });
            survivor.PhotoUpdatedAt = details.SurvivorBefore.TryGetValue(nameof(Person.PhotoUpdatedAt), out var was)
                ? (DateTime?)MergeFields.FromJson(nameof(Person.PhotoUpdatedAt), was) : null;
            photoBack = true;
        }

        return new MovedCounts(positions.Count, links.Count, channels.Count, names.Count, tasks.Count, photoBack);
    }
}
