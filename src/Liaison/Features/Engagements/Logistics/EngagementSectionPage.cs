using System.Globalization;
using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements.Logistics;

/// <summary>
/// What the section pages of an engagement (logistics, gifts, outcomes, documents) share: the engagement header (404 when it
/// does not exist for the reader, Forbid for a change by someone who may only read it), the read audit of classified
/// engagements, the conflict shown after a stale save, and the view's own strings for error messages.
/// </summary>
public abstract class EngagementSectionPage(LiaisonDbContext db, IStringLocalizerFactory localizers, string view) : PageModel
{
    public EngagementHeader Engagement { get; private set; } = null!;

    public ConflictDetails? Conflict { get; protected set; }

    protected LiaisonDbContext Db => db;

    protected IStringLocalizer Text { get; } = ViewStrings.For(localizers, view);

    /// <returns>Null when the page may go on; otherwise the answer to give (404 or Forbid).</returns>
    protected async Task<IActionResult?> LoadAsync(int id, bool change, CancellationToken ct)
    {
        var header = await EngagementAccess.FindAsync(db, id, ct);
        if (header is null)
        {
            return NotFound();
        }

        if (change && !header.CanOrganize)
        {
            return Forbid();
        }

        Engagement = header;
        if (!change && header.Classification >= Classification.Confidential)
        {
            await db.AuditReadAsync(nameof(Engagement), id.ToString(CultureInfo.InvariantCulture), ct);
        }

        return null;
    }

    /// <returns>False when something typed could not be read (a date that does not exist): show the form again, save nothing.</returns>
    protected bool ReadableInput(object input, string prefix)
    {
        var unreadable = UnreadableValues.Find(ModelState, input, prefix);
        ModelState.Clear();
        return !UnreadableValues.AddTo(ModelState, unreadable, v => Text["The value '{0}' is not valid.", v]);
    }

    /// <summary>Shows an edit outcome: redirect after a save or delete, otherwise the page again with errors or the conflict.</summary>
    protected IActionResult? Outcome(EditResult result, string prefix, string savedMessage, Func<int, object?>? routeAfterSave = null)
    {
        switch (result)
        {
            case EditResult.Saved saved:
                TempData.FlashSuccess(savedMessage);
                return RedirectToPage(null, null, routeAfterSave?.Invoke(saved.Id) ?? new { id = Engagement.Id }, null);
            case EditResult.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, prefix, Text);
                return null;
            case EditResult.Conflict conflict:
                Conflict = conflict.Details;
                return null;
            default:
                return NotFound();
        }
    }
}
