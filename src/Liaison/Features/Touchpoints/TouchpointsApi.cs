using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Features.Touchpoints;

/// <summary>REST endpoints for touchpoints and timelines.</summary>
public static class TouchpointsApi
{
    public static IServiceCollection AddTouchpoints(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapTouchpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/touchpoints").WithTags("Touchpoints").RequireAuthorization(Policies.Reader);
        group.MapGet("/", ListAsync).WithName("ListTouchpoints")
            .WithSummary("Touchpoints the caller may see (their desks, up to their clearance), newest first, filtered and paged.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetTouchpoint");
        group.MapPost("/", CreateAsync).WithName("CreateTouchpoint")
            .WithSummary("Logs a touchpoint; the desk of the first person (else organization) owns it. An optional task follows it up.")
            .RequireAuthorization(Policies.Logger);
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateTouchpoint")
            .WithSummary("Changes a touchpoint; the body's version must match the stored one, otherwise 409 lists what changed.")
            .RequireAuthorization(Policies.Logger);
        group.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteTouchpoint")
            .WithSummary("Deletes a touchpoint; pass ?version= to refuse deleting a version you have not seen (409).")
            .RequireAuthorization(Policies.Logger);

        api.MapGet("/people/{id:int}/timeline", PersonTimelineAsync).WithTags("Touchpoints").WithName("PersonTimeline")
            .WithSummary("A person's touchpoints and positions, newest first; kinds=touchpoints,positions; limit up to 1000.")
            .RequireAuthorization(Policies.Reader);
        api.MapGet("/organizations/{id:int}/timeline", OrganizationTimelineAsync).WithTags("Touchpoints").WithName("OrganizationTimeline")
            .WithSummary("An organization's touchpoints, its people's posts taken and left, and its standings, newest first.")
            .RequireAuthorization(Policies.Reader);
        return group;
    }

    private static async Task<Results<Ok<Page<TouchpointListItem>>, ValidationProblem>> ListAsync(
        LiaisonDbContext db, DateOnly? from, DateOnly? to, TouchpointChannel? channel, string? countryIso3, int? desk,
        int? personId, int? organizationId, bool? mine, int? page, int? pageSize, CancellationToken ct)
    {
        if (from is { } f && to is { } t && t < f)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["The end date cannot be before the start date."] });
        }

        return TypedResults.Ok(await TouchpointQueries.ListAsync(db,
            new(from, to, channel, countryIso3, desk, personId, organizationId, mine ?? false, page, pageSize), ct));
    }

    private static async Task<Results<Ok<TouchpointDetail>, NotFound>> GetAsync(int id, LiaisonDbContext db, CancellationToken ct) =>
        await TouchpointQueries.DetailAsync(db, id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<IResult> CreateAsync(TouchpointInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await TouchpointEditor.CreateAsync(db, input, ct)).ToHttp(saved =>
            TypedResults.Created($"/api/v1/touchpoints/{saved.Id}", new { saved.Id, saved.Version }));

    private static async Task<IResult> UpdateAsync(int id, TouchpointInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await TouchpointEditor.UpdateAsync(db, id, input, ct)).ToHttp(saved => TypedResults.Ok(new { saved.Id, saved.Version }));

    private static async Task<IResult> DeleteAsync(int id, int? version, LiaisonDbContext db, CancellationToken ct) =>
        (await TouchpointEditor.DeleteAsync(db, id, version, ct)).ToHttp(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<Timeline>, NotFound, ValidationProblem>> PersonTimelineAsync(
        int id, string? kinds, int? limit, LiaisonDbContext db, CancellationToken ct)
    {
        if (TimelineQueries.ParseKinds(kinds) is not { } parsed)
        {
            return BadKinds();
        }

        return await TimelineQueries.ForPersonAsync(db, id, parsed, TimelineQueries.ClampLimit(limit), knownVisible: false, ct) is { } timeline
            ? TypedResults.Ok(timeline)
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<Timeline>, NotFound, ValidationProblem>> OrganizationTimelineAsync(
        int id, string? kinds, int? limit, LiaisonDbContext db, CancellationToken ct)
    {
        if (TimelineQueries.ParseKinds(kinds) is not { } parsed)
        {
            return BadKinds();
        }

        return await TimelineQueries.ForOrganizationAsync(db, id, parsed, TimelineQueries.ClampLimit(limit), knownVisible: false, ct) is { } timeline
            ? TypedResults.Ok(timeline)
            : TypedResults.NotFound();
    }

    private static ValidationProblem BadKinds() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["kinds"] = ["Kinds are a comma-separated list of: all, touchpoints, positions, standings."],
    });
}
