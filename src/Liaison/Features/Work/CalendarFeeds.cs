using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Work;

/// <summary>
/// A user's secret calendar-feed address: created (replacing any earlier one), revoked, and rendered as iCalendar with the
/// owner's own access — what they would see signed in, never more. Only the SHA-256 hash of the secret is stored.
/// </summary>
public static class CalendarFeeds
{
    public const string Prefix = "cal_";
    public const int TaskLimit = 1000;
    public const int AnniversaryLimit = 2000;
    private static readonly TimeSpan UsageResolution = TimeSpan.FromHours(1);

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string PathFor(string secret) => $"/calendar/{secret}.ics";

    /// <summary>The user's feed in use, if any.</summary>
    public static Task<CalendarFeed?> ActiveAsync(LiaisonDbContext db, string userId, CancellationToken ct = default) =>
        db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == userId && f.RevokedAt == null).OrderByDescending(f => f.Id).FirstOrDefaultAsync(ct);

    /// <summary>Creates a new secret for the user and revokes the previous one; the secret is returned once and never stored.</summary>
    public static async Task<string> CreateAsync(LiaisonDbContext db, string userId, CancellationToken ct = default)
    {
        var now = Clock.UtcNow;
        foreach (var old in await db.CalendarFeeds.Where(f => f.UserId == userId && f.RevokedAt == null).ToListAsync(ct))
        {
            old.RevokedAt = now;
        }

        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.CalendarFeeds.Add(new CalendarFeed { UserId = userId, TokenHash = Hash(secret), CreatedAt = now });
        await db.SaveChangesAsync(ct);
        return secret;
    }

    /// <returns>Whether a feed was in use.</returns>
    public static async Task<bool> RevokeAsync(LiaisonDbContext db, string userId, CancellationToken ct = default)
    {
        var active = await db.CalendarFeeds.Where(f => f.UserId == userId && f.RevokedAt == null).ToListAsync(ct);
        foreach (var feed in active)
        {
            feed.RevokedAt = Clock.UtcNow;
        }

        await db.SaveChangesAsync(ct);
        return active.Count > 0;
    }

    /// <summary>
    /// The feed for a secret, read with its owner's access scope (set on <paramref name="db"/>); null for an unknown or revoked
    /// secret or a disabled user.
    /// </summary>
    public static async Task<string?> RenderAsync(LiaisonDbContext db, IStringLocalizerFactory localizers, string secret, string baseUrl, CancellationToken ct = default)
    {
        if (await OpenAsync(db, secret, ct) is not { } user)
        {
            return null;
        }

        return await InCultureOfAsync(user, () =>
        {
            var text = ViewStrings.For(localizers, "Features.Work.CalendarFeed");
            return WriteAsync(db, text, user.DisplayName.Length > 0 ? user.DisplayName : user.UserName ?? "", baseUrl.TrimEnd('/'), Clock.UtcNow, ct);
        });
    }

    /// <summary>
    /// The owner of a secret feed address, with their access scope set on <paramref name="db"/> and the feed's use noted;
    /// null for an unknown or revoked secret or a disabled user. Every feed served from the address starts here.
    /// </summary>
    public static async Task<AppUser?> OpenAsync(LiaisonDbContext db, string secret, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 200)
        {
            return null;
        }

        var hash = Hash(secret);
        var feed = await db.CalendarFeeds.AsNoTracking().Include(f => f.User)
            .FirstOrDefaultAsync(f => f.TokenHash == hash && f.RevokedAt == null, ct);
        if (feed?.User is not { IsDisabled: false } user || await AccessScopeFactory.ForUserAsync(db, user.Id, ct) is not { } scope)
        {
            return null;
        }

        db.Scope = scope;
        var now = Clock.UtcNow;
        var stale = now - UsageResolution;
        await db.CalendarFeeds.Where(f => f.Id == feed.Id && (f.LastUsedAt == null || f.LastUsedAt < stale))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.LastUsedAt, now), ct);
        return user;
    }

    /// <summary>Runs <paramref name="write"/> with the UI culture the user chose (feeds are read without a browser).</summary>
    public static async Task<T> InCultureOfAsync<T>(AppUser user, Func<Task<T>> write)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = LiaisonCulture(user.PreferredCulture);
            return await write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static CultureInfo LiaisonCulture(string? name) =>
        Web.LiaisonApp.Cultures.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? (name?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true ? Web.LiaisonApp.Cultures[1] : Web.LiaisonApp.Cultures[0]);

    private static async Task<string> WriteAsync(LiaisonDbContext db, IStringLocalizer text, string userName, string baseUrl, DateTime now, CancellationToken ct)
    {
        var me = db.Scope.UserId ?? "";
        var desks = db.Scope.DeskIds;
        var chinese = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
        string Name(string en, string? zh) => chinese && !string.IsNullOrWhiteSpace(zh) ? zh : en;

        var ics = new IcsWriter().BeginCalendar(text["Liaison — {0}", userName]);

        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.OwnerId == me && (t.Status == WorkStatus.Open || t.Status == WorkStatus.InProgress))
            .OrderBy(t => t.DueOn).ThenBy(t => t.Id).Take(TaskLimit)
            .Select(t => new { t.Id, t.Title, t.DueOn, t.UpdatedAt })
            .ToListAsync(ct);
        foreach (var t in tasks)
        {
            var url = $"{baseUrl}/tasks/{t.Id}";
            ics.AllDayEvent($"task-{t.Id}@liaison", t.UpdatedAt, t.DueOn, t.Title, text["Task in Liaison: {0}", url], url);
        }

        // My people first (by owner), then my desks' people (by country): two indexed starts rather than one OR.
        var deskCountries = await MyWorkQueries.DeskCountriesAsync(db, desks, ct);
        var people = await db.People.AsNoTracking().Where(p => p.BirthDate != null && p.OwnerId == me)
            .OrderBy(p => p.Id).Take(AnniversaryLimit)
            .Select(p => new { p.Id, p.NameEn, p.NameZh, BirthDate = p.BirthDate!.Value })
            .ToListAsync(ct);
        people.AddRange(await db.People.AsNoTracking()
            .Where(p => p.BirthDate != null && p.CountryId != null && deskCountries.Contains(p.CountryId.Value) && (p.OwnerId == null || p.OwnerId != me))
            .OrderBy(p => p.Id).Take(AnniversaryLimit - people.Count)
            .Select(p => new { p.Id, p.NameEn, p.NameZh, BirthDate = p.BirthDate!.Value })
            .ToListAsync(ct));
        foreach (var p in people)
        {
            var url = $"{baseUrl}/people/{p.Id}";
            ics.AllDayEvent($"person-{p.Id}-birthday@liaison", now, p.BirthDate, text["Birthday: {0}", Name(p.NameEn, p.NameZh)],
                text["Born {0}. {1}", p.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), url], url, Yearly(p.BirthDate));
        }

        var organizations = await db.Relationships.AsNoTracking()
            .Where(r => r.Organization!.Founded != null && r.Organization.Country!.DeskId != null && desks.Contains(r.Organization.Country.DeskId.Value))
            .OrderBy(r => r.OrganizationId).Take(AnniversaryLimit)
            .Select(r => new { r.Organization!.Id, r.Organization.NameEn, r.Organization.NameZh, Founded = r.Organization.Founded!.Value })
            .ToListAsync(ct);
        foreach (var o in organizations)
        {
            var url = $"{baseUrl}/organizations/{o.Id}";
            ics.AllDayEvent($"organization-{o.Id}-founded@liaison", now, o.Founded, text["Founding anniversary: {0}", Name(o.NameEn, o.NameZh)],
                text["Founded {0}. {1}", o.Founded.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), url], url, Yearly(o.Founded));
        }

        return ics.EndCalendar().ToString();
    }

    // 29 February recurs on the last day of February, so common years keep the anniversary too.
    private static string Yearly(DateOnly date) =>
        date is { Month: 2, Day: 29 } ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "FREQ=YEARLY";
}
