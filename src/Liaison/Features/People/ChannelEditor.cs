using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.People;

public sealed class ChannelInput
{
    public ChannelKind Kind { get; set; }

    [Required(ErrorMessage = "The address or number is required.")]
    [StringLength(1000, ErrorMessage = "The address or number must be at most {1} characters.")]
    public string Value { get; set; } = "";

    [StringLength(100, ErrorMessage = "The label must be at most {1} characters.")]
    public string? Label { get; set; }

    public bool Preferred { get; set; }

    public Consent Consent { get; set; }

    public DateOnly? ConsentOn { get; set; }

    [StringLength(1000, ErrorMessage = "The consent note must be at most {1} characters.")]
    public string? ConsentNote { get; set; }

    public DateOnly? LastVerifiedOn { get; set; }

    /// <summary>Required for updates so a stale save is refused.</summary>
    public int? Version { get; set; }

    public static ChannelInput From(ChannelDto c) => new()
    {
        Kind = c.Kind,
        Value = c.Value,
        Label = c.Label,
        Preferred = c.Preferred,
        Consent = c.Consent,
        ConsentOn = c.ConsentOn,
        ConsentNote = c.ConsentNote,
        LastVerifiedOn = c.LastVerifiedOn,
        Version = c.Version,
    };
}

/// <summary>Contact channels: only contact roles of the person's desk who may also edit the person change them.</summary>
public static partial class ChannelEditor
{
    public static async Task<EditResult> AddAsync(LiaisonDbContext db, int personId, ChannelInput input, CancellationToken ct = default)
    {
        if (!await MayChangeAsync(db, personId, ct))
        {
            return new EditResult.NotFound();
        }

        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        var channel = new ContactChannel { PersonId = personId };
        Apply(channel, input);
        db.ContactChannels.Add(channel);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(channel.Id, channel.Version);
    }

