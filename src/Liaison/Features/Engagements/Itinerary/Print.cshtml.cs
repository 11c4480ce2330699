using Liaison.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements.Itinerary;

/// <summary>A member of the delegation or of our hosts, as the printout lists them.</summary>
public sealed record PrintMember(int PersonId, string Name, string? NameZh, EngagementSide Side, DelegationRole Role, int Rank, string? Title)
{
    public string DisplayName => Web.EnumText.Pick(Name, NameZh);
}

/// <summary>The printable itinerary: minimal layout, in the language of <c>?lang=</c> (else the user's).</summary>
[PrintLanguage]
public sealed class ItineraryPrintModel(LiaisonDbContext db) : PageModel
{
    private const int MaxMembers = 500;

    public EngagementHeader Engagement { get; private set; } = null!;

    public string? Location { get; private set; }

    public IReadOnlyList<PrintMember> Delegation { get; private set; } = [];

    public IReadOnlyList<PrintMember> Hosts { get; private set; } = [];

    public IReadOnlyList<(DateOnly Day, IReadOnlyList<ItinerarySlot> Slots)> Days { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await EngagementAccess.FindAsync(db, id, ct) is not { } engagement)
        {
            return NotFound();
        }

        Engagement = engagement;
        await ItineraryApi.AuditReadAsync(db, engagement);
        Location = await db.Engagements.AsNoTracking().Where(e => e.Id == id).Select(e => e.Location).FirstOrDefaultAsync(ct);
        var members = await db.EngagementMembers.AsNoTracking().Where(m => m.EngagementId == id)
            .OrderBy(m => m.Side).ThenBy(m => m.Rank).ThenBy(m => m.Id)
            .Take(MaxMembers)
            .Select(m => new PrintMember(m.PersonId, m.Person!.NameEn, m.Person.NameZh, m.Side, m.Role, m.Rank, m.Title))
            .ToListAsync(ct);
        Delegation = members.Where(m => m.Side == EngagementSide.Delegation).ToList();
        Hosts = members.Where(m => m.Side == EngagementSide.Host).ToList();
        Days = ItineraryQueries.ByDay(engagement.StartsOn, engagement.EndsOn, await ItineraryQueries.SlotsAsync(db, id, ct));
        return Page();
    }
}
