using System.Globalization;
using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Organizations;

public static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizations(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Organizations").RequireAuthorization(Policies.Reader);
        group.MapGet("/", ListAsync).WithName("ListOrganizations").WithSummary("Organizations the caller may see, filtered, sorted and paged.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetOrganization");
        group.MapPost("/", CreateAsync).WithName("CreateOrganization").RequireAuthorization(Policies.Editor);
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateOrganization")
            .WithSummary("Updates an organization; the body's version must match the stored one, otherwise 409 lists what changed.")
            .RequireAuthorization(Policies.Editor);
        group.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteOrganization").RequireAuthorization(Policies.Admin);
        return group;
    }

    private static async Task<Ok<Page<OrganizationListItem>>> ListAsync(
        LiaisonDbContext db, string? country, int? desk, OrganizationKind? kind, IdeologyFamily? family, Standing? standing,
        string? level, string? q, string? sort, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await OrganizationQueries.ListAsync(db, new(country, desk, kind, family, standing, level, q, sort, page, pageSize), ct));

    private static async Task<Results<Ok<OrganizationDetail>, NotFound>> GetAsync(int id, LiaisonDbContext db, CancellationToken ct) =>
        await OrganizationQueries.DetailAsync(db, id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<IResult> CreateAsync(OrganizationInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await OrganizationEditor.CreateAsync(db, input, ct)).ToHttp(saved =>
            TypedResults.Created($"/api/v1/organizations/{saved.Id}", new { saved.Id, saved.Version }));

    private static async Task<IResult> UpdateAsync(int id, OrganizationInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await OrganizationEditor.UpdateAsync(db, id, input, ct)).ToHttp(saved => TypedResults.Ok(new { saved.Id, saved.Version }));

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int id, LiaisonDbContext db, CancellationToken ct)
    {
        var org = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (org is null)
        {
            return TypedResults.NotFound();
        }

        db.Organizations.Remove(org);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    internal static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
