using System.ComponentModel.DataAnnotations;
using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Countries;

public sealed class CountryUpdate
{
    public int? DeskId { get; set; }

    [StringLength(20000, ErrorMessage = "Notes must be at most {1} characters.")]
    public string? Notes { get; set; }

    [Required(ErrorMessage = "The version you loaded is required.")]
    public int? Version { get; set; }
}

public static class CountriesApi
{
    public static RouteGroupBuilder MapCountries(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/countries").WithTags("Countries").RequireAuthorization(Policies.Reader);
        group.MapGet("/", ListAsync).WithName("ListCountries").WithSummary("ISO 3166-1 countries and territories, with their desk.");
        group.MapGet("/{iso3}", GetAsync).WithName("GetCountry").WithSummary("A country with its parties, their standing today, our ties and elections.");
        group.MapGet("/{iso3}/government", GovernmentAsync).WithName("GetGovernment")
            .WithSummary("Which parties governed the country on a date (YYYY-MM-DD, default today); the head of government's party is marked.");
        group.MapPut("/{iso3}", UpdateAsync).WithName("UpdateCountry").RequireAuthorization(Policies.Editor);
        return group;
    }

    private static async Task<Ok<Page<CountryListItem>>> ListAsync(LiaisonDbContext db, string? region, int? desk, string? q, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await CountryQueries.ListAsync(db, region, desk, q, page, pageSize, ct));

    private static async Task<Results<Ok<CountryDetail>, NotFound>> GetAsync(string iso3, LiaisonDbContext db, CancellationToken ct) =>
        await CountryQueries.DetailAsync(db, iso3, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<IResult> GovernmentAsync(string iso3, string? date, LiaisonDbContext db, CancellationToken ct)
    {
        if (!DateParsing.TryParseOrToday(date, out var day))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["date"] = ["The date must be written YYYY-MM-DD."] });
        }

        return await GovernmentQuery.OnDateAsync(db, iso3, day, ct) is { } government ? TypedResults.Ok(government) : TypedResults.NotFound();
    }

    private static async Task<IResult> UpdateAsync(string iso3, CountryUpdate input, LiaisonDbContext db, CancellationToken ct) =>
        (await CountryEditor.UpdateAsync(db, iso3, input, ct)).ToHttp(s => TypedResults.Ok(new { s.Id, s.Version }));
}

public static class CountryEditor
{
    /// <summary>Administrators set the desk; administrators, leaders and the country's desk officers edit the notes.</summary>
    public static async Task<EditResult> UpdateAsync(LiaisonDbContext db, string iso3, CountryUpdate input, CancellationToken ct = default)
    {
        var code = iso3.Trim().ToUpperInvariant();
        var country = await db.Countries.FirstOrDefaultAsync(c => c.Iso3 == code, ct);
        if (country is null)
        {
            return new EditResult.NotFound();
        }

        if (!db.Scope.CanEditDirectory || !db.Scope.CoversDesk(country.DeskId) && !db.Scope.IsAdministrator)
        {
            return new EditResult.NotFound();
        }

        var errors = RequestValidation.Validate(input);
        if (input.DeskId != country.DeskId)
        {
            if (!db.Scope.IsAdministrator)
            {
                errors.Add(nameof(input.DeskId), "Only administrators assign countries to desks.");
            }
            else if (input.DeskId is int deskId && !await db.Desks.AnyAsync(d => d.Id == deskId, ct))
            {
                errors.Add(nameof(input.DeskId), "Unknown desk.");
            }
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (country.Version != input.Version)
        {
            return new EditResult.Conflict(new ConflictDetails("This country was changed by someone else after you opened it.", country.Version,
                [new FieldChange(nameof(input.Notes), input.Notes, country.Notes), new FieldChange(nameof(input.DeskId), input.DeskId?.ToString(System.Globalization.CultureInfo.InvariantCulture), country.DeskId?.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
        }

        db.Entry(country).Property(c => c.Version).OriginalValue = input.Version!.Value;
        country.DeskId = input.DeskId;
        country.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditResult.Conflict(new ConflictDetails("This country was changed by someone else after you opened it.", country.Version, []));
        }

        return new EditResult.Saved(country.Id, country.Version);
    }
}
