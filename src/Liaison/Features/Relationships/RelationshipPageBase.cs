using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Relationships;

/// <summary>Shared by the relationship and agreement forms: the organization they belong to and whether the user may edit it.</summary>
public abstract class RelationshipPageBase(LiaisonDbContext db) : PageModel
{
    public int OrganizationId { get; private set; }

    public string OrganizationName { get; private set; } = "";

    public ConflictDetails? Conflict { get; protected set; }

    protected LiaisonDbContext Db => db;

    /// <summary>False when the organization is invisible to the user or not theirs to edit: both read as "not found".</summary>
    protected async Task<bool> LoadOrganizationAsync(int id, CancellationToken ct)
    {
        var org = await db.Organizations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new { o.NameEn, o.NameZh, o.Classification, DeskId = o.Country != null ? o.Country.DeskId : null, HasCountry = o.CountryId != null })
            .FirstOrDefaultAsync(ct);
        if (org is null || !db.Scope.CanEdit(org.Classification, org.DeskId, org.HasCountry))
        {
            return false;
        }

        OrganizationId = id;
        OrganizationName = EnumText.Pick(org.NameEn, org.NameZh);
        return true;
    }

    protected string DetailUrl => $"/organizations/{OrganizationId}";
}
