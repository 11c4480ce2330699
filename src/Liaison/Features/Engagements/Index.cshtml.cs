using System.Globalization;
using Liaison.Data;
using Liaison.Features.Countries;
using Liaison.Features.Shared;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements;

public sealed class EngagementListModel(LiaisonDbContext db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public EngagementKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public EngagementStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Desk { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PersonId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    // "page" is a reserved route value in Razor Pages.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public bool FromInvalid { get; private set; }

    public bool ToInvalid { get; private set; }

    public Page<EngagementListItem> Result { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<SelectListItem> CountryOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Desks { get; private set; } = [];

    public IReadOnlyList<PickedRecord> PickedPerson { get; private set; } = [];

    public IReadOnlyList<PickedRecord> PickedOrganization { get; private set; } = [];

    public bool CanOrganize => Policies.OrganizerRoles.Any(db.Scope.IsInRole) && db.Scope.Clearance >= Classification.Internal;

    /// <summary>Whether the user may use the import wizard (the directory's editors) and organize engagements.</summary>
    public bool CanImport => CanOrganize && db.Scope.CanEditDirectory;

    public PageLinks Links => new(Result.PageNumber, Result.PageSize, Result.Total, p => UrlWith(p));

    public string? UrlWith(int? p) => Url.Page("Index", new
    {
        q = Q,
        kind = Kind,
        status = Status,
        desk = Desk,
        country = Country,
        from = From,
        to = To,
        personId = PersonId,
        organizationId = OrganizationId,
        mine = Mine ? true : (bool?)null,
        p,
    });

    public async Task OnGetAsync(CancellationToken ct)
    {
        var from = ParseDate(From, out var fromInvalid);
        var to = ParseDate(To, out var toInvalid);
        (FromInvalid, ToInvalid) = (fromInvalid, toInvalid);
        var filter = new EngagementFilter(Q, Kind, Status, Desk, Country, from, to, PersonId, OrganizationId, Mine, PageNumber, PageSize);
        Result = await EngagementQueries.ListAsync(db, filter, ct);

        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Iso3, c.NameEn, c.NameZh }).ToListAsync(ct);
        CountryOptions = countries
            .Select(c => new SelectListItem($"{EnumText.Pick(c.NameEn, c.NameZh)} ({c.Iso3})", c.Iso3, string.Equals(c.Iso3, Country, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(i => i.Text, StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true))
            .ToList();
        Desks = await CountryListModel.DeskOptionsAsync(db, Desk, ct);
        if (PersonId is int personId)
        {
            PickedPerson = (await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Id, p.NameEn, p.NameZh }).ToListAsync(ct))
                .Select(p => new PickedRecord(p.Id, EnumText.Pick(p.NameEn, p.NameZh))).ToList();
        }

        if (OrganizationId is int organizationId)
        {
            PickedOrganization = (await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => new { o.Id, o.NameEn, o.NameZh }).ToListAsync(ct))
                .Select(o => new PickedRecord(o.Id, EnumText.Pick(o.NameEn, o.NameZh))).ToList();
        }
    }

    private static DateOnly? ParseDate(string? text, out bool invalid)
    {
        invalid = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        invalid = true;
        return null;
    }
}
