using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Features.Engagements;

/// <summary>REST endpoints for engagements, their lifecycle and delegation members.</summary>
public static class EngagementsApi
{
    public static IServiceCollection AddEngagements(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapEngagements(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/engagements").WithTags("Engagements").RequireAuthorization(Policies.Reader);
        group.MapGet("/", ListAsync).WithName("ListEngagements")
            .WithSummary("Engagements the caller may see, latest start first; q, kind, status, desk, country (ISO3), from/to (overlap), personId, organizationId, mine; paged.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetEngagement")
            .WithSummary("An engagement with its counterpart organizations and countries, members and lifecycle steps.");
        group.MapPost("/", CreateAsync).WithName("CreateEngagement")
            .WithSummary("Proposes an engagement; the lead country (the first country, else the first organization's) decides the desk.")
            .RequireAuthorization(Policies.Organizer);
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateEngagement")
            .WithSummary("Changes an engagement; the body's version must match the stored one, otherwise 409 lists what changed.")
            .RequireAuthorization(Policies.Organizer);
        group.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteEngagement")
            .WithSummary("Deletes a proposed, cancelled or postponed engagement; pass ?version= to refuse deleting a version you have not seen (409).")
            .RequireAuthorization(Policies.Organizer);
        group.MapGet("/{id:int}/transitions", TransitionsAsync).WithName("EngagementTransitions")
            .WithSummary("The lifecycle steps: from, to, who, when and why, oldest first.");
        group.MapPost("/{id:int}/transitions", MoveAsync).WithName("MoveEngagement")
            .WithSummary("Moves the engagement to the next status {to, note, version}; approval needs a leader or administrator (403). Returns the engagement.")
            .RequireAuthorization(Policies.Organizer);
        group.MapGet("/{id:int}/members", MembersAsync).WithName("EngagementMembers")
            .WithSummary("The delegation and our hosts, by side and rank.");
        group.MapPost("/{id:int}/members", AddMemberAsync).WithName("AddEngagementMember")
            .WithSummary("Adds a person to the delegation or the hosts; a person takes part once.")
            .RequireAuthorization(Policies.Organizer);
        group.MapPut("/{id:int}/members/{memberId:int}", UpdateMemberAsync).WithName("UpdateEngagementMember")
            .RequireAuthorization(Policies.Organizer);
        group.MapDelete("/{id:int}/members/{memberId:int}", RemoveMemberAsync).WithName("RemoveEngagementMember")
            .RequireAuthorization(Policies.Organizer);
        return group;
    }

    private static async Task<Results<Ok<Page<EngagementListItem>>, ValidationProblem>> ListAsync(
        LiaisonDbContext db, string? q, EngagementKind? kind, EngagementStatus? status, int? desk, string? country,
        DateOnly? from, DateOnly? to, int? personId, int? organizationId, bool? mine, int? page, int? pageSize, CancellationToken ct)
    {
        if (from is { } f && to is { } t && t < f)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["The end date cannot be before the start date."] });
        }

        return TypedResults.Ok(await EngagementQueries.ListAsync(db,
            new(q, kind, status, desk, country, from, to, personId, organizationId, mine ?? false, page, pageSize), ct));
    }

    private static async Task<Results<Ok<EngagementDetail>, NotFound>> GetAsync(int id, LiaisonDbContext db, CancellationToken ct) =>
        await EngagementQueries.DetailAsync(db, id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<IResult> CreateAsync(EngagementInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await EngagementEditor.CreateAsync(db, input, ct)).ToEngagementHttp(saved =>
            TypedResults.Created($"/api/v1/engagements/{saved.Id}", new { saved.Id, saved.Version }));

    private static async Task<IResult> UpdateAsync(int id, EngagementInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await EngagementEditor.UpdateAsync(db, id, input, ct)).ToEngagementHttp(saved => TypedResults.Ok(new { saved.Id, saved.Version }));

    private static async Task<IResult> DeleteAsync(int id, int? version, LiaisonDbContext db, CancellationToken ct) =>
        (await EngagementEditor.DeleteAsync(db, id, version, ct)).ToEngagementHttp(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<List<EngagementTransitionItem>>, NotFound>> TransitionsAsync(int id, LiaisonDbContext db, CancellationToken ct) =>
        await EngagementAccess.FindAsync(db, id, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await EngagementQueries.TransitionsAsync(db, id, ct));

    private static async Task<IResult> MoveAsync(int id, TransitionInput input, LiaisonDbContext db, CancellationToken ct)
    {
        var result = await EngagementTransitions.MoveAsync(db, id, input, ct);
        if (result is not EditResult.Saved)
        {
            return result.ToEngagementHttp(_ => TypedResults.NoContent());
        }

        db.ChangeTracker.Clear();
        return await EngagementQueries.DetailAsync(db, id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<List<EngagementMemberItem>>, NotFound>> MembersAsync(int id, LiaisonDbContext db, CancellationToken ct) =>
        await EngagementAccess.FindAsync(db, id, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await EngagementQueries.MembersAsync(db, id, ct));

    private static async Task<IResult> AddMemberAsync(int id, MemberInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await EngagementMembers.AddAsync(db, id, input, ct)).ToEngagementHttp(saved =>
            TypedResults.Created($"/api/v1/engagements/{id}/members/{saved.Id}", new { saved.Id, saved.Version }));

    private static async Task<IResult> UpdateMemberAsync(int id, int memberId, MemberInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await EngagementMembers.UpdateAsync(db, id, memberId, input, ct)).ToEngagementHttp(saved => TypedResults.Ok(new { saved.Id, saved.Version }));

    private static async Task<IResult> RemoveMemberAsync(int id, int memberId, int? version, LiaisonDbContext db, CancellationToken ct) =>
        (await EngagementMembers.RemoveAsync(db, id, memberId, version, ct)).ToEngagementHttp(_ => TypedResults.NoContent());
}
