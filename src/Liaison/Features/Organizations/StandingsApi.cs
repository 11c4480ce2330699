using System.ComponentModel.DataAnnotations;
using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Organizations;

public sealed class StandingInput
{
    public Standing Standing { get; set; }
    public bool HeadOfGovernment { get; set; }

    [Required(ErrorMessage = "The start date is required.")]
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    [StringLength(500, ErrorMessage = "The source must be at most {1} characters.")]
    public string? Source { get; set; }

    [StringLength(2000, ErrorMessage = "The note must be at most {1} characters.")]
    public string? Note { get; set; }
}

public static class StandingsApi
{
    public static RouteGroupBuilder MapStandings(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations/{id:int}").WithTags("Standing").RequireAuthorization(Policies.Reader);
        group.MapGet("/standings", ListAsync).WithName("ListStandings").WithSummary("The party's standing history, newest first.");
        group.MapGet("/standing", OnDateAsync).WithName("GetStandingOnDate").WithSummary("The party's standing on a date (default today).");
        group.MapPost("/standings", AddAsync).WithName("AddStanding").RequireAuthorization(Policies.Editor);
        group.MapDelete("/standings/{spanId:int}", DeleteAsync).WithName("DeleteStanding").RequireAuthorization(Policies.Editor);
        return group;
    }

    private static async Task<Results<Ok<List<StandingDto>>, NotFound>> ListAsync(int id, LiaisonDbContext db, CancellationToken ct)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await db.StandingSpans.AsNoTracking().Where(s => s.OrganizationId == id).OrderByDescending(s => s.From)
            .Select(s => new StandingDto(s.Id, s.Standing, s.HeadOfGovernment, s.From, s.To, s.Source, s.Note)).ToListAsync(ct));
    }

    private static async Task<IResult> OnDateAsync(int id, string? date, LiaisonDbContext db, CancellationToken ct)
    {
        if (!DateParsing.TryParseOrToday(date, out var day))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["date"] = ["The date must be written YYYY-MM-DD."] });
        }

        if (!await db.Organizations.AnyAsync(o => o.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new { date = day, standing = await OrganizationQueries.StandingOnAsync(db, id, day, ct) });
    }

    private static async Task<IResult> AddAsync(int id, StandingInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await StandingEditor.AddAsync(db, id, input, ct)).ToHttp(s => TypedResults.Created($"/api/v1/organizations/{id}/standings", new { s.Id }));

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int id, int spanId, LiaisonDbContext db, CancellationToken ct) =>
        await StandingEditor.DeleteAsync(db, id, spanId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

public static class StandingEditor
{
    public static async Task<EditResult> AddAsync(LiaisonDbContext db, int organizationId, StandingInput input, CancellationToken ct = default)
    {
        // The overlap check and the insert must see the same spans: serialize writers of one organization's history.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Organizations\" WHERE \"Id\" = {organizationId} FOR UPDATE", ct);
        }

        var org = await db.Organizations.Include(o => o.Country).Include(o => o.Standings).FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (org is null || !db.Scope.CanEdit(org.Classification, org.Country?.DeskId, org.CountryId is not null))
        {
            return new EditResult.NotFound();
        }

        var errors = RequestValidation.Validate(input);
        if (!Enum.IsDefined(input.Standing))
        {
            errors.Add(nameof(input.Standing), "Unknown standing.");
        }

        if (input.From is { } from && input.To is { } to && to <= from)
        {
            errors.Add(nameof(input.To), "The end date must be after the start date.");
        }

        if (errors.Count == 0 && org.Standings.Any(s => Overlaps(s, input.From!.Value, input.To)))
        {
            errors.Add(nameof(input.From), "This span overlaps another standing span of the same organization; end that one first.");
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        var span = new StandingSpan
        {
            OrganizationId = organizationId,
            Standing = input.Standing,
            HeadOfGovernment = input.HeadOfGovernment,
            From = input.From!.Value,
            To = input.To,
            Source = string.IsNullOrWhiteSpace(input.Source) ? null : input.Source,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note,
        };
        db.StandingSpans.Add(span);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new EditResult.Saved(span.Id, 0);
    }

    public static async Task<bool> DeleteAsync(LiaisonDbContext db, int organizationId, int spanId, CancellationToken ct = default)
    {
        var span = await db.StandingSpans.Include(s => s.Organization!).ThenInclude(o => o.Country)
            .FirstOrDefaultAsync(s => s.Id == spanId && s.OrganizationId == organizationId, ct);
        if (span?.Organization is not { } org || !db.Scope.CanEdit(org.Classification, org.Country?.DeskId, org.CountryId is not null))
        {
            return false;
        }

        db.StandingSpans.Remove(span);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static bool Overlaps(StandingSpan s, DateOnly from, DateOnly? to) =>
        s.From < (to ?? DateOnly.MaxValue) && from < (s.To ?? DateOnly.MaxValue);
}
