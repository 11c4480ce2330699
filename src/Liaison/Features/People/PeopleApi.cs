using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Features.People;

/// <summary>REST endpoints for people, their names, positions, contact channels and photos.</summary>
public static class PeopleApi
{
    public static IServiceCollection AddPeople(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapPeople(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People").RequireAuthorization(Policies.Reader);
        people.MapGet("/", ListAsync).WithName("ListPeople").WithSummary("People the caller may see, filtered, sorted and paged.");
        people.MapGet("/{id:int}", GetAsync).WithName("GetPerson");
        people.MapPost("/", CreateAsync).WithName("CreatePerson").RequireAuthorization(Policies.Editor);
        people.MapPut("/{id:int}", UpdateAsync).WithName("UpdatePerson")
            .WithSummary("Updates a person; the body's version must match the stored one, otherwise 409 lists what changed. People are merged, never deleted.")
            .RequireAuthorization(Policies.Editor);
        api.MapPositions();
        api.MapChannels();
        api.MapPhotos();
        api.MapTiers();
        return api;
    }

    private static async Task<Ok<Page<PersonListItem>>> ListAsync(
        LiaisonDbContext db, string? q, string? country, int? desk, int? tier, string? owner, string? tag, Classification? classification,
        string? sort, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await PeopleQueries.ListAsync(db, new(q, country, desk, tier, owner, tag, classification, sort, page, pageSize), ct));

    private static async Task<Results<Ok<PersonDetail>, NotFound>> GetAsync(int id, LiaisonDbContext db, CancellationToken ct) =>
        await PeopleQueries.DetailAsync(db, id, auditRead: true, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<IResult> CreateAsync(PersonInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await PersonEditor.CreateAsync(db, input, ct)).ToHttp(saved =>
            TypedResults.Created($"/api/v1/people/{saved.Id}", new { saved.Id, saved.Version }));

    private static async Task<IResult> UpdateAsync(int id, PersonInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await PersonEditor.UpdateAsync(db, id, input, ct)).ToHttp(saved => TypedResults.Ok(new { saved.Id, saved.Version }));
}

internal static class PositionsApi
{
    public static void MapPositions(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Positions").RequireAuthorization(Policies.Reader);
        group.MapGet("/people/{id:int}/positions", async (int id, LiaisonDbContext db, CancellationToken ct) =>
            await PeopleQueries.DetailAsync(db, id, auditRead: false, ct) is { } person ? Results.Ok(person.Positions) : Results.NotFound())
            .WithName("ListPositions").WithSummary("A person's career, current posts first (current = started and not yet ended, derived from the dates).");
        group.MapPost("/people/{id:int}/positions", async (int id, PositionInput input, LiaisonDbContext db, CancellationToken ct) =>
            (await PositionEditor.AddAsync(db, id, input, ct)).ToHttp(s => TypedResults.Created($"/api/v1/positions/{s.Id}", new { s.Id, s.Version })))
            .WithName("AddPosition").RequireAuthorization(Policies.Editor);
        group.MapGet("/positions/{positionId:int}", async (int positionId, LiaisonDbContext db, CancellationToken ct) =>
            await PeopleQueries.PositionAsync(db, positionId, ct) is { } position ? Results.Ok(position) : Results.NotFound())
            .WithName("GetPosition");
        group.MapPut("/positions/{positionId:int}", async (int positionId, PositionInput input, LiaisonDbContext db, CancellationToken ct) =>
            (await PositionEditor.UpdateAsync(db, positionId, input, ct)).ToHttp(s => TypedResults.Ok(new { s.Id, s.Version })))
            .WithName("UpdatePosition").WithSummary("Corrects a post, or ends it by setting 'to'; ending keeps the history.").RequireAuthorization(Policies.Editor);
        group.MapDelete("/positions/{positionId:int}", async (int positionId, LiaisonDbContext db, CancellationToken ct) =>
            (await PositionEditor.DeleteAsync(db, positionId, ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("DeletePosition").WithSummary("Deletes an entry made by mistake; to end a post, set its 'to' date instead.").RequireAuthorization(Policies.Editor);
        group.MapGet("/organizations/{id:int}/leadership", async (int id, LiaisonDbContext db, CancellationToken ct) =>
            await db.Organizations.FindVisibleAsync(id, ct) ? Results.Ok(await PeopleQueries.LeadershipAsync(db, id, ct)) : Results.NotFound())
            .WithName("GetLeadership").WithSummary("Current office-holders by rank, and past ones, most recent first.");
    }

    private static Task<bool> FindVisibleAsync(this Microsoft.EntityFrameworkCore.DbSet<Organizations.Organization> organizations, int id, CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(organizations, o => o.Id == id, ct);
}

internal static class ChannelsApi
{
    public static void MapChannels(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Contact channels").RequireAuthorization(Policies.Reader);
        group.MapGet("/people/{id:int}/channels", async (int id, LiaisonDbContext db, CancellationToken ct) =>
            await ChannelEditor.MaySeeAsync(db, id, ct) ? Results.Ok(await PeopleQueries.ChannelsAsync(db, id, ct)) : Results.NotFound())
            .WithName("ListChannels").WithSummary("A person's contact channels; 404 for anyone outside the contact roles of the person's desk.");
        group.MapPost("/people/{id:int}/channels", async (int id, ChannelInput input, LiaisonDbContext db, CancellationToken ct) =>
            (await ChannelEditor.AddAsync(db, id, input, ct)).ToHttp(s => TypedResults.Created($"/api/v1/channels/{s.Id}", new { s.Id, s.Version })))
            .WithName("AddChannel").RequireAuthorization(Policies.Editor);
        group.MapPut("/channels/{channelId:int}", async (int channelId, ChannelInput input, LiaisonDbContext db, CancellationToken ct) =>
            (await ChannelEditor.UpdateAsync(db, channelId, input, ct)).ToHttp(s => TypedResults.Ok(new { s.Id, s.Version })))
            .WithName("UpdateChannel").RequireAuthorization(Policies.Editor);
        group.MapDelete("/channels/{channelId:int}", async (int channelId, LiaisonDbContext db, CancellationToken ct) =>
            (await ChannelEditor.DeleteAsync(db, channelId, ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("DeleteChannel").RequireAuthorization(Policies.Editor);
    }
}

internal static class PhotosApi
{
    public static void MapPhotos(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("People").RequireAuthorization(Policies.Editor);
        group.MapPut("/{id:int}/photo", PutAsync).WithName("PutPhoto")
            .WithSummary("Sets the photo: a multipart form with one file, or the image as the raw body. JPEG, PNG or WebP up to 2 MB, recognized by content.")
            .WithMetadata(new RequestSizeLimitAttribute(PhotoStore.MaxBytes + 64 * 1024))
            .DisableAntiforgery();
        group.MapDelete("/{id:int}/photo", async (int id, LiaisonDbContext db, CancellationToken ct) =>
            (await PhotoStore.RemoveAsync(db, id, ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("DeletePhoto");
    }

    private static async Task<IResult> PutAsync(int id, HttpRequest request, LiaisonDbContext db, CancellationToken ct)
    {
        if (!await PositionEditor.CanEditPersonAsync(db, id, ct))
        {
            return TypedResults.NotFound();
        }

        Stream? stream = null;
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(ct);
                var file = form.Files.FirstOrDefault();
                if (file is null)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Photo"] = [PhotoStore.Empty] });
                }

                if (file.Length > PhotoStore.MaxBytes)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Photo"] = [PhotoStore.TooLarge] });
                }

                stream = file.OpenReadStream();
            }
            else
            {
                stream = request.Body;
            }

            var (bytes, error) = await PhotoStore.ReadAsync(stream, ct);
            if (bytes is null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Photo"] = [error!] });
            }

            return (await PhotoStore.SetAsync(db, id, bytes, ct)).ToHttp(s => TypedResults.Ok(new { s.Id, s.Version }));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Photo"] = [PhotoStore.TooLarge] });
        }
        finally
        {
            if (stream is not null && stream != request.Body)
            {
                await stream.DisposeAsync();
            }
        }
    }
}

internal static class TiersApi
{
    public static void MapTiers(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tiers").WithTags("People").RequireAuthorization(Policies.Reader);
        group.MapGet("/", async (LiaisonDbContext db, CancellationToken ct) => TypedResults.Ok(await TierEditor.ListAsync(db, ct)))
            .WithName("ListTiers").WithSummary("Cultivation tiers and their contact cadence in days.");
        group.MapPost("/", async (TierInput input, LiaisonDbContext db, CancellationToken ct) =>
            (await TierEditor.SaveAsync(db, null, input, ct)).ToHttp(s => TypedResults.Created($"/api/v1/tiers/{s.Id}", new { s.Id, s.Version })))
            .WithName("CreateTier").RequireAuthorization(Policies.Admin);
        group.MapPut("/{tierId:int}", async (int tierId, TierInput input, LiaisonDbContext db, CancellationToken ct) =>
            (await TierEditor.SaveAsync(db, tierId, input, ct)).ToHttp(s => TypedResults.Ok(new { s.Id, s.Version })))
            .WithName("UpdateTier").RequireAuthorization(Policies.Admin);
        group.MapDelete("/{tierId:int}", async (int tierId, LiaisonDbContext db, CancellationToken ct) =>
            (await TierEditor.DeleteAsync(db, tierId, ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("DeleteTier").WithSummary("Deletes a tier no person holds; a tier in use is refused with 400.").RequireAuthorization(Policies.Admin);
    }
}
