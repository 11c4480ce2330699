using System.Globalization;
using System.Text.RegularExpressions;
using Liaison.Data;
using Liaison.Features.Countries;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.People;

/// <summary>Create and update of people: validation, need-to-know, optimistic concurrency. People are merged, never deleted.</summary>
public static partial class PersonEditor
{
    public static async Task<EditResult> CreateAsync(LiaisonDbContext db, PersonInput input, CancellationToken ct = default)
    {
        var (errors, country) = await ValidateAsync(db, input, null, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (!db.Scope.CanEdit(input.Classification, country?.DeskId, country is not null))
        {
            return EditResult.Error(nameof(input.CountryIso3), "You may only add people in the countries of your desks.");
        }

        var person = new Person();
        Apply(person, input, country);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(person.Id, person.Version);
    }

    public static async Task<EditResult> UpdateAsync(LiaisonDbContext db, int id, PersonInput input, CancellationToken ct = default)
    {
        var person = await LoadAsync(db, id, tracking: true, ct);
        if (person is null || !db.Scope.CanEdit(person.Classification, person.Country?.DeskId, person.CountryId is not null))
        {
            return new EditResult.NotFound();
        }

        if (input.Version is null)
        {
            return EditResult.Error(nameof(input.Version), "The version you loaded is required to save changes.");
        }

        var (errors, country) = await ValidateAsync(db, input, person, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (!db.Scope.CanEdit(input.Classification, country?.DeskId, country is not null))
        {
            return EditResult.Error(nameof(input.CountryIso3), "You may only move people to the countries of your desks.");
        }

        if (person.Version != input.Version)
        {
            return new EditResult.Conflict(ConflictFor(person, input));
        }

        db.Entry(person).Property(p => p.Version).OriginalValue = input.Version.Value;
        Apply(person, input, country);
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

        return new EditResult.Saved(person.Id, person.Version);
    }

    /// <summary>A person the viewer may see, with names and country; null when invisible.</summary>
    /// <remarks>
    /// The names are read by a second statement: in one, SQLite materializes every visible person's names for the
    /// LEFT JOIN (9 ms at full size) instead of looking up this person's.
    /// </remarks>
    public static Task<Person?> LoadAsync(LiaisonDbContext db, int id, bool tracking, CancellationToken ct)
    {
        var query = db.People.Include(p => p.OtherNames).Include(p => p.Country).AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    public static ConflictDetails ConflictFor(Person current, PersonInput yours)
    {
        var theirs = PersonInput.From(current, current.Country?.Iso3);
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
        Compare(nameof(yours.FamilyName), yours.FamilyName, theirs.FamilyName);
        Compare(nameof(yours.GivenName), yours.GivenName, theirs.GivenName);
        Compare(nameof(yours.NameOrder), yours.NameOrder, theirs.NameOrder);
        Compare(nameof(yours.Honorific), yours.Honorific, theirs.Honorific);
        Compare(nameof(yours.FormOfAddress), yours.FormOfAddress, theirs.FormOfAddress);
        Compare(nameof(yours.Gender), yours.Gender, theirs.Gender);
        Compare(nameof(yours.BirthYear), yours.BirthYear, theirs.BirthYear);
        Compare(nameof(yours.BirthDate), yours.BirthDate, theirs.BirthDate);
        Compare(nameof(yours.CountryIso3), yours.CountryIso3?.ToUpperInvariant(), theirs.CountryIso3);
        Compare(nameof(yours.Languages), NormalizeList(yours.Languages), theirs.Languages);
        Compare(nameof(yours.Biography), yours.Biography, theirs.Biography);
        Compare(nameof(yours.Diet), yours.Diet, theirs.Diet);
        Compare(nameof(yours.Religion), yours.Religion, theirs.Religion);
        Compare(nameof(yours.InterpreterLanguage), yours.InterpreterLanguage, theirs.InterpreterLanguage);
        Compare(nameof(yours.ProtocolNotes), yours.ProtocolNotes, theirs.ProtocolNotes);
        Compare(nameof(yours.Tags), NormalizeList(yours.Tags), theirs.Tags);
        Compare(nameof(yours.Classification), yours.Classification, theirs.Classification);
        Compare(nameof(yours.TierId), yours.TierId, theirs.TierId);
        Compare(nameof(yours.OwnerId), yours.OwnerId, theirs.OwnerId);
        if (yours.OtherNames is not null)
        {
            Compare(nameof(yours.OtherNames), string.Join("; ", yours.OtherNames.Select(n => n.Name)), string.Join("; ", theirs.OtherNames!.Select(n => n.Name)));
        }

        return new ConflictDetails("This person was changed by someone else after you opened them.", current.Version, changes);
    }

    /// <summary>Comma-separated values trimmed, blanks dropped and de-duplicated (ignoring case), first spelling kept; null when empty.</summary>
    public static string? NormalizeList(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var items = value.Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return items.Count == 0 ? null : string.Join(", ", items);
    }

    public static IReadOnlyList<string> SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).ToList();

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static async Task<(Dictionary<string, string[]> Errors, Country? Country)> ValidateAsync(
        LiaisonDbContext db, PersonInput input, Person? stored, CancellationToken ct)
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

            if (!Enum.IsDefined(name.Kind))
            {
                errors.Add($"OtherNames[{i}].{nameof(name.Kind)}", "Unknown kind of name.");
            }

            if (!string.IsNullOrWhiteSpace(name.Language) && !LanguageTag().IsMatch(name.Language.Trim()))
            {
                errors.Add($"OtherNames[{i}].{nameof(name.Language)}", "Languages are BCP 47 tags such as vi, ru or zh-Hant.");
            }
        }

        if (!Enum.IsDefined(input.Gender))
        {
            errors.Add(nameof(input.Gender), "Unknown gender.");
        }

        if (!Enum.IsDefined(input.NameOrder))
        {
            errors.Add(nameof(input.NameOrder), "Unknown name order.");
        }

        if (input.BirthDate is { } born)
        {
            if (born > Clock.Today)
            {
                errors.Add(nameof(input.BirthDate), "The birth date cannot be in the future.");
            }
            else if (born.Year < 1800)
            {
                errors.Add(nameof(input.BirthDate), "The birth date is too far in the past.");
            }

            if (input.BirthYear is int year && year != born.Year)
            {
                errors.Add(nameof(input.BirthYear), "The birth year does not match the birth date.");
            }
        }
        else if (input.BirthYear is int year && year > Clock.Today.Year && !errors.ContainsKey(nameof(input.BirthYear)))
        {
            errors.Add(nameof(input.BirthYear), "The birth year cannot be in the future.");
        }

        foreach (var tag in SplitList(input.Languages))
        {
            if (!LanguageTag().IsMatch(tag))
            {
                errors.Add(nameof(input.Languages), "Languages are BCP 47 tags such as vi, ru or zh-Hant, separated by commas.");
                break;
            }
        }

        if (!Enum.IsDefined(input.Classification))
        {
            errors.Add(nameof(input.Classification), "Unknown classification.");
        }
        else if (!db.Scope.CanClassify(input.Classification))
        {
            errors.Add(nameof(input.Classification), "You cannot classify a record above your own clearance.");
        }

        Country? country = null;
        if (!string.IsNullOrWhiteSpace(input.CountryIso3) && !errors.ContainsKey(nameof(input.CountryIso3)))
        {
            var code = input.CountryIso3.Trim().ToUpperInvariant();
            country = await db.Countries.AsNoTracking().FirstOrDefaultAsync(c => c.Iso3 == code, ct);
            if (country is null)
            {
                errors.Add(nameof(input.CountryIso3), "Unknown country code.");
            }
        }

        if (input.TierId is int tierId && tierId != stored?.TierId && !await db.CultivationTiers.AnyAsync(t => t.Id == tierId, ct))
        {
            errors.Add(nameof(input.TierId), "Unknown cultivation tier.");
        }

        if (!string.IsNullOrEmpty(input.OwnerId) && input.OwnerId != stored?.OwnerId && !errors.ContainsKey(nameof(input.OwnerId))
            && !await db.Users.AnyAsync(u => u.Id == input.OwnerId && !u.IsDisabled, ct))
        {
            errors.Add(nameof(input.OwnerId), "Unknown owner.");
        }

        return (errors, country);
    }

