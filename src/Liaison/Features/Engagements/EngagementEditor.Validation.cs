using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements;

// Validation of an engagement save: dates, owner, the counterparts, the lead country (and so the desk) and the rights.
public static partial class EngagementEditor
{
    public const string OutsideYourDesks = "This engagement would be outside your desks: name a lead country of a desk you cover.";

    /// <summary>What the save will store, after validation: ids in order (the lead country first), the desk and the owner.</summary>
    private sealed record Plan(
        DateOnly StartsOn, DateOnly EndsOn, List<int> OrganizationIds, List<int> CountryIds, int? LeadCountryId, int? DeskId, string? OwnerId);

    /// <summary>The stored links; organizations the editor cannot see stay linked untouched.</summary>
    private sealed record StoredLinks(List<int> OrganizationIds, List<int> CountryIds, List<int> HiddenOrganizationIds, string? OwnerId);

    private static async Task<StoredLinks> StoredLinksAsync(LiaisonDbContext db, int id, CancellationToken ct)
    {
        var organizations = await db.EngagementOrganizations.IgnoreQueryFilters().Where(x => x.EngagementId == id).Select(x => x.OrganizationId).ToListAsync(ct);
        var countries = await db.EngagementCountries.IgnoreQueryFilters().Where(x => x.EngagementId == id).Select(x => x.CountryId).ToListAsync(ct);
        var visible = await db.Organizations.Where(o => organizations.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        var owner = await db.Engagements.IgnoreQueryFilters().Where(e => e.Id == id).Select(e => e.OwnerId).FirstOrDefaultAsync(ct);
        return new StoredLinks(organizations, countries, organizations.Except(visible).ToList(), owner);
    }

    private static async Task<(Dictionary<string, string[]> Errors, Plan Plan)> ValidateAsync(
        LiaisonDbContext db, EngagementInput input, StoredLinks? kept, CancellationToken ct)
    {
        var errors = RequestValidation.Validate(input);
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), "Unknown kind of engagement.");
        }

        if (string.IsNullOrWhiteSpace(input.Title) && !errors.ContainsKey(nameof(input.Title)))
        {
            errors.Add(nameof(input.Title), "The title is required.");
        }

        if (!Enum.IsDefined(input.Classification))
        {
            errors.Add(nameof(input.Classification), "Unknown classification.");
        }
        else if (!db.Scope.CanClassify(input.Classification))
        {
            errors.Add(nameof(input.Classification), "You cannot classify a record above your own clearance.");
        }

        var startsOn = input.StartsOn ?? default;
        var endsOn = input.EndsOn ?? startsOn;
        var earliest = new DateOnly(1900, 1, 1);
        var latest = Clock.Today.AddYears(20);
        if (input.StartsOn is null)
        {
            errors.Add(nameof(input.StartsOn), "The first day is required.");
        }
        else if (startsOn < earliest || startsOn > latest)
        {
            errors.Add(nameof(input.StartsOn), "The date is not plausible.");
        }
        else if (endsOn < startsOn)
        {
            errors.Add(nameof(input.EndsOn), "The last day cannot be before the first day.");
        }
        else if (endsOn > latest || endsOn.DayNumber - startsOn.DayNumber > 366)
        {
            errors.Add(nameof(input.EndsOn), "The date is not plausible.");
        }

        if (input.InvitationOn is { } invited && (invited < earliest || invited > latest))
        {
            errors.Add(nameof(input.InvitationOn), "The date is not plausible.");
        }

        // Organizations: only those the user can see; hidden ones already linked are kept as they are.
        var organizationIds = (input.OrganizationIds ?? []).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.CountryId }).ToListAsync(ct);
        if (organizationIds.Any(id => organizations.All(o => o.Id != id)))
        {
            errors.Add(nameof(input.OrganizationIds), "Some of the organizations were not found: they do not exist or you cannot see them.");
        }

        var hidden = kept?.HiddenOrganizationIds ?? [];
        var hiddenCountries = hidden.Count == 0 ? []
            : await db.Organizations.IgnoreQueryFilters().Where(o => hidden.Contains(o.Id) && o.CountryId != null).OrderBy(o => o.Id)
                .Select(o => o.CountryId!.Value).ToListAsync(ct);
        organizationIds = organizationIds.Where(id => organizations.Any(o => o.Id == id)).Concat(hidden).Distinct().ToList();

        // Countries: the codes first, then the picked ids, in the order given; the first one leads.
        var codes = (input.CountryIso3s ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        var pickedIds = (input.CountryIds ?? []).Distinct().ToList();
        var countries = await db.Countries.AsNoTracking().Where(c => codes.Contains(c.Iso3) || pickedIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Iso3 }).ToListAsync(ct);
        if (codes.Any(code => countries.All(c => c.Iso3 != code)) || pickedIds.Any(id => countries.All(c => c.Id != id)))
        {
            errors.Add(nameof(input.CountryIso3s), "Unknown country code.");
        }

        var chosen = codes.Select(code => countries.FirstOrDefault(c => c.Iso3 == code)?.Id)
            .Concat(pickedIds.Select(id => countries.FirstOrDefault(c => c.Id == id)?.Id))
            .OfType<int>().Distinct().ToList();
        var organizationCountries = (input.OrganizationIds ?? []).Select(id => organizations.FirstOrDefault(o => o.Id == id)?.CountryId)
            .OfType<int>().Concat(hiddenCountries).ToList();
        var lead = chosen.Count > 0 ? chosen[0] : organizationCountries.Count > 0 ? organizationCountries[0] : (int?)null;
        var countryIds = chosen.Concat(organizationCountries).Distinct().ToList();
        var deskId = lead is int leadId ? await db.Countries.AsNoTracking().Where(c => c.Id == leadId).Select(c => c.DeskId).FirstOrDefaultAsync(ct) : null;

        // The owner: the current user unless another enabled user is named (a disabled owner already on file may stay).
        var owner = string.IsNullOrWhiteSpace(input.OwnerId) ? db.Scope.UserId : input.OwnerId;
        if (owner is not null && owner != kept?.OwnerId && !await db.Users.AnyAsync(u => u.Id == owner && !u.IsDisabled, ct))
        {
            errors.Add(nameof(input.OwnerId), "The owner is not a user of Liaison.");
        }

        if (errors.Count == 0 && !db.Scope.CanOrganize(input.Classification, deskId, lead is not null))
        {
            errors.Add(nameof(input.CountryIso3s), OutsideYourDesks);
        }

        return (errors, new Plan(startsOn, endsOn, organizationIds, countryIds, lead, deskId, owner));
    }
}
