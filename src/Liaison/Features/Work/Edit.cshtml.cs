using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Features.Shared;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Work;

/// <summary>One task: its details for everyone who may see it, the form and status buttons for its owner and creator.</summary>
public sealed class EditTaskModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : TaskFormModel(db, localizers)
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Work.Edit");

    public override bool IsNew => false;

    public int Id { get; private set; }

    public TaskDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var task = await Db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || await TaskQueries.DetailAsync(Db, id, ct) is not { } detail)
        {
            return NotFound();
        }

        Id = id;
        Detail = detail;
        Input = TaskInput.From(task);
        await LoadOptionsAsync(task, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var task = await Db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || !TaskEditor.CanChange(Db.Scope, task) || await TaskQueries.DetailAsync(Db, id, ct) is not { } detail)
        {
            return NotFound();
        }

        Id = id;
        Detail = detail;
        var result = PrepareInput() ? await TaskEditor.UpdateAsync(Db, id, Input, ct) : new EditResult.Invalid([]);
        return await ShowAsync(result, task, ct);
    }

    public Task<IActionResult> OnPostCompleteAsync(int id, int? version, CancellationToken ct) => SetStatusAsync(id, WorkStatus.Done, version, ct);

    public Task<IActionResult> OnPostReopenAsync(int id, int? version, CancellationToken ct) => SetStatusAsync(id, WorkStatus.Open, version, ct);

    public Task<IActionResult> OnPostCancelAsync(int id, int? version, CancellationToken ct) => SetStatusAsync(id, WorkStatus.Cancelled, version, ct);

    private async Task<IActionResult> SetStatusAsync(int id, WorkStatus status, int? version, CancellationToken ct)
    {
        var text = _text;
        switch (await TaskEditor.SetStatusAsync(Db, id, status, version, ct))
        {
            case EditResult.Saved:
                TempData.FlashSuccess(status switch
                {
                    WorkStatus.Done => text["The task was marked done."],
                    WorkStatus.Cancelled => text["The task was cancelled."],
                    _ => text["The task was reopened."],
                });
                break;
            case EditResult.Conflict:
                TempData.Error(text["Someone else changed this task after you opened it; nothing was changed. Check it and try again."]);
                break;
            case EditResult.NotFound:
                return NotFound();
            default:
                TempData.Error(text["The status could not be changed."]);
                break;
        }

        return RedirectToPage("/Work/Edit", new { id });
    }
}