    private static void Apply(Person person, PersonInput input, Country? country)
    {
        person.NameEn = input.NameEn;
        person.NameNative = Clean(input.NameNative);
        person.NameRomanized = Clean(input.NameRomanized);
        person.NameZh = Clean(input.NameZh);
        person.FamilyName = Clean(input.FamilyName);
        person.GivenName = Clean(input.GivenName);
        person.NameOrder = input.NameOrder;
        person.Honorific = Clean(input.Honorific);
        person.FormOfAddress = Clean(input.FormOfAddress);
        person.Gender = input.Gender;
        person.BirthDate = input.BirthDate;
        person.BirthYear = input.BirthDate?.Year ?? input.BirthYear;
        person.CountryId = country?.Id;
        person.Languages = NormalizeList(input.Languages);
        person.Biography = Clean(input.Biography);
        person.Diet = Clean(input.Diet);
        person.Religion = Clean(input.Religion);
        person.InterpreterLanguage = Clean(input.InterpreterLanguage);
        person.ProtocolNotes = Clean(input.ProtocolNotes);
        person.Tags = NormalizeList(input.Tags);
        person.Classification = input.Classification;
        person.TierId = input.TierId;
        person.OwnerId = string.IsNullOrEmpty(input.OwnerId) ? null : input.OwnerId;
        if (input.OtherNames is not null)
        {
            var wanted = input.OtherNames.Where(n => !string.IsNullOrWhiteSpace(n.Name)).ToList();
            person.OtherNames.RemoveAll(existing => !wanted.Any(n => n.Name == existing.Name && n.Kind == existing.Kind));
            foreach (var n in wanted)
            {
                var existing = person.OtherNames.FirstOrDefault(e => e.Name == n.Name && e.Kind == n.Kind);
                if (existing is null)
                {
                    person.OtherNames.Add(existing = new PersonName { Name = n.Name, Kind = n.Kind });
                }

                existing.Language = Clean(n.Language?.Trim());
            }
        }
    }

    // Names are kept as typed (hostile strings must round-trip byte for byte); only all-blank becomes null.
    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
