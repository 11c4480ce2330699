using Liaison.Data;
using Liaison.Features.Shared;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements.Logistics;

/// <summary>The gift register of an engagement: given and received, with totals per direction and currency.</summary>
public sealed class GiftsPageModel(LiaisonDbContext db, IStringLocalizerFactory localizers)
    : EngagementSectionPage(db, localizers, "Features.Engagements.Logistics.Gifts")
{
    [BindProperty]
    public GiftInput Input { get; set; } = new();

    public int? EditingId { get; private set; }

    public GiftRegister Register { get; private set; } = new([], []);

    public IReadOnlyList<PickedRecord> PickedPerson { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? gift, GiftDirection? direction, CancellationToken ct)
    {
        if (await LoadAsync(id, change: false, ct) is { } refusal)
        {
            return refusal;
        }

        Register = await LogisticsQueries.GiftsAsync(Db, Engagement.Id, ct);
        if (gift is int giftId && Engagement.CanOrganize)
        {
            var stored = await Db.Gifts.AsNoTracking().FirstOrDefaultAsync(g => g.Id == giftId && g.EngagementId == Engagement.Id, ct);
            if (stored is null)
            {
                return NotFound();
            }

            EditingId = giftId;
            Input = GiftInput.From(stored);
        }
        else if (direction is { } d && Enum.IsDefined(d))
        {
            Input.Direction = d;
        }

        await LoadPickedAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int? giftId, CancellationToken ct)
    {
        if (await LoadAsync(id, change: true, ct) is { } refusal)
        {
            return refusal;
        }

        EditingId = giftId;
        if (ReadableInput(Input, nameof(Input))
            && Outcome(await LogisticsEditor.SaveGiftAsync(Db, Engagement, giftId, Input, ct), nameof(Input),
                giftId is null ? Text["The gift was added to the register."] : Text["The gift was saved."]) is { } done)
        {
            return done;
        }

        if (Conflict is not null)
        {
            Input.Version = Conflict.CurrentVersion;
        }

        Register = await LogisticsQueries.GiftsAsync(Db, Engagement.Id, ct);
        await LoadPickedAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int giftId, int? version, CancellationToken ct)
    {
        if (await LoadAsync(id, change: true, ct) is { } refusal)
        {
            return refusal;
        }

        var result = await LogisticsEditor.DeleteGiftAsync(Db, Engagement, giftId, version, ct);
        if (result is EditResult.Conflict)
        {
            TempData.Error(Text["The gift was changed by someone else; look at it again before deleting it."]);
            return RedirectToPage(null, null, new { id }, null);
        }

        return Outcome(result, nameof(Input), Text["The gift was deleted."]) ?? RedirectToPage(null, null, new { id }, null);
    }

    private async Task LoadPickedAsync(CancellationToken ct)
    {
        if (Input.PersonId is not int personId)
        {
            PickedPerson = [];
            return;
        }

        var person = await Db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.NameEn, p.NameZh }).FirstOrDefaultAsync(ct);
        PickedPerson = person is null ? [] : [new PickedRecord(personId, EnumText.Pick(person.NameEn, person.NameZh))];
    }
}
