using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Organizations;

/// <summary>Create and update of organizations: validation, need-to-know, optimistic concurrency.</summary>
public static class OrganizationEditor
{
    public static async Task<EditResult> CreateAsync(LiaisonDbContext db, OrganizationInput input, CancellationToken ct = default)
    {
        var (errors, country) = await ValidateAsync(db, input, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (!db.Scope.CanEdit(input.Classification, country?.DeskId, country is not null))
        {
            return EditResult.Error(nameof(input.CountryIso3), "You may only add organizations in the countries of your desks.");
        }

        var org = new Organization();
        Apply(org, input, country);
        db.Organizations.Add(org);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(org.Id, org.Version);
    }

    /// <summary>An organization the viewer may see, with its names and country; null when invisible.</summary>
    /// <remarks>
    /// The names are read by a second statement, as a person's are (<see cref="People.PersonEditor.LoadAsync"/>): in one,
    /// SQLite materializes every visible organization's names for the LEFT JOIN.
    /// </remarks>
    public static Task<Organization?> LoadAsync(LiaisonDbContext db, int id, bool tracking, CancellationToken ct)
    {
        var query = db.Organizations.Include(o => o.OtherNames).Include(o => o.Country).AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(o => o.Id == id, ct);
    }

    public static async Task<EditResult> UpdateAsync(LiaisonDbContext db, int id, OrganizationInput input, CancellationToken ct = default)
    {
        var org = await LoadAsync(db, id, tracking: true, ct);
        if (org is null)
        {
            return new EditResult.NotFound();
        }

        if (!db.Scope.CanEdit(org.Classification, org.Country?.DeskId, org.CountryId is not null))
        {
            return new EditResult.NotFound();
        }

        if (input.Version is null)
        {
            return EditResult.Error(nameof(input.Version), "The version you loaded is required to save changes.");
        }

        var (errors, country) = await ValidateAsync(db, input, ct, keptParentId: org.ParentId);
        if (parentIsSelf(input, id))
        {
            errors.Add(nameof(input.ParentId), "An organization cannot be its own parent.");
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (!db.Scope.CanEdit(input.Classification, country?.DeskId, country is not null))
        {
            return EditResult.Error(nameof(input.CountryIso3), "You may only move organizations to the countries of your desks.");
        }

        if (org.CountryId is null && country is not null && !db.Scope.AllDesks)
        {
            return EditResult.Error(nameof(input.CountryIso3), "Only leaders and administrators move an international organization into a country.");
        }

        if (org.Version != input.Version)
        {
            return new EditResult.Conflict(ConflictFor(org, input));
        }

        db.Entry(org).Property(o => o.Version).OriginalValue = input.Version.Value;
        Apply(org, input, country);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await LoadAsync(db, id, tracking: false, ct);
            return current is null ? new EditResult.NotFound() : new EditResult.Conflict(ConflictFor(current, input));
        }

        return new EditResult.Saved(org.Id, org.Version);

        static bool parentIsSelf(OrganizationInput i, int self) => i.ParentId == self;
    }

    public static ConflictDetails ConflictFor(Organization current, OrganizationInput yours)
    {
        var theirs = OrganizationInput.From(current, current.Country?.Iso3);
        var changes = new List<FieldChange>();
        void Compare(string field, object? mine, object? stored)
        {
            var a = Format(mine);
            var b = Format(stored);
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, a, b));
            }
        }

        Compare(nameof(yours.NameEn), yours.NameEn, theirs.NameEn);
        Compare(nameof(yours.NameNative), yours.NameNative, theirs.NameNative);
        Compare(nameof(yours.NameRomanized), yours.NameRomanized, theirs.NameRomanized);
        Compare(nameof(yours.NameZh), yours.NameZh, theirs.NameZh);
        Compare(nameof(yours.Abbreviation), yours.Abbreviation, theirs.Abbreviation);
        Compare(nameof(yours.Kind), yours.Kind, theirs.Kind);
        Compare(nameof(yours.CountryIso3), yours.CountryIso3?.ToUpperInvariant(), theirs.CountryIso3);
        Compare(nameof(yours.Family), yours.Family, theirs.Family);
        Compare(nameof(yours.Founded), yours.Founded, theirs.Founded);
        Compare(nameof(yours.Dissolved), yours.Dissolved, theirs.Dissolved);
        Compare(nameof(yours.Website), yours.Website, theirs.Website);
        Compare(nameof(yours.Description), yours.Description, theirs.Description);
        Compare(nameof(yours.ParentId), yours.ParentId, theirs.ParentId);
        Compare(nameof(yours.Classification), yours.Classification, theirs.Classification);
        if (yours.OtherNames is not null)
        {
            Compare(nameof(yours.OtherNames), string.Join("; ", yours.OtherNames.Select(n => n.Name)), string.Join("; ", theirs.OtherNames!.Select(n => n.Name)));
        }

        return new ConflictDetails("This organization was changed by someone else after you opened it.", current.Version, changes);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <param name="keptParentId">The stored parent: keeping it is valid even when the editor may not see it.</param>
    private static async Task<(Dictionary<string, string[]> Errors, Countries.Country? Country)> ValidateAsync(
        LiaisonDbContext db, OrganizationInput input, CancellationToken ct, int? keptParentId = null)
    {
        var errors = RequestValidation.Validate(input);
        if (string.IsNullOrWhiteSpace(input.NameEn) && !errors.ContainsKey(nameof(input.NameEn)))
        {
            errors.Add(nameof(input.NameEn), "The English name is required.");
        }

        foreach (var (name, i) in (input.OtherNames ?? []).Select((n, i) => (n, i)))
        {
            foreach (var (key, messages) in RequestValidation.Validate(name))
            {
                errors[$"OtherNames[{i}].{key}"] = messages;
            }

            if (name.ValidFrom is { } from && name.ValidTo is { } to && to < from)
            {
                errors.Add($"OtherNames[{i}].{nameof(name.ValidTo)}", "The end date cannot be before the start date.");
            }
        }

        if (input.Founded is { } founded && founded > Clock.Today)
        {
            errors.Add(nameof(input.Founded), "The founding date cannot be in the future.");
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), "Unknown organization kind.");
        }

        if (input.Family is { } family && !Enum.IsDefined(family))
        {
            errors.Add(nameof(input.Family), "Unknown ideology family.");
        }

        if (!Enum.IsDefined(input.Classification))
        {
            errors.Add(nameof(input.Classification), "Unknown classification.");
        }
        else if (!db.Scope.CanClassify(input.Classification))
        {
            errors.Add(nameof(input.Classification), "You cannot classify a record above your own clearance.");
        }

        if (input.Founded is { } f && input.Dissolved is { } d && d < f)
        {
            errors.Add(nameof(input.Dissolved), "The dissolution date cannot be before the founding date.");
        }

        if (!string.IsNullOrWhiteSpace(input.Website)
            && (!Uri.TryCreate(input.Website.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add(nameof(input.Website), "The website must be an http:// or https:// address.");
        }

        Countries.Country? country = null;
        if (!string.IsNullOrWhiteSpace(input.CountryIso3) && !errors.ContainsKey(nameof(input.CountryIso3)))
        {
            var code = input.CountryIso3.Trim().ToUpperInvariant();
            country = await db.Countries.AsNoTracking().FirstOrDefaultAsync(c => c.Iso3 == code, ct);
            if (country is null)
            {
                errors.Add(nameof(input.CountryIso3), $"Unknown country code '{input.CountryIso3}'.");
            }
        }

        if (input.ParentId is int parentId && parentId != keptParentId && !await db.Organizations.AnyAsync(o => o.Id == parentId, ct))
        {
            errors.Add(nameof(input.ParentId), "The parent organization does not exist.");
        }

        return (errors, country);
    }

    private static void Apply(Organization org, OrganizationInput input, Countries.Country? country)
    {
        org.NameEn = input.NameEn;
        org.NameNative = Clean(input.NameNative);
        org.NameRomanized = Clean(input.NameRomanized);
        org.NameZh = Clean(input.NameZh);
        org.Abbreviation = Clean(input.Abbreviation);
        org.Kind = input.Kind;
        org.CountryId = country?.Id;
        org.Family = input.Family;
        org.Founded = input.Founded;
        org.Dissolved = input.Dissolved;
        org.Website = Clean(input.Website);
        org.Description = Clean(input.Description);
        org.ParentId = input.ParentId;
        org.Classification = input.Classification;
        if (input.OtherNames is not null)
        {
            org.OtherNames.RemoveAll(existing => !input.OtherNames.Any(n => n.Name == existing.Name && n.Kind == existing.Kind));
            foreach (var n in input.OtherNames.Where(n => !string.IsNullOrWhiteSpace(n.Name)))
            {
                var existing = org.OtherNames.FirstOrDefault(e => e.Name == n.Name && e.Kind == n.Kind);
                if (existing is null)
                {
                    org.OtherNames.Add(existing = new OrganizationName { Name = n.Name, Kind = n.Kind });
                }

                existing.Language = Clean(n.Language);
                existing.ValidFrom = n.ValidFrom;
                existing.ValidTo = n.ValidTo;
            }
        }
    }

    // Names are kept as typed (hostile strings must round-trip byte for byte); only all-blank becomes null.
    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
