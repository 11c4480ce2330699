using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Features.Imports;

public static class ImportsApi
{
    public static RouteGroupBuilder MapImports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Imports").RequireAuthorization(Policies.Admin);
        group.MapGet("/", ListAsync).WithName("ListImportRuns").WithSummary("Import runs, newest first, with their counts.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetImportRun").WithSummary("One import run: counts by record type and a page of its provenance rows.");
        group.MapPost("/{id:int}/rollback", RollBackAsync).WithName("RollBackImportRun")
            .WithSummary("Deletes what the run created and restores what it updated; 409 with the reason when later changes make that unsafe.");
        return group;
    }

    private static async Task<Ok<Page<ImportRunDto>>> ListAsync(LiaisonDbContext db, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await ImportQueries.ListAsync(db, page, pageSize, ct));

    private static async Task<Results<Ok<ImportRunDetail>, NotFound>> GetAsync(LiaisonDbContext db, int id, int? page, int? pageSize, CancellationToken ct) =>
        await ImportQueries.DetailAsync(db, id, page, pageSize, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<IResult> RollBackAsync(LiaisonDbContext db, int id, CancellationToken ct) =>
        await ImportRollback.RollBackAsync(db, id, ct) switch
        {
            RollbackOutcome.RolledBack r => TypedResults.Ok(r),
            RollbackOutcome.Refused refused => TypedResults.Problem(
                title: "The import run cannot be rolled back.", detail: refused.Reason, statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.NotFound(),
        };
}
