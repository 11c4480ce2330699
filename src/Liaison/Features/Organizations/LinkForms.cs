using System.Globalization;
using Liaison.Data;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Organizations;

/// <summary>Choices for the membership and lineage forms on the organization page; only what the viewer may see is offered.</summary>
public static class LinkForms
{
    /// <summary>Party internationals the organization could join (itself excluded).</summary>
    public static async Task<List<SelectListItem>> GroupOptionsAsync(LiaisonDbContext db, int id, int? selected, CancellationToken ct) =>
        Options(await db.Organizations.AsNoTracking()
            .Where(o => o.Kind == OrganizationKind.PartyInternational && o.Id != id)
            .OrderBy(o => o.NameEn).Select(o => new OrgRef(o.Id, o.NameEn, o.NameZh, o.Abbreviation)).ToListAsync(ct), selected);

    /// <summary>Organizations of the same country (or other international ones) that this one could have become.</summary>
    public static async Task<List<SelectListItem>> SuccessorOptionsAsync(LiaisonDbContext db, int id, string? countryIso3, int? selected, CancellationToken ct)
    {
        var query = db.Organizations.AsNoTracking().Where(o => o.Id != id);
        query = countryIso3 is null ? query.Where(o => o.CountryId == null) : query.Where(o => o.Country!.Iso3 == countryIso3);
        return Options(await query.OrderBy(o => o.NameEn).Select(o => new OrgRef(o.Id, o.NameEn, o.NameZh, o.Abbreviation)).ToListAsync(ct), selected);
    }

    private static List<SelectListItem> Options(List<OrgRef> organizations, int? selected) =>
        organizations.Select(o => new SelectListItem(
            EnumText.Pick(o.NameEn, o.NameZh) + (o.Abbreviation is null ? "" : $" ({o.Abbreviation})"),
            o.Id.ToString(CultureInfo.InvariantCulture), o.Id == selected)).ToList();
}
