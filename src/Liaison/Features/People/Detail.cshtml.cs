using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.People;

[RequestSizeLimit(PhotoStore.MaxBytes * 2)]
public sealed class PersonDetailModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.People.Detail");

    public PersonDetail Person { get; private set; } = null!;

    /// <summary>Null when the viewer may not see this person's contact channels.</summary>
    public IReadOnlyList<ChannelDto>? Channels { get; private set; }

    public bool CanChangeChannels => Person.CanSeeContacts && Person.CanEdit;

    public static DateOnly Today => Clock.Today;

    /// <summary>Which form to show open with its error after a failed post: "photo" or "end-{positionId}".</summary>
    public string? OpenForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, audit: true, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPhotoAsync(int id, IFormFile? photo, CancellationToken ct)
    {
        if (!await PositionEditor.CanEditPersonAsync(db, id, ct))
        {
            return NotFound();
        }

        EditResult result;
        if (photo is null || photo.Length == 0)
        {
            result = EditResult.Error("Photo", PhotoStore.Empty);
        }
        else if (photo.Length > PhotoStore.MaxBytes)
        {
            result = EditResult.Error("Photo", PhotoStore.TooLarge);
        }
        else
        {
            await using var stream = photo.OpenReadStream();
            var (bytes, error) = await PhotoStore.ReadAsync(stream, ct);
            result = bytes is null ? EditResult.Error("Photo", error!) : await PhotoStore.SetAsync(db, id, bytes, ct);
        }

        return await DoneAsync(id, result, "The photo was saved.", "photo", "photo", ct);
    }

    public async Task<IActionResult> OnPostRemovePhotoAsync(int id, CancellationToken ct) =>
        await DoneAsync(id, await PhotoStore.RemoveAsync(db, id, ct), "The photo was removed.", "photo", "photo", ct);

    public async Task<IActionResult> OnPostEndPositionAsync(int id, int positionId, string? endOn, CancellationToken ct)
    {
        if (!await BelongsAsync(id, positionId, ct))
        {
            return NotFound();
        }

        var result = DateParsing.TryParseOrToday(endOn, out var to)
            ? await PositionEditor.EndAsync(db, positionId, to, ct)
            : EditResult.Error("To", "The end date is not a valid date (YYYY-MM-DD).");
        return await DoneAsync(id, result, "The position was ended; it stays in the career history.", "career", $"end-{positionId}", ct);
    }

    public async Task<IActionResult> OnPostDeletePositionAsync(int id, int positionId, CancellationToken ct) =>
        await BelongsAsync(id, positionId, ct)
            ? await DoneAsync(id, await PositionEditor.DeleteAsync(db, positionId, ct), "The position was deleted.", "career", null, ct)
            : NotFound();

    public async Task<IActionResult> OnPostDeleteChannelAsync(int id, int channelId, CancellationToken ct)
    {
        var belongs = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.ContactChannels, c => c.Id == channelId && c.PersonId == id, ct);
        return belongs
            ? await DoneAsync(id, await ChannelEditor.DeleteAsync(db, channelId, ct), "The contact channel was deleted.", "contacts", null, ct)
            : NotFound();
    }

    private Task<bool> BelongsAsync(int id, int positionId, CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Positions, p => p.Id == positionId && p.PersonId == id, ct);

    private async Task<IActionResult> DoneAsync(int id, EditResult result, string saved, string fragment, string? form, CancellationToken ct)
    {
        switch (result)
        {
            case EditResult.Saved:
                TempData.FlashSuccess(_text[saved]);
                return RedirectToPage("Detail", null, new { id }, fragment);
            case EditResult.Invalid invalid:
                ModelState.Clear();
                ModelState.AddErrors(invalid.Errors, "", _text);
                OpenForm = form;
                return await LoadAsync(id, audit: false, ct) ? Page() : NotFound();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, bool audit, CancellationToken ct)
    {
        var person = await PeopleQueries.DetailAsync(db, id, audit, ct);
        if (person is null)
        {
            return false;
        }

        Person = person;
        Channels = person.CanSeeContacts ? await PeopleQueries.ChannelsAsync(db, id, ct) : null;
        return true;
    }
}
