using Liaison.Data;
using Liaison.Features.Engagements.Logistics;
using Liaison.Security;
using Liaison.Web;

namespace Liaison.Features.Engagements.Outcomes;

/// <summary>REST endpoints for an engagement's outcomes (agreements, statements, commitments).</summary>
public static class OutcomesApi
{
    public static IServiceCollection AddOutcomes(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapOutcomes(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/engagements/{id:int}/outcomes").WithTags("Engagement outcomes").RequireAuthorization(Policies.Reader);
        group.MapGet("/", ListAsync).WithName("ListEngagementOutcomes")
            .WithSummary("Agreements signed (with their ledger entry), joint statements, commitments (with their task's owner, due date and status), other outcomes.");
        group.MapPost("/", CreateAsync).WithName("CreateEngagementOutcome")
            .WithSummary("kind=Agreement adds an entry to the organization's relationship ledger; kind=Commitment adds a task for its owner.")
            .RequireAuthorization(Policies.Organizer);
        group.MapPut("/{outcomeId:int}", UpdateAsync).WithName("UpdateEngagementOutcome")
            .WithSummary("Changes title and text (and a commitment's due date and owner, which its task follows); stale version → 409.")
            .RequireAuthorization(Policies.Organizer);
        group.MapDelete("/{outcomeId:int}", DeleteAsync).WithName("DeleteEngagementOutcome")
            .WithSummary("Deletes an outcome; a commitment's task is cancelled; ?removeAgreement=true also removes the ledger entry.")
            .RequireAuthorization(Policies.Organizer);
        return api;
    }

    private static async Task<IResult> ListAsync(int id, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForReadAsync(db, id, ct);
        return refusal ?? TypedResults.Ok(await OutcomesQueries.ListAsync(db, header!.Id, ct));
    }

    private static async Task<IResult> CreateAsync(int id, OutcomeInput input, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForChangeAsync(db, id, ct);
        return refusal ?? (await OutcomesEditor.CreateAsync(db, header!, input, ct))
            .ToHttp(s => TypedResults.Created($"/api/v1/engagements/{id}/outcomes/{s.Id}", new { s.Id, s.Version }));
    }

    private static async Task<IResult> UpdateAsync(int id, int outcomeId, OutcomeInput input, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForChangeAsync(db, id, ct);
        return refusal ?? (await OutcomesEditor.UpdateAsync(db, header!, outcomeId, input, ct)).ToHttp(s => TypedResults.Ok(new { s.Id, s.Version }));
    }

    private static async Task<IResult> DeleteAsync(int id, int outcomeId, int? version, bool? removeAgreement, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForChangeAsync(db, id, ct);
        return refusal ?? (await OutcomesEditor.DeleteAsync(db, header!, outcomeId, version, removeAgreement ?? false, ct))
            .ToHttp(_ => TypedResults.NoContent());
    }
}
