using System.Globalization;
using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Work;

/// <summary>What needs my attention: tasks, people due for contact, anniversaries, dormant ties; and my calendar feed.</summary>
public sealed class MyWorkModel(LiaisonDbContext db, IStringLocalizerFactory localizers) : PageModel
{
    private const string NewFeedKey = "calendar-feed-url";
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.Work.MyWork");

    [BindProperty(SupportsGet = true)]
    public int? Months { get; set; }

    public MyWork Work { get; private set; } = null!;

    public CalendarFeed? Feed { get; private set; }

    /// <summary>The new feed address: shown in the one response after it was created, never again.</summary>
    public string? NewFeedUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        NewFeedUrl = TempData[NewFeedKey] as string;
        Work = await MyWorkQueries.LoadAsync(db, Months, ct);
        Feed = db.Scope.UserId is { } me ? await CalendarFeeds.ActiveAsync(db, me, ct) : null;
    }

    /// <summary>Creates the feed, or replaces it (the old address stops working).</summary>
    public async Task<IActionResult> OnPostCreateFeedAsync(CancellationToken ct)
    {
        if (db.Scope.UserId is not { } me)
        {
            return Challenge();
        }

        var secret = await CalendarFeeds.CreateAsync(db, me, ct);
        TempData[NewFeedKey] = $"{Request.Scheme}://{Request.Host}{CalendarFeeds.PathFor(secret)}";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeFeedAsync(CancellationToken ct)
    {
        if (db.Scope.UserId is not { } me)
        {
            return Challenge();
        }

        if (await CalendarFeeds.RevokeAsync(db, me, ct))
        {
            TempData.FlashSuccess(_text["Your calendar feed was turned off. Its address no longer works."]);
        }

        return RedirectToPage();
    }

    /// <summary>"75th" in English; the plain number in Chinese, whose phrase ("75周年") carries the ordinal.</summary>
    public static string Ordinal(int n)
    {
        var number = n.ToString(CultureInfo.InvariantCulture);
        if (CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal))
        {
            return number;
        }

        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return number + suffix;
    }
}
