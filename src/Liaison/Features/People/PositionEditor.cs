using System.ComponentModel.DataAnnotations;
using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.People;

/// <summary>A post to add or change: the organization is chosen by id, and must be one the user may see.</summary>
public sealed class PositionInput
{
    [Required(ErrorMessage = "Choose the organization.")]
    public int? OrganizationId { get; set; }

    public PositionKind Kind { get; set; }

    [Required(ErrorMessage = "The title is required.")]
    [StringLength(300, ErrorMessage = "The title must be at most {1} characters.")]
    public string Title { get; set; } = "";

    [StringLength(300, ErrorMessage = "The Chinese title must be at most {1} characters.")]
    public string? TitleZh { get; set; }

    [Range(1, 1000, ErrorMessage = "The rank must be between {1} and {2}.")]
    public int Rank { get; set; } = 100;

    public DateOnly? From { get; set; }

    /// <summary>Exclusive end; empty while the post is held.</summary>
    public DateOnly? To { get; set; }

    [StringLength(2000, ErrorMessage = "The note must be at most {1} characters.")]
    public string? Note { get; set; }

    /// <summary>Required for updates so a stale save is refused.</summary>
    public int? Version { get; set; }

    public static PositionInput FromDto(PositionDto p) => new()
    {
        OrganizationId = p.OrganizationId,
        Kind = p.Kind,
        Title = p.Title,
        TitleZh = p.TitleZh,
        Rank = p.Rank,
        From = p.From,
        To = p.To,
        Note = p.Note,
        Version = p.Version,
    };
}

/// <summary>Positions: add, correct, end (history is kept) and delete a mistaken entry.</summary>
public static class PositionEditor
{
    public static async Task<EditResult> AddAsync(LiaisonDbContext db, int personId, PositionInput input, CancellationToken ct = default)
    {
        if (!await CanEditPersonAsync(db, personId, ct))
        {
            return new EditResult.NotFound();
        }

        var errors = await ValidateAsync(db, input, null, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        var position = new Position { PersonId = personId };
        Apply(position, input);
        db.Positions.Add(position);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(position.Id, position.Version);
    }

    public static async Task<EditResult> UpdateAsync(LiaisonDbContext db, int positionId, PositionInput input, CancellationToken ct = default)
    {
        var position = await db.Positions.FirstOrDefaultAsync(p => p.Id == positionId, ct);
        if (position is null || !await CanEditPersonAsync(db, position.PersonId, ct))
        {
            return new EditResult.NotFound();
        }

        if (input.Version is null)
        {
            return EditResult.Error(nameof(input.Version), "The version you loaded is required to save changes.");
        }

        var errors = await ValidateAsync(db, input, position, ct);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (position.Version != input.Version)
        {
            return new EditResult.Conflict(await ConflictAsync(db, position.Id, input, ct));
        }

        db.Entry(position).Property(p => p.Version).OriginalValue = input.Version.Value;
        Apply(position, input);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new EditResult.Conflict(await ConflictAsync(db, positionId, input, ct));
        }

        return new EditResult.Saved(position.Id, position.Version);
    }

    /// <summary>Ends a post on a date (exclusive); the entry stays in the person's history.</summary>
    public static async Task<EditResult> EndAsync(LiaisonDbContext db, int positionId, DateOnly to, CancellationToken ct = default)
    {
        var position = await db.Positions.FirstOrDefaultAsync(p => p.Id == positionId, ct);
        if (position is null || !await CanEditPersonAsync(db, position.PersonId, ct))
        {
            return new EditResult.NotFound();
        }

        if (position.To is not null)
        {
            return EditResult.Error(nameof(PositionInput.To), "This position has already ended.");
        }

        if (position.From is { } from && to <= from)
        {
            return EditResult.Error(nameof(PositionInput.To), "The end date must be after the start date.");
        }

        position.To = to;
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(position.Id, position.Version);
    }

    /// <summary>Removes an entry made by mistake; a post that really ended is ended instead.</summary>
    public static async Task<EditResult> DeleteAsync(LiaisonDbContext db, int positionId, CancellationToken ct = default)
    {
        var position = await db.Positions.FirstOrDefaultAsync(p => p.Id == positionId, ct);
        if (position is null || !await CanEditPersonAsync(db, position.PersonId, ct))
        {
            return new EditResult.NotFound();
        }

        db.Positions.Remove(position);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(position.Id, position.Version);
    }

    public static async Task<bool> CanEditPersonAsync(LiaisonDbContext db, int personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.Classification, p.CountryId, DeskId = p.Country!.DeskId }).FirstOrDefaultAsync(ct);
        return person is not null && db.Scope.CanEdit(person.Classification, person.DeskId, person.CountryId is not null);
    }

    private static async Task<ConflictDetails> ConflictAsync(LiaisonDbContext db, int positionId, PositionInput yours, CancellationToken ct)
    {
        var current = await PeopleQueries.PositionAsync(db, positionId, ct);
        var changes = new List<FieldChange>();
        if (current is not null)
        {
            var theirs = PositionInput.FromDto(current);
            void Compare(string field, object? a, object? b)
            {
                var x = Format(a);
                var y = Format(b);
                if (!string.Equals(x, y, StringComparison.Ordinal))
                {
                    changes.Add(new FieldChange(field, x, y));
                }
            }

            Compare(nameof(yours.OrganizationId), yours.OrganizationId, theirs.OrganizationId);
            Compare(nameof(yours.Kind), yours.Kind, theirs.Kind);
            Compare(nameof(yours.Title), yours.Title, theirs.Title);
            Compare(nameof(yours.TitleZh), yours.TitleZh, theirs.TitleZh);
            Compare(nameof(yours.Rank), yours.Rank, theirs.Rank);
            Compare(nameof(yours.From), yours.From, theirs.From);
            Compare(nameof(yours.To), yours.To, theirs.To);
            Compare(nameof(yours.Note), yours.Note, theirs.Note);
        }

        return new ConflictDetails("This position was changed by someone else after you opened it.", current?.Version ?? 0, changes);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task<Dictionary<string, string[]>> ValidateAsync(LiaisonDbContext db, PositionInput input, Position? stored, CancellationToken ct)
    {
        var errors = RequestValidation.Validate(input);
        if (string.IsNullOrWhiteSpace(input.Title) && !errors.ContainsKey(nameof(input.Title)))
        {
            errors.Add(nameof(input.Title), "The title is required.");
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), "Unknown kind of position.");
        }

        if (input.From is { } from && input.To is { } to && to <= from)
        {
            errors.Add(nameof(input.To), "The end date must be after the start date.");
        }

        // Keeping a stored organization is fine; choosing one needs it to be visible.
        if (input.OrganizationId is int orgId && orgId != stored?.OrganizationId && !await db.Organizations.AnyAsync(o => o.Id == orgId, ct))
        {
            errors.Add(nameof(input.OrganizationId), "The organization does not exist.");
        }

        return errors;
    }

    private static void Apply(Position position, PositionInput input)
    {
        position.OrganizationId = input.OrganizationId!.Value;
        position.Kind = input.Kind;
        position.Title = input.Title;
        position.TitleZh = string.IsNullOrWhiteSpace(input.TitleZh) ? null : input.TitleZh;
        position.Rank = input.Rank;
        position.From = input.From;
        position.To = input.To;
        position.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note;
    }
}
