using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Relationships;

public static class RelationshipsApi
{
    public static RouteGroupBuilder MapRelationships(this RouteGroupBuilder api)
    {
        api.MapGet("/relationship-levels", LevelsAsync).WithTags("Relationships").WithName("ListRelationshipLevels").RequireAuthorization(Policies.Reader);
        api.MapPost("/relationship-levels", async (RelationshipLevelInput input, LiaisonDbContext db, CancellationToken ct) =>
                (await RelationshipLevelEditor.SaveAsync(db, null, input, ct)).ToHttp(s => TypedResults.Created("/api/v1/relationship-levels", new { s.Id })))
            .WithTags("Relationships").WithName("CreateRelationshipLevel").RequireAuthorization(Policies.Admin);
        api.MapPut("/relationship-levels/{levelId:int}", async (int levelId, RelationshipLevelInput input, LiaisonDbContext db, CancellationToken ct) =>
                (await RelationshipLevelEditor.SaveAsync(db, levelId, input, ct)).ToHttp(s => TypedResults.Ok(new { s.Id })))
            .WithTags("Relationships").WithName("UpdateRelationshipLevel").RequireAuthorization(Policies.Admin);
        var group = api.MapGroup("/organizations/{id:int}").WithTags("Relationships").RequireAuthorization(Policies.Reader);
        group.MapGet("/relationship", GetAsync).WithName("GetRelationship").WithSummary("Our ties with the organization: level, history, agreements.");
        group.MapPut("/relationship", SaveAsync).WithName("SaveRelationship").RequireAuthorization(Policies.Editor);
        group.MapPost("/agreements", AddAgreementAsync).WithName("AddAgreement").RequireAuthorization(Policies.Editor);
        group.MapPut("/agreements/{agreementId:int}", UpdateAgreementAsync).WithName("UpdateAgreement").RequireAuthorization(Policies.Editor);
        group.MapDelete("/agreements/{agreementId:int}", DeleteAgreementAsync).WithName("DeleteAgreement").RequireAuthorization(Policies.Editor);
        return group;
    }

    private static async Task<Ok<List<LevelDto>>> LevelsAsync(LiaisonDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.RelationshipLevels.AsNoTracking().OrderBy(l => l.Rank).Select(l => new LevelDto(l.Id, l.Code, l.NameEn, l.NameZh, l.Rank)).ToListAsync(ct));

    private static async Task<Results<Ok<RelationshipDto>, NotFound>> GetAsync(int id, LiaisonDbContext db, CancellationToken ct) =>
        await RelationshipEditor.GetAsync(db, id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound();

    private static async Task<IResult> SaveAsync(int id, RelationshipInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await RelationshipEditor.SaveAsync(db, id, input, ct)).ToHttp(s => TypedResults.Ok(new { s.Id, s.Version }));

    private static async Task<IResult> AddAgreementAsync(int id, AgreementInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await RelationshipEditor.SaveAgreementAsync(db, id, null, input, ct)).ToHttp(s => TypedResults.Created($"/api/v1/organizations/{id}/agreements/{s.Id}", new { s.Id, s.Version }));

    private static async Task<IResult> UpdateAgreementAsync(int id, int agreementId, AgreementInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await RelationshipEditor.SaveAgreementAsync(db, id, agreementId, input, ct)).ToHttp(s => TypedResults.Ok(new { s.Id, s.Version }));

    private static async Task<Results<NoContent, NotFound>> DeleteAgreementAsync(int id, int agreementId, LiaisonDbContext db, CancellationToken ct)
    {
        var agreement = await db.Agreements.Include(a => a.Organization!).ThenInclude(o => o.Country)
            .FirstOrDefaultAsync(a => a.Id == agreementId && a.OrganizationId == id, ct);
        if (agreement?.Organization is not { } org || !db.Scope.CanEdit(org.Classification, org.Country?.DeskId, org.CountryId is not null))
        {
            return TypedResults.NotFound();
        }

        db.Agreements.Remove(agreement);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
