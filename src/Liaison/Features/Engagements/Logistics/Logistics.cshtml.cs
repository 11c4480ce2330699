using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Features.Shared;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements.Logistics;

/// <summary>An engagement's arrivals, departures, accommodation, transport and other arrangements, and its interpreters.</summary>
public sealed class LogisticsPageModel(LiaisonDbContext db, IStringLocalizerFactory localizers)
    : EngagementSectionPage(db, localizers, "Features.Engagements.Logistics.Logistics")
{
    [BindProperty]
    public LogisticsInput Input { get; set; } = new();

    /// <summary>The item being changed in the form, or null when the form adds one.</summary>
    public int? EditingId { get; private set; }

    public IReadOnlyList<LogisticsItemDto> Items { get; private set; } = [];

    public IReadOnlyList<InterpreterDto> Interpreters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? item, LogisticsKind? kind, CancellationToken ct)
    {
        if (await LoadAsync(id, change: false, ct) is { } refusal)
        {
            return refusal;
        }

        await LoadListsAsync(ct);
        if (item is int itemId && Engagement.CanOrganize)
        {
            var stored = Items.FirstOrDefault(i => i.Id == itemId);
            if (stored is null)
            {
                return NotFound();
            }

            EditingId = itemId;
            Input = new LogisticsInput
            {
                Kind = stored.Kind, Reference = stored.Reference, Place = stored.Place, StartsAt = stored.StartsAt,
                EndsAt = stored.EndsAt, Notes = stored.Notes, Version = stored.Version,
            };
        }
        else if (kind is { } k && Enum.IsDefined(k))
        {
            Input.Kind = k;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int? itemId, CancellationToken ct)
    {
        if (await LoadAsync(id, change: true, ct) is { } refusal)
        {
            return refusal;
        }

        EditingId = itemId;
        if (ReadableInput(Input, nameof(Input))
            && Outcome(await LogisticsEditor.SaveItemAsync(Db, Engagement, itemId, Input, ct), nameof(Input),
                itemId is null ? Text["The arrangement was added."] : Text["The arrangement was saved."]) is { } done)
        {
            return done;
        }

        if (Conflict is not null)
        {
            Input.Version = Conflict.CurrentVersion;
        }

        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int itemId, int? version, CancellationToken ct)
    {
        if (await LoadAsync(id, change: true, ct) is { } refusal)
        {
            return refusal;
        }

        var result = await LogisticsEditor.DeleteItemAsync(Db, Engagement, itemId, version, ct);
        if (result is EditResult.Conflict)
        {
            TempData.Error(Text["The arrangement was changed by someone else; look at it again before deleting it."]);
            return RedirectToPage(null, null, new { id }, null);
        }

        return Outcome(result, nameof(Input), Text["The arrangement was deleted."]) ?? RedirectToPage(null, null, new { id }, null);
    }

    private async Task LoadListsAsync(CancellationToken ct)
    {
        Items = await LogisticsQueries.ItemsAsync(Db, Engagement.Id, ct);
        Interpreters = await LogisticsQueries.InterpretersAsync(Db, Engagement.Id, ct);
    }
}
