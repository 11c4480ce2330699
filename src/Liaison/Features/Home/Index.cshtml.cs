using Liaison.Data;
using Liaison.Features.Countries;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Home;

/// <summary>The dashboard: what needs attention soon, counted through the viewer's visibility filters.</summary>
public sealed class IndexModel(LiaisonDbContext db) : PageModel
{
    public const int AgreementDays = 90;
    public const int ElectionDays = 180;

    public sealed record ExpiringAgreement(int Id, string Title, int OrganizationId, string Organization, string? OrganizationZh, string? Country, string? CountryZh, DateOnly ExpiresOn);

    public sealed record UpcomingElection(int Id, string CountryIso3, string Country, string? CountryZh, ElectionKind Kind, DateOnly Date, bool Tentative);

    public int Organizations { get; private set; }
    public int CountriesWithOrganizations { get; private set; }
    public int AgreementsExpiring { get; private set; }
    public int ElectionsUpcoming { get; private set; }
    public IReadOnlyList<ExpiringAgreement> Agreements { get; private set; } = [];
    public IReadOnlyList<UpcomingElection> Elections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = Clock.Today;
        var agreementsUntil = today.AddDays(AgreementDays);
        var electionsUntil = today.AddDays(ElectionDays);

        Organizations = await db.Organizations.CountAsync(ct);
        CountriesWithOrganizations = await db.Countries.CountAsync(c => db.Organizations.Any(o => o.CountryId == c.Id), ct);

        var agreements = db.Agreements.AsNoTracking().Where(a => a.ExpiresOn >= today && a.ExpiresOn <= agreementsUntil);
        AgreementsExpiring = await agreements.CountAsync(ct);
        Agreements = await agreements.OrderBy(a => a.ExpiresOn).Take(10)
            .Select(a => new ExpiringAgreement(a.Id, a.Title, a.OrganizationId, a.Organization!.NameEn, a.Organization.NameZh,
                a.Organization.Country == null ? null : a.Organization.Country.NameEn,
                a.Organization.Country == null ? null : a.Organization.Country.NameZh,
                a.ExpiresOn!.Value))
            .ToListAsync(ct);

        var elections = db.Elections.AsNoTracking().Where(e => e.Date >= today && e.Date <= electionsUntil);
        ElectionsUpcoming = await elections.CountAsync(ct);
        Elections = await elections.OrderBy(e => e.Date).Take(10)
            .Select(e => new UpcomingElection(e.Id, e.Country!.Iso3, e.Country.NameEn, e.Country.NameZh, e.Kind, e.Date, e.DateIsTentative))
            .ToListAsync(ct);
    }
}