    public static async Task<EditResult> UpdateAsync(LiaisonDbContext db, int channelId, ChannelInput input, CancellationToken ct = default)
    {
        var channel = await db.ContactChannels.FirstOrDefaultAsync(c => c.Id == channelId, ct);
        if (channel is null || !await MayChangeAsync(db, channel.PersonId, ct))
        {
            return new EditResult.NotFound();
        }

        if (input.Version is null)
        {
            return EditResult.Error(nameof(input.Version), "The version you loaded is required to save changes.");
        }

        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (channel.Version != input.Version)
        {
            return new EditResult.Conflict(Conflict(PeopleQueries.ToDto(channel), input));
        }

        db.Entry(channel).Property(c => c.Version).OriginalValue = input.Version.Value;
        Apply(channel, input);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.ContactChannels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId, ct);
            return current is null ? new EditResult.NotFound() : new EditResult.Conflict(Conflict(PeopleQueries.ToDto(current), input));
        }

        return new EditResult.Saved(channel.Id, channel.Version);
    }

    public static async Task<EditResult> DeleteAsync(LiaisonDbContext db, int channelId, CancellationToken ct = default)
    {
        var channel = await db.ContactChannels.FirstOrDefaultAsync(c => c.Id == channelId, ct);
        if (channel is null || !await MayChangeAsync(db, channel.PersonId, ct))
        {
            return new EditResult.NotFound();
        }

        db.ContactChannels.Remove(channel);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(channel.Id, channel.Version);
    }

    /// <summary>Whether the viewer sees this person's channels at all (otherwise they do not exist for them).</summary>
    public static async Task<bool> MaySeeAsync(LiaisonDbContext db, int personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.CountryId, DeskId = p.Country!.DeskId }).FirstOrDefaultAsync(ct);
        return person is not null && db.Scope.CanSeeContacts(person.DeskId, person.CountryId is not null);
    }

    public static async Task<bool> MayChangeAsync(LiaisonDbContext db, int personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.Classification, p.CountryId, DeskId = p.Country!.DeskId }).FirstOrDefaultAsync(ct);
        return person is not null
            && db.Scope.CanSeeContacts(person.DeskId, person.CountryId is not null)
            && db.Scope.CanEdit(person.Classification, person.DeskId, person.CountryId is not null);
    }

    public static Dictionary<string, string[]> Validate(ChannelInput input)
    {
        var errors = RequestValidation.Validate(input);
        if (string.IsNullOrWhiteSpace(input.Value) && !errors.ContainsKey(nameof(input.Value)))
        {
            errors.Add(nameof(input.Value), "The address or number is required.");
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), "Unknown kind of channel.");
        }
        else if (!errors.ContainsKey(nameof(input.Value)))
        {
            switch (input.Kind)
            {
                case ChannelKind.Email when !Email().IsMatch(input.Value):
                    errors.Add(nameof(input.Value), "This is not an e-mail address (name@example.org).");
                    break;
                case ChannelKind.Phone or ChannelKind.Mobile when !Phone().IsMatch(input.Value) || input.Value.Count(char.IsAsciiDigit) < 5:
                    errors.Add(nameof(input.Value), "A phone number has digits only, optionally with a leading +, spaces, dashes, dots or brackets.");
                    break;
            }
        }

        if (!Enum.IsDefined(input.Consent))
        {
            errors.Add(nameof(input.Consent), "Unknown consent.");
        }

        if (input.ConsentOn is { } on && on > Clock.Today)
        {
            errors.Add(nameof(input.ConsentOn), "The consent date cannot be in the future.");
        }

        if (input.LastVerifiedOn is { } verified && verified > Clock.Today)
        {
            errors.Add(nameof(input.LastVerifiedOn), "The verification date cannot be in the future.");
        }

        return errors;
    }

    private static ConflictDetails Conflict(ChannelDto current, ChannelInput yours)
    {
        var theirs = ChannelInput.From(current);
        var changes = new List<FieldChange>();
        void Compare(string field, object? a, object? b)
        {
            var x = a is DateOnly d1 ? d1.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture);
            var y = b is DateOnly d2 ? d2.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : Convert.ToString(b, System.Globalization.CultureInfo.InvariantCulture);
            if (!string.Equals(string.IsNullOrEmpty(x) ? null : x, string.IsNullOrEmpty(y) ? null : y, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, x, y));
            }
        }

        Compare(nameof(yours.Kind), yours.Kind, theirs.Kind);
        Compare(nameof(yours.Value), yours.Value, theirs.Value);
        Compare(nameof(yours.Label), yours.Label, theirs.Label);
        Compare(nameof(yours.Preferred), yours.Preferred, theirs.Preferred);
        Compare(nameof(yours.Consent), yours.Consent, theirs.Consent);
        Compare(nameof(yours.ConsentOn), yours.ConsentOn, theirs.ConsentOn);
        Compare(nameof(yours.ConsentNote), yours.ConsentNote, theirs.ConsentNote);
        Compare(nameof(yours.LastVerifiedOn), yours.LastVerifiedOn, theirs.LastVerifiedOn);
        return new ConflictDetails("This contact channel was changed by someone else after you opened it.", current.Version, changes);
    }

    // Values are stored exactly as typed so they round-trip; validation only checks their shape.
    private static void Apply(ContactChannel channel, ChannelInput input)
    {
        channel.Kind = input.Kind;
        channel.Value = input.Value;
        channel.Label = string.IsNullOrWhiteSpace(input.Label) ? null : input.Label;
        channel.Preferred = input.Preferred;
        channel.Consent = input.Consent;
        channel.ConsentOn = input.ConsentOn;
        channel.ConsentNote = string.IsNullOrWhiteSpace(input.ConsentNote) ? null : input.ConsentNote;
        channel.LastVerifiedOn = input.LastVerifiedOn;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9 ()./-]+$")]
    private static partial Regex Phone();
}
