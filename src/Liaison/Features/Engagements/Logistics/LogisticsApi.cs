using Liaison.Data;
using Liaison.Security;
using Liaison.Web;

namespace Liaison.Features.Engagements.Logistics;

/// <summary>REST endpoints for an engagement's logistics and gift register.</summary>
public static class LogisticsApi
{
    public static IServiceCollection AddLogistics(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapLogistics(this RouteGroupBuilder api)
    {
        var logistics = api.MapGroup("/engagements/{id:int}/logistics").WithTags("Engagement logistics").RequireAuthorization(Policies.Reader);
        logistics.MapGet("/", ListItemsAsync).WithName("ListEngagementLogistics")
            .WithSummary("Arrivals, departures, accommodation, transport and other arrangements (local times, no zone), and the interpreters.");
        logistics.MapPost("/", CreateItemAsync).WithName("CreateEngagementLogisticsItem").RequireAuthorization(Policies.Organizer);
        logistics.MapPut("/{itemId:int}", UpdateItemAsync).WithName("UpdateEngagementLogisticsItem")
            .WithSummary("Changes an item; the body's version must match the stored one, otherwise 409 lists what changed.")
            .RequireAuthorization(Policies.Organizer);
        logistics.MapDelete("/{itemId:int}", DeleteItemAsync).WithName("DeleteEngagementLogisticsItem")
            .WithSummary("Deletes an item; pass ?version= to refuse deleting a version you have not seen (409).")
            .RequireAuthorization(Policies.Organizer);

        var gifts = api.MapGroup("/engagements/{id:int}/gifts").WithTags("Engagement logistics").RequireAuthorization(Policies.Reader);
        gifts.MapGet("/", ListGiftsAsync).WithName("ListEngagementGifts")
            .WithSummary("The gift register, with totals per direction and currency.");
        gifts.MapPost("/", CreateGiftAsync).WithName("CreateEngagementGift").RequireAuthorization(Policies.Organizer);
        gifts.MapPut("/{giftId:int}", UpdateGiftAsync).WithName("UpdateEngagementGift").RequireAuthorization(Policies.Organizer);
        gifts.MapDelete("/{giftId:int}", DeleteGiftAsync).WithName("DeleteEngagementGift").RequireAuthorization(Policies.Organizer);
        return api;
    }

    private static async Task<IResult> ListItemsAsync(int id, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForReadAsync(db, id, ct);
        return refusal ?? TypedResults.Ok(await LogisticsQueries.OverviewAsync(db, header!.Id, ct));
    }

    private static async Task<IResult> CreateItemAsync(int id, LogisticsInput input, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForChangeAsync(db, id, ct);
        return refusal ?? (await LogisticsEditor.SaveItemAsync(db, header!, null, input, ct))
            .ToHttp(s => TypedResults.Created($"/api/v1/engagements/{id}/logistics/{s.Id}", new { s.Id, s.Version }));
    }

    private static async Task<IResult> UpdateItemAsync(int id, int itemId, LogisticsInput input, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForChangeAsync(db, id, ct);
        return refusal ?? (await LogisticsEditor.SaveItemAsync(db, header!, itemId, input, ct)).ToHttp(s => TypedResults.Ok(new { s.Id, s.Version }));
    }

    private static async Task<IResult> DeleteItemAsync(int id, int itemId, int? version, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForChangeAsync(db, id, ct);
        return refusal ?? (await LogisticsEditor.DeleteItemAsync(db, header!, itemId, version, ct)).ToHttp(_ => TypedResults.NoContent());
    }

    private static async Task<IResult> ListGiftsAsync(int id, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForReadAsync(db, id, ct);
        return refusal ?? TypedResults.Ok(await LogisticsQueries.GiftsAsync(db, header!.Id, ct));
    }

    private static async Task<IResult> CreateGiftAsync(int id, GiftInput input, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForChangeAsync(db, id, ct);
        return refusal ?? (await LogisticsEditor.SaveGiftAsync(db, header!, null, input, ct))
            .ToHttp(s => TypedResults.Created($"/api/v1/engagements/{id}/gifts/{s.Id}", new { s.Id, s.Version }));
    }

    private static async Task<IResult> UpdateGiftAsync(int id, int giftId, GiftInput input, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForChangeAsync(db, id, ct);
        return refusal ?? (await LogisticsEditor.SaveGiftAsync(db, header!, giftId, input, ct)).ToHttp(s => TypedResults.Ok(new { s.Id, s.Version }));
    }

    private static async Task<IResult> DeleteGiftAsync(int id, int giftId, int? version, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForChangeAsync(db, id, ct);
        return refusal ?? (await LogisticsEditor.DeleteGiftAsync(db, header!, giftId, version, ct)).ToHttp(_ => TypedResults.NoContent());
    }
}
