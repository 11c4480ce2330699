using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Work;

/// <summary>What the new-task and task pages share: the bound input, the owner choices, the linked records' names, and how an outcome is shown.</summary>
public abstract class TaskFormModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    /// <summary>Owner choices offered to users who may assign; the list is cut here (the API takes any active user).</summary>
    public const int OwnerOptionLimit = 500;

    [BindProperty]
    public TaskInput Input { get; set; } = new();

    public ConflictDetails? Conflict { get; private set; }

    public IReadOnlyList<SelectListItem> OwnerOptions { get; private set; } = [];

    /// <summary>The linked records as the user sees them (names, or "a record you cannot see").</summary>
    public LinkedRecord? PersonLink { get; private set; }
    public LinkedRecord? OrganizationLink { get; private set; }
    public LinkedRecord? TouchpointLink { get; private set; }

    public bool MayAssign => TaskEditor.MayAssign(db.Scope);

    public abstract bool IsNew { get; }

    protected LiaisonDbContext Db => db;

    protected IStringLocalizer Text { get; } = ViewStrings.For(localizers, "Features.Work._TaskForm");

    /// <returns>False when something typed could not be read (a date that does not exist): show the form again, save nothing.</returns>
    protected bool PrepareInput()
    {
        var unreadable = UnreadableValues.Find(ModelState, Input, nameof(Input));
        ModelState.Clear();
        return !UnreadableValues.AddTo(ModelState, unreadable, v => Text["The value '{0}' is not valid.", v]);
    }

    protected async Task<IActionResult> ShowAsync(EditResult result, TaskItem? stored, CancellationToken ct)
    {
        switch (result)
        {
            case EditResult.Saved saved:
                TempData.FlashSuccess(IsNew ? Text["The task was created."] : Text["The task was saved."]);
                return RedirectToPage("/Work/Edit", new { id = saved.Id });
            case EditResult.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, nameof(Input), Text);
                break;
            case EditResult.Conflict conflict:
                // Keep the user's input; the next save deliberately overwrites the version they have now seen.
                Conflict = conflict.Details;
                Input.Version = conflict.Details.CurrentVersion;
                break;
            default:
                return NotFound();
        }

        await LoadOptionsAsync(stored, ct);
        return Page();
    }

    /// <param name="stored">The saved task, whose links the user may be unable to see (kept as they are).</param>
    protected async Task LoadOptionsAsync(TaskItem? stored, CancellationToken ct)
    {
        var me = db.Scope.UserId ?? "";
        Input.OwnerId = string.IsNullOrWhiteSpace(Input.OwnerId) ? stored?.OwnerId ?? me : Input.OwnerId;
        var owners = MayAssign
            ? await db.Users.AsNoTracking().Where(u => !u.IsDisabled || u.Id == Input.OwnerId || u.Id == me)
                .OrderBy(u => u.DisplayName).Take(OwnerOptionLimit).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct)
            : await db.Users.AsNoTracking().Where(u => u.Id == me || u.Id == Input.OwnerId)
                .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct);
        if (!owners.Any(o => o.Id == Input.OwnerId))
        {
            owners.AddRange(await db.Users.AsNoTracking().Where(u => u.Id == Input.OwnerId).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct));
        }

        OwnerOptions = owners
            .Select(o => new SelectListItem(o.DisplayName.Length > 0 ? o.DisplayName : o.Email ?? o.Id, o.Id, o.Id == Input.OwnerId))
            .ToList();

        PersonLink = await LinkAsync(stored?.PersonId, Input.PersonId, id => db.People.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new LinkedRecord(p.Id, p.NameEn, p.NameZh, true)).FirstOrDefaultAsync(ct));
        OrganizationLink = await LinkAsync(stored?.OrganizationId, Input.OrganizationId, id => db.Organizations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new LinkedRecord(o.Id, o.NameEn, o.NameZh, true)).FirstOrDefaultAsync(ct));
        TouchpointLink = await LinkAsync(stored?.TouchpointId, Input.TouchpointId, id => db.Touchpoints.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new LinkedRecord(t.Id, t.Subject, null, true)).FirstOrDefaultAsync(ct));

        // Never echo the id of a record the user cannot see.
        if (PersonLink is { Visible: false })
        {
            Input.PersonId = null;
        }

        if (OrganizationLink is { Visible: false })
        {
            Input.OrganizationId = null;
        }

        if (TouchpointLink is { Visible: false })
        {
            Input.TouchpointId = null;
        }
    }

    private static async Task<LinkedRecord?> LinkAsync(int? stored, int? wanted, Func<int, Task<LinkedRecord?>> find)
    {
        var found = stored is int s ? await find(s) : null;
        if (stored is not null && found is null)
        {
            return new LinkedRecord(null, null, null, false);
        }

        // The form usually shows the record it already links: no second read for the same one.
        return wanted is int w ? (w == stored ? found : await find(w)) : null;
    }
}
