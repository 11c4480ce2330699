using Liaison.Data;
using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using Liaison.Features.Shared;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Work;

/// <summary>Tasks: mine, assigned by me, or my desks'; by status and due date; with a quick "done" button.</summary>
public sealed class TaskListModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    private const int PageSize = 50;
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Work.Index");

    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    // "page" is a reserved route value in Razor Pages.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Page<TaskListItem> Result { get; private set; } = new([], 0, 1, PageSize);

    public string CurrentView => (View ?? "mine").ToLowerInvariant() is "assigned" or "desks" or "all" ? View!.ToLowerInvariant() : "mine";

    public string CurrentStatus => (Status ?? "open").ToLowerInvariant() is "done" or "cancelled" or "all" ? Status!.ToLowerInvariant() : "open";

    public PageLinks Links => new(Result.PageNumber, Result.PageSize, Result.Total, p => UrlWith(p));

    public string? UrlWith(int? p = null) => Url.Page("/Work/Index", new
    {
        view = View,
        status = Status,
        from = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        to = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        overdue = Overdue ? true : (bool?)null,
        p,
    });

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // An unreadable date filter is ignored rather than failing the list.
            From = ModelState.GetFieldValidationState(nameof(From)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid ? null : From;
            To = ModelState.GetFieldValidationState(nameof(To)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid ? null : To;
        }

        Result = await TaskQueries.ListAsync(db, new TaskFilter(CurrentView, CurrentStatus, From, To, Overdue, PageNumber, PageSize), ct);
    }

    /// <summary>The quick "done" button of a row; back to the same list.</summary>
    public async Task<IActionResult> OnPostCompleteAsync(int id, int? version, string? returnUrl, CancellationToken ct)
    {
        switch (await TaskEditor.SetStatusAsync(db, id, WorkStatus.Done, version, ct))
        {
            case EditResult.Saved:
                TempData.FlashSuccess(_text["The task was marked done."]);
                break;
            case EditResult.Conflict:
                TempData.Error(_text["Someone else changed this task after you opened it; nothing was changed. Check it and try again."]);
                break;
            default:
                return NotFound();
        }

        return LocalRedirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/tasks");
    }
}
