using System.Globalization;
using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Work;

/// <summary>
/// Create, update and status changes of tasks: validation, who may assign and link, the desk a task belongs to,
/// and optimistic concurrency. Anyone signed in may give themselves a task; assigning it to someone else or linking it
/// to a record takes an editor (or protocol officer) of the record's desk. Only the owner and the creator change a task.
/// </summary>
public static class TaskEditor
{
    public static async Task<EditResult> CreateAsync(LiaisonDbContext db, TaskInput input, CancellationToken ct = default)
    {
        var scope = db.Scope;
        var ownerId = string.IsNullOrWhiteSpace(input.OwnerId) ? scope.UserId : input.OwnerId.Trim();
        var errors = Validate(input);
        if (ownerId is null)
        {
            errors.Add(nameof(input.OwnerId), "The owner must be an active user.");
        }
        else if (ownerId != scope.UserId && !await IsActiveUserAsync(db, ownerId, ct))
        {
            errors.Add(nameof(input.OwnerId), "The owner must be an active user.");
        }

        var links = await ResolveLinksAsync(db, input, kept: null, errors, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        var desk = await DeskForAsync(db, links, scope.UserId, ct);
        if (CheckRights(scope, links, ownerChanged: ownerId != scope.UserId, desk) is { } refused)
        {
            return refused;
        }

        var now = Clock.UtcNow;
        var task = new TaskItem
        {
            OwnerId = ownerId!,
            CreatedById = scope.UserId,
            CreatedAt = now,
        };
        Apply(task, input, links, desk.DeskId, now);
        db.Tasks.Add(task);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(task.Id, task.Version);
    }

    public static async Task<EditResult> UpdateAsync(LiaisonDbContext db, int id, TaskInput input, CancellationToken ct = default)
    {
        var scope = db.Scope;
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || !CanChange(scope, task))
        {
            return new EditResult.NotFound();
        }

        if (input.Version is null)
        {
            return EditResult.Error(nameof(input.Version), "The version you loaded is required to save changes.");
        }

        var ownerId = string.IsNullOrWhiteSpace(input.OwnerId) ? task.OwnerId : input.OwnerId.Trim();
        var errors = Validate(input);
        if (ownerId != task.OwnerId && ownerId != scope.UserId && !await IsActiveUserAsync(db, ownerId, ct))
        {
            errors.Add(nameof(input.OwnerId), "The owner must be an active user.");
        }

        var links = await ResolveLinksAsync(db, input, task, errors, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        var linksChanged = links.Any(l => l.Changed);
        var desk = linksChanged ? await DeskForAsync(db, links, task.CreatedById, ct) : new DeskChoice(task.DeskId, false);
        var reassigned = ownerId != task.OwnerId && ownerId != scope.UserId;
        if (CheckRights(scope, links, reassigned, desk) is { } refused)
        {
            return refused;
        }

        if (task.Version != input.Version)
        {
            return new EditResult.Conflict(await ConflictForAsync(db, task, input, ct));
        }

        db.Entry(task).Property(t => t.Version).OriginalValue = input.Version.Value;
        task.OwnerId = ownerId;
        Apply(task, input, links, desk.DeskId, Clock.UtcNow);
        return await SaveAsync(db, task, input, ct);
    }

    /// <summary>Complete, reopen or cancel. A version, when given, must match the stored one.</summary>
    public static async Task<EditResult> SetStatusAsync(LiaisonDbContext db, int id, WorkStatus status, int? version, CancellationToken ct = default)
    {
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || !CanChange(db.Scope, task))
        {
            return new EditResult.NotFound();
        }

        if (!Enum.IsDefined(status))
        {
            return EditResult.Error(nameof(TaskInput.Status), "Unknown status.");
        }

        var yours = TaskInput.From(task);
        yours.Status = status;
        if (version is int v && v != task.Version)
        {
            return new EditResult.Conflict(await ConflictForAsync(db, task, yours, ct));
        }

        if (task.Status == status)
        {
            return new EditResult.Saved(task.Id, task.Version);
        }

        db.Entry(task).Property(t => t.Version).OriginalValue = version ?? task.Version;
        SetStatus(task, status, Clock.UtcNow);
        task.UpdatedAt = Clock.UtcNow;
        return await SaveAsync(db, task, yours, ct);
    }

    /// <summary>Owner and creator change a task; everyone else who may see it only reads it.</summary>
    public static bool CanChange(AccessScope scope, TaskItem task) =>
        scope.UserId is { } me && (task.OwnerId == me || task.CreatedById == me);

    /// <summary>Whether the user may give tasks to others or link them to records at all (desks still apply).</summary>
    public static bool MayAssign(AccessScope scope) => scope.CanEditDirectory || scope.IsInRole(Roles.ProtocolOfficer);

    private static async Task<EditResult> SaveAsync(LiaisonDbContext db, TaskItem task, TaskInput yours, CancellationToken ct)
    {
        var id = task.Id;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
            return current is null ? new EditResult.NotFound() : new EditResult.Conflict(await ConflictForAsync(db, current, yours, ct));
        }

