using System.ComponentModel.DataAnnotations;
using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Countries;

public sealed class ElectionInput
{
    public ElectionKind Kind { get; set; }

    [Required(ErrorMessage = "The election date is required.")]
    public DateOnly? Date { get; set; }

    public bool DateIsTentative { get; set; }

    [Range(1, 10000, ErrorMessage = "Seats must be between {1} and {2}.")]
    public int? SeatsTotal { get; set; }

    [StringLength(4000, ErrorMessage = "Notes must be at most {1} characters.")]
    public string? Notes { get; set; }
}

public sealed record ElectionResultDto(int OrganizationId, string NameEn, string? Abbreviation, int? Seats, double? VoteShare);
public sealed record ElectionDetail(int Id, ElectionKind Kind, DateOnly Date, bool DateIsTentative, int? SeatsTotal, string? Notes, IReadOnlyList<ElectionResultDto> Results);

/// <summary>Past and upcoming elections of a country; desk officers of the country keep them.</summary>
public static class ElectionsApi
{
    public static RouteGroupBuilder MapElections(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/countries/{iso3}/elections").WithTags("Countries").RequireAuthorization(Policies.Reader);
        group.MapGet("/", ListAsync).WithName("ListElections").WithSummary("A country's elections, newest first, with seats won by the organizations the caller may see.");
        group.MapPost("/", AddAsync).WithName("AddElection").RequireAuthorization(Policies.Editor);
        group.MapDelete("/{electionId:int}", DeleteAsync).WithName("DeleteElection").RequireAuthorization(Policies.Editor);
        return group;
    }

    private static async Task<Results<Ok<List<ElectionDetail>>, NotFound>> ListAsync(string iso3, LiaisonDbContext db, CancellationToken ct)
    {
        var code = iso3.ToUpperInvariant();
        if (!await db.Countries.AnyAsync(c => c.Iso3 == code, ct))
        {
            return TypedResults.NotFound();
        }

        var elections = await db.Elections.AsNoTracking().Where(e => e.Country!.Iso3 == code).OrderByDescending(e => e.Date)
            .Select(e => new ElectionDetail(e.Id, e.Kind, e.Date, e.DateIsTentative, e.SeatsTotal, e.Notes,
                e.Results.OrderByDescending(r => r.Seats)
                    .Select(r => new ElectionResultDto(r.OrganizationId, r.Organization!.NameEn, r.Organization.Abbreviation, r.Seats, r.VoteShare)).ToList()))
            .ToListAsync(ct);
        return TypedResults.Ok(elections);
    }

    private static async Task<IResult> AddAsync(string iso3, ElectionInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await ElectionEditor.AddAsync(db, iso3, input, ct)).ToHttp(s => TypedResults.Created($"/api/v1/countries/{iso3.ToUpperInvariant()}/elections", new { s.Id }));

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(string iso3, int electionId, LiaisonDbContext db, CancellationToken ct) =>
        await ElectionEditor.DeleteAsync(db, iso3, electionId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

/// <summary>Adding and removing elections, shared by the API and the country page.</summary>
public static class ElectionEditor
{
    /// <summary>Same rule as the country notes: editors whose desks cover the country (administrators and leaders cover all).</summary>
    public static bool CanEdit(AccessScope scope, int? deskId) => scope.CanEditDirectory && scope.CoversDesk(deskId);

    public static async Task<EditResult> AddAsync(LiaisonDbContext db, string iso3, ElectionInput input, CancellationToken ct = default)
    {
        var code = iso3.Trim().ToUpperInvariant();
        var country = await db.Countries.FirstOrDefaultAsync(c => c.Iso3 == code, ct);
        if (country is null || !CanEdit(db.Scope, country.DeskId))
        {
            return new EditResult.NotFound();
        }

        var errors = RequestValidation.Validate(input);
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), "Unknown kind of election.");
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        var election = new Election
        {
            CountryId = country.Id,
            Kind = input.Kind,
            Date = input.Date!.Value,
            DateIsTentative = input.DateIsTentative,
            SeatsTotal = input.SeatsTotal,
            Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes,
        };
        db.Elections.Add(election);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(election.Id, 0);
    }

    public static async Task<bool> DeleteAsync(LiaisonDbContext db, string iso3, int electionId, CancellationToken ct = default)
    {
        var code = iso3.Trim().ToUpperInvariant();
        var election = await db.Elections.Include(e => e.Country).FirstOrDefaultAsync(e => e.Id == electionId && e.Country!.Iso3 == code, ct);
        if (election is null || !CanEdit(db.Scope, election.Country!.DeskId))
        {
            return false;
        }

        db.Elections.Remove(election);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
