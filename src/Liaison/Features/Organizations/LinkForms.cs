using System.Globalization;
using Liaison.Data;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Organizations;

/// <summary>Choices for the membership and lineage forms on the organization page; only what the viewer may see is offered.</summary>
public static class LinkForms
{
    /// <summary>Both lists of the detail page's link forms, read in one statement.</summary>
    public static async Task<(List<SelectListItem> Groups, List<SelectListItem> Successors)> BothOptionsAsync(
        LiaisonDbContext db, int id, string? countryIso3, int? group, int? successor, CancellationToken ct)
    {
        // Two indexed starts (the internationals by kind, the country's own by country) rather than one OR, which read
        // every organization.
        var sameCountry = countryIso3 == null
            ? db.Organizations.Where(o => o.CountryId == null)
            : db.Organizations.Where(o => o.Country!.Iso3 == countryIso3);
        var rows = await db.Organizations.AsNoTracking().Where(o => o.Id != id && o.Kind == OrganizationKind.PartyInternational)
            .Concat(sameCountry.AsNoTracking().Where(o => o.Id != id && o.Kind != OrganizationKind.PartyInternational))
            .OrderBy(o => o.NameEn)
            .Select(o => new { Ref = new OrgRef(o.Id, o.NameEn, o.NameZh, o.Abbreviation), o.Kind, Iso3 = o.Country == null ? null : o.Country.Iso3, o.CountryId })
            .ToListAsync(ct);
        var groups = rows.Where(r => r.Kind == OrganizationKind.PartyInternational).Select(r => r.Ref).ToList();
        var successors = rows.Where(r => countryIso3 is null ? r.CountryId is null : r.Iso3 == countryIso3).Select(r => r.Ref).ToList();
        return (Options(groups, group), Options(successors, successor));
    }

    private static List<SelectListItem> Options(List<OrgRef> organizations, int? selected) =>
        organizations.Select(o => new SelectListItem(
            EnumText.Pick(o.NameEn, o.NameZh) + (o.Abbreviation is null ? "" : $" ({o.Abbreviation})"),
            o.Id.ToString(CultureInfo.InvariantCulture), o.Id == selected)).ToList();
}