        return new EditResult.Saved(task.Id, task.Version);
    }

    private static Dictionary<string, string[]> Validate(TaskInput input)
    {
        var errors = RequestValidation.Validate(input);
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors.Add(nameof(input.Title), "The title is required.");
        }
        else if (input.Title.Length > TaskInput.TitleLength)
        {
            errors.Add(nameof(input.Title), "The title must be at most 300 characters.");
        }

        if (input.Notes is { Length: > TaskInput.NotesLength })
        {
            errors.Add(nameof(input.Notes), "The notes must be at most 4000 characters.");
        }

        if (input.DueOn is not { } due)
        {
            errors.Add(nameof(input.DueOn), "The due date is required.");
        }
        else if (due.Year is < 1900 or > 2200)
        {
            errors.Add(nameof(input.DueOn), "The due date is out of range.");
        }

        if (!Enum.IsDefined(input.Status))
        {
            errors.Add(nameof(input.Status), "Unknown status.");
        }

        return errors;
    }

    private static Task<bool> IsActiveUserAsync(LiaisonDbContext db, string userId, CancellationToken ct) =>
        db.Users.AnyAsync(u => u.Id == userId && !u.IsDisabled, ct);

    /// <summary>One linked record: its id, whether it is new or different, and the country and desk it belongs to.</summary>
    private sealed record Link(string Field, int? Id, bool Changed, int? CountryId, int? DeskId);

    private sealed record DeskChoice(int? DeskId, bool FromDesklessCountry);

    /// <summary>
    /// The links as they will be saved. A new or different link must be visible to the editor (else "does not exist").
    /// A stored link the editor cannot see is kept as it is, whatever was submitted: one cannot change what one cannot see.
    /// </summary>
    private static async Task<List<Link>> ResolveLinksAsync(LiaisonDbContext db, TaskInput input, TaskItem? kept, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var links = new List<Link>();
        async Task Resolve(string field, int? stored, int? wanted, Func<int, bool, Task<(int? CountryId, int? DeskId)?>> find, string missing)
        {
            if (stored is int s && await find(s, false) is null)
            {
                // Invisible to this editor: kept, its desk read by the system only to place the task.
                var hidden = await find(s, true);
                links.Add(new Link(field, s, false, hidden?.CountryId, hidden?.DeskId));
                return;
            }

            if (wanted is null)
            {
                links.Add(new Link(field, null, stored is not null, null, null));
                return;
            }

            var found = await find(wanted.Value, false);
            if (found is null)
            {
                errors.Add(field, missing);
                return;
            }

            links.Add(new Link(field, wanted, wanted != stored, found.Value.CountryId, found.Value.DeskId));
        }

        await Resolve(nameof(input.PersonId), kept?.PersonId, input.PersonId, async (id, system) =>
        {
            var q = system ? db.People.IgnoreQueryFilters() : db.People;
            var p = await q.AsNoTracking().Where(x => x.Id == id)
                .Select(x => new { x.CountryId, DeskId = x.Country == null ? null : x.Country.DeskId }).FirstOrDefaultAsync(ct);
            return p is null ? null : (p.CountryId, p.DeskId);
        }, "The person does not exist.");
        await Resolve(nameof(input.OrganizationId), kept?.OrganizationId, input.OrganizationId, async (id, system) =>
        {
            var q = system ? db.Organizations.IgnoreQueryFilters() : db.Organizations;
            var o = await q.AsNoTracking().Where(x => x.Id == id)
                .Select(x => new { x.CountryId, DeskId = x.Country == null ? null : x.Country.DeskId }).FirstOrDefaultAsync(ct);
            return o is null ? null : (o.CountryId, o.DeskId);
        }, "The organization does not exist.");
        await Resolve(nameof(input.TouchpointId), kept?.TouchpointId, input.TouchpointId, async (id, system) =>
        {
            var q = system ? db.Touchpoints.IgnoreQueryFilters() : db.Touchpoints;
            var t = await q.AsNoTracking().Where(x => x.Id == id)
                .Select(x => new { x.CountryId, DeskId = x.Country == null ? null : x.Country.DeskId }).FirstOrDefaultAsync(ct);
            return t is null ? null : (t.CountryId, t.DeskId);
        }, "The touchpoint does not exist.");
        return links;
    }

    /// <summary>The desk of the first linked record that has a country; otherwise the creator's desk when they have exactly one.</summary>
    private static async Task<DeskChoice> DeskForAsync(LiaisonDbContext db, List<Link> links, string? creatorId, CancellationToken ct)
    {
        if (links.FirstOrDefault(l => l.Id is not null && l.CountryId is not null) is { } placed)
        {
            return new DeskChoice(placed.DeskId, placed.DeskId is null);
        }

        if (creatorId is null)
        {
            return new DeskChoice(null, false);
        }

        var desks = await db.UserDesks.AsNoTracking().Where(d => d.UserId == creatorId).Select(d => d.DeskId).Take(2).ToListAsync(ct);
        return new DeskChoice(desks.Count == 1 ? desks[0] : null, false);
    }

    private static EditResult? CheckRights(AccessScope scope, List<Link> links, bool ownerChanged, DeskChoice desk)
    {
        var newLinks = links.Where(l => l.Changed && l.Id is not null).ToList();
        if (newLinks.Count > 0)
        {
            if (!MayAssign(scope))
            {
                return EditResult.Error(newLinks[0].Field, "Only editors and protocol officers may link a task to a record.");
            }

            // International records (no country) are shared; a country's record needs its desk.
            if (newLinks.FirstOrDefault(l => l.CountryId is not null && !scope.CoversDesk(l.DeskId)) is { } outside)
            {
                return EditResult.Error(outside.Field, "You may only link records of your own desks.");
            }
        }

        if (ownerChanged)
        {
            if (!MayAssign(scope))
            {
                return EditResult.Error(nameof(TaskInput.OwnerId), "Only editors and protocol officers may assign tasks to someone else.");
            }

            var covered = desk.DeskId is null ? !desk.FromDesklessCountry || scope.AllDesks : scope.CoversDesk(desk.DeskId);
            if (!covered)
            {
                return EditResult.Error(nameof(TaskInput.OwnerId), "You may only assign tasks within your own desks.");
            }
        }

        return null;
    }

    private static void Apply(TaskItem task, TaskInput input, List<Link> links, int? deskId, DateTime now)
    {
        task.Title = input.Title.Trim();
        task.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes;
        task.DueOn = input.DueOn!.Value;
        task.PersonId = links.Single(l => l.Field == nameof(TaskInput.PersonId)).Id;
        task.OrganizationId = links.Single(l => l.Field == nameof(TaskInput.OrganizationId)).Id;
        task.TouchpointId = links.Single(l => l.Field == nameof(TaskInput.TouchpointId)).Id;
        task.DeskId = deskId;
        SetStatus(task, input.Status, now);
        task.UpdatedAt = now;
    }

    private static void SetStatus(TaskItem task, WorkStatus status, DateTime now)
    {
        if (status == WorkStatus.Done && task.Status != WorkStatus.Done)
        {
            task.CompletedAt = now;
        }
        else if (status != WorkStatus.Done)
        {
            task.CompletedAt = null;
        }

        task.Status = status;
    }

    /// <summary>What differs between the user's version and the stored one, in words a user reads (names, not ids).</summary>
    public static async Task<ConflictDetails> ConflictForAsync(LiaisonDbContext db, TaskItem current, TaskInput yours, CancellationToken ct)
    {
        var changes = new List<FieldChange>();
        async Task Compare(string field, object? mine, object? stored, Func<object?, Task<string?>>? show = null)
        {
            var a = Format(mine);
            var b = Format(stored);
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changes.Add(show is null ? new FieldChange(field, a, b) : new FieldChange(field, await show(mine), await show(stored)));
            }
        }

        async Task<string?> UserName(object? id) => id is string s
            ? await db.Users.AsNoTracking().Where(u => u.Id == s).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? s
            : null;
        async Task<string?> PersonName(object? id) => id is int i
            ? await db.People.AsNoTracking().Where(p => p.Id == i).Select(p => p.NameEn).FirstOrDefaultAsync(ct)
            : null;
        async Task<string?> OrganizationName(object? id) => id is int i
            ? await db.Organizations.AsNoTracking().Where(o => o.Id == i).Select(o => o.NameEn).FirstOrDefaultAsync(ct)
            : null;
        async Task<string?> TouchpointName(object? id) => id is int i
            ? await db.Touchpoints.AsNoTracking().Where(t => t.Id == i).Select(t => t.Subject).FirstOrDefaultAsync(ct)
            : null;

        await Compare(nameof(yours.Title), yours.Title?.Trim(), current.Title);
        await Compare(nameof(yours.Notes), yours.Notes, current.Notes);
        await Compare(nameof(yours.OwnerId), string.IsNullOrWhiteSpace(yours.OwnerId) ? current.OwnerId : yours.OwnerId, current.OwnerId, UserName);
        await Compare(nameof(yours.DueOn), yours.DueOn, current.DueOn);
        await Compare(nameof(yours.Status), yours.Status, current.Status);

        // A linked record the user cannot see is neither named nor compared.
        if (current.PersonId is null || await PersonName(current.PersonId) is not null)
        {
            await Compare(nameof(yours.PersonId), yours.PersonId, current.PersonId, PersonName);
        }

        if (current.OrganizationId is null || await OrganizationName(current.OrganizationId) is not null)
        {
            await Compare(nameof(yours.OrganizationId), yours.OrganizationId, current.OrganizationId, OrganizationName);
        }

        if (current.TouchpointId is null || await TouchpointName(current.TouchpointId) is not null)
        {
            await Compare(nameof(yours.TouchpointId), yours.TouchpointId, current.TouchpointId, TouchpointName);
        }

        return new ConflictDetails("This task was changed by someone else after you opened it.", current.Version, changes);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
