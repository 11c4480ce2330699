using System.Globalization;
using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.People.Duplicates;

/// <summary>Side-by-side review of two people: choose each field's value and which record survives, then merge.</summary>
[Authorize(Policy = Policies.Editor)]
public sealed class MergeModel(LiaisonDbContext db, PersonMerger merger, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = ViewStrings.For(localizers, "Features.People.Duplicates.Merge");

    /// <summary>One side of the comparison.</summary>
    public sealed record Side(PersonRef Person, int Positions, int Touchpoints, int Channels, int Names, int Tasks, bool HasPhoto);

    /// <summary>One field: both values as shown, and which side is chosen ("a" or "b").</summary>
    public sealed record FieldRow(string Field, string? A, string? B, string Chosen)
    {
        public bool Same => string.Equals(A ?? "", B ?? "", StringComparison.Ordinal);
    }

    public Side A { get; private set; } = null!;

    public Side B { get; private set; } = null!;

    public IReadOnlyList<FieldRow> Rows { get; private set; } = [];

    /// <summary>Which record survives: "a" or "b".</summary>
    [BindProperty]
    public string Keep { get; set; } = "a";

    /// <summary>Field name → "a" or "b".</summary>
    [BindProperty]
    public Dictionary<string, string> Choice { get; set; } = [];

    [BindProperty]
    public int VersionA { get; set; }

    [BindProperty]
    public int VersionB { get; set; }

    /// <summary>Set when one of the records changed since the page was opened: the page shows the current values.</summary>
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int a, int b, CancellationToken ct) =>
        await LoadAsync(a, b, fromPost: false, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int a, int b, CancellationToken ct)
    {
        var keepA = Keep != "b";
        var (survivorId, mergedId) = keepA ? (a, b) : (b, a);
        var fields = MergeFields.Names.ToDictionary(
            f => f,
            f => (Choice.GetValueOrDefault(f) ?? Keep) == Keep ? MergeSide.Survivor : MergeSide.Merged,
            StringComparer.Ordinal);
        var outcome = await merger.MergeAsync(
            new MergeRequest(survivorId, mergedId, fields, keepA ? VersionA : VersionB, keepA ? VersionB : VersionA), ct);
        switch (outcome)
        {
            case MergeOutcome.Merged merged:
                var m = merged.Moved;
                TempData.FlashSuccess(_text["The two records were merged: {0} positions, {1} touchpoints, {2} contact channels, {3} names and {4} tasks now belong to this person.",
                    m.Positions, m.Touchpoints, m.Channels, m.Names, m.Tasks]);
                return Redirect("/people/" + merged.SurvivorId.ToString(CultureInfo.InvariantCulture));
            case MergeOutcome.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, "", _text);
                return await LoadAsync(a, b, fromPost: true, ct) ? Page() : NotFound();
            case MergeOutcome.Conflict:
                db.ChangeTracker.Clear();
                Conflict = true;
                ModelState.Clear();
                return await LoadAsync(a, b, fromPost: false, ct) ? Page() : NotFound();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(int a, int b, bool fromPost, CancellationToken ct)
    {
        if (a == b)
        {
            return false;
        }

        var people = await db.People.AsNoTracking().Include(p => p.Country).Include(p => p.Tier)
            .Where(p => p.Id == a || p.Id == b).ToListAsync(ct);
        var pa = people.FirstOrDefault(p => p.Id == a);
        var pb = people.FirstOrDefault(p => p.Id == b);
        if (pa is null || pb is null || !CanEdit(pa) || !CanEdit(pb))
        {
            return false;
        }

        A = await SideAsync(pa, ct);
        B = await SideAsync(pb, ct);
        if (!fromPost)
        {
            // The record with more history survives by default (the older one on a tie).
            var weightA = A.Positions + A.Touchpoints + A.Channels + A.Names + A.Tasks;
            var weightB = B.Positions + B.Touchpoints + B.Channels + B.Names + B.Tasks;
            Keep = weightB > weightA || (weightB == weightA && pb.Id < pa.Id) ? "b" : "a";
            VersionA = pa.Version;
            VersionB = pb.Version;
        }

        var (survivor, merged) = Keep == "b" ? (pb, pa) : (pa, pb);
        var owners = await OwnerNamesAsync([pa.OwnerId, pb.OwnerId], ct);
        var tiers = people.Where(p => p.Tier is not null).ToDictionary(p => p.TierId!.Value, p => EnumText.Pick(p.Tier!.NameEn, p.Tier.NameZh));
        Rows = MergeFields.Names.Select(field =>
        {
            var side = fromPost && Choice.TryGetValue(field, out var chosen) && chosen is "a" or "b"
                ? chosen
                : MergeFields.DefaultSide(survivor, merged, field) == MergeSide.Survivor ? Keep : Other(Keep);
            return new FieldRow(field, Display(pa, field, owners, tiers), Display(pb, field, owners, tiers), side);
        }).ToList();
        return true;
    }

    private static string Other(string side) => side == "a" ? "b" : "a";

    private bool CanEdit(Person p) => db.Scope.CanEdit(p.Classification, p.Country?.DeskId, p.CountryId is not null);

    private async Task<Side> SideAsync(Person p, CancellationToken ct)
    {
        var reference = new PersonRef(p.Id, p.NameEn, p.NameZh, p.NameNative, p.Country?.Iso3, p.Country?.NameEn, p.Country?.NameZh, p.Version);
        // Everything that would move with the merge, counted in one statement (each count through its visibility filter).
        var id = p.Id;
        var counts = await db.People.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                Positions = db.Positions.Count(y => y.PersonId == id),
                Touchpoints = db.TouchpointPeople.Count(y => y.PersonId == id),
                Channels = db.ContactChannels.Count(y => y.PersonId == id),
                Names = db.PersonNames.Count(y => y.PersonId == id),
                Tasks = db.Tasks.Count(y => y.PersonId == id),
                Photo = db.PersonPhotos.Any(y => y.PersonId == id),
            })
            .FirstAsync(ct);
        return new Side(reference, counts.Positions, counts.Touchpoints, counts.Channels, counts.Names, counts.Tasks, counts.Photo);
    }

    private async Task<Dictionary<string, string>> OwnerNamesAsync(string?[] ids, CancellationToken ct)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.Id : u.DisplayName, ct);
    }

    private static string? Display(Person p, string field, Dictionary<string, string> owners, Dictionary<int, string> tiers) =>
        MergeFields.Get(p, field) switch
        {
            null => null,
            string s when field == nameof(Person.OwnerId) => owners.GetValueOrDefault(s, s),
            string s => string.IsNullOrWhiteSpace(s) ? null : s,
            Enum e => EnumText.Name(e),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            int i when field == nameof(Person.CountryId) && p.Country is { } c => EnumText.Pick(c.NameEn, c.NameZh) + " (" + c.Iso3 + ")",
            int i when field == nameof(Person.TierId) => tiers.GetValueOrDefault(i, i.ToString(CultureInfo.InvariantCulture)),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        };
}
