using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements.Itinerary;

/// <summary>A booking warning as the API gives it: the structured case and a sentence in the caller's language.</summary>
public sealed record BookingWarningItem(
    BookingWarningKind Kind, string Message, DateOnly? Day, SlotPerson? Person, WarningSlot? Slot, WarningSlot? OtherSlot,
    WarningEngagement? OtherEngagement, string? FromCity, string? ToCity, DateTime? At);

/// <summary>What a create or change answers: the slot's id and version, and the itinerary's warnings after the save.</summary>
public sealed record ItinerarySaved(int Id, int Version, IReadOnlyList<BookingWarningItem> Warnings);

/// <summary>REST endpoints for an engagement's itinerary and its booking warnings.</summary>
public static class ItineraryApi
{
    public static IServiceCollection AddItinerary(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapItinerary(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/engagements/{id:int}/itinerary").WithTags("Itinerary").RequireAuthorization(Policies.Reader);
        group.MapGet("", GetAsync).WithName("GetItinerary")
            .WithSummary("The engagement's dates and its time slots ordered by day and start time.");
        group.MapGet("/warnings", WarningsAsync).WithName("GetItineraryWarnings")
            .WithSummary("Double bookings, members in overlapping engagements, travel that does not fit, slots outside arrival and departure.");
        group.MapPost("", CreateAsync).WithName("CreateItinerarySlot")
            .WithSummary("Adds a slot on one of the engagement's days (end after start); the answer lists the itinerary's warnings.")
            .RequireAuthorization(Policies.Organizer);
        group.MapPut("/{itemId:int}", UpdateAsync).WithName("UpdateItinerarySlot")
            .WithSummary("Changes a slot; the body's version must match the stored one, otherwise 409 lists what changed.")
            .RequireAuthorization(Policies.Organizer);
        group.MapDelete("/{itemId:int}", DeleteAsync).WithName("DeleteItinerarySlot")
            .WithSummary("Deletes a slot; pass ?version= to refuse deleting a version you have not seen (409).")
            .RequireAuthorization(Policies.Organizer);
        return group;
    }

    private static async Task<Results<Ok<ItineraryView>, NotFound>> GetAsync(int id, LiaisonDbContext db, CancellationToken ct)
    {
        if (await EngagementAccess.FindAsync(db, id, ct) is not { } engagement)
        {
            return TypedResults.NotFound();
        }

        await AuditReadAsync(db, engagement);
        var slots = await ItineraryQueries.SlotsAsync(db, id, ct);
        return TypedResults.Ok(new ItineraryView(id, engagement.StartsOn, engagement.EndsOn, slots));
    }

    private static async Task<Results<Ok<IReadOnlyList<BookingWarningItem>>, NotFound>> WarningsAsync(
        int id, LiaisonDbContext db, IStringLocalizerFactory localizers, CancellationToken ct)
    {
        if (await EngagementAccess.FindAsync(db, id, ct) is not { } engagement)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await WarningItemsAsync(db, engagement, localizers, ct));
    }

    private static async Task<IResult> CreateAsync(int id, ItineraryInput input, LiaisonDbContext db, IStringLocalizerFactory localizers, CancellationToken ct)
    {
        var (engagement, refusal) = await EngagementAccess.ForChangeAsync(db, id, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await ItineraryEditor.CreateAsync(db, engagement!, input, ct);
        return result is EditResult.Saved saved
            ? TypedResults.Created($"/api/v1/engagements/{id}/itinerary/{saved.Id}",
                new ItinerarySaved(saved.Id, saved.Version, await WarningItemsAsync(db, engagement!, localizers, ct)))
            : result.ToHttp(_ => TypedResults.NoContent());
    }

    private static async Task<IResult> UpdateAsync(
        int id, int itemId, ItineraryInput input, LiaisonDbContext db, IStringLocalizerFactory localizers, CancellationToken ct)
    {
        var (engagement, refusal) = await EngagementAccess.ForChangeAsync(db, id, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await ItineraryEditor.UpdateAsync(db, engagement!, itemId, input, ct);
        return result is EditResult.Saved saved
            ? TypedResults.Ok(new ItinerarySaved(saved.Id, saved.Version, await WarningItemsAsync(db, engagement!, localizers, ct)))
            : result.ToHttp(_ => TypedResults.NoContent());
    }

    private static async Task<IResult> DeleteAsync(int id, int itemId, int? version, LiaisonDbContext db, CancellationToken ct)
    {
        var (engagement, refusal) = await EngagementAccess.ForChangeAsync(db, id, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        return (await ItineraryEditor.DeleteAsync(db, engagement!, itemId, version, ct)).ToHttp(_ => TypedResults.NoContent());
    }


    internal static async Task<IReadOnlyList<BookingWarningItem>> WarningItemsAsync(
        LiaisonDbContext db, EngagementHeader engagement, IStringLocalizerFactory localizers, CancellationToken ct)
    {
        var text = ViewStrings.For(localizers, WarningsView);
        var warnings = await BookingWarnings.ForAsync(db, engagement, ct);
        return warnings.Select(w => new BookingWarningItem(w.Kind, BookingWarningText.Plain(w, text), w.Day, w.Person, w.Slot, w.OtherSlot,
            w.OtherEngagement, w.FromCity, w.ToCity, w.At)).ToList();
    }

    /// <summary>The resources of the warnings partial, which also word the API's and the flash messages' warnings.</summary>
    internal const string WarningsView = "Features.Engagements.Itinerary._Warnings";

    internal static async Task AuditReadAsync(LiaisonDbContext db, EngagementHeader engagement)
    {
        if (engagement.Classification >= Classification.Confidential)
        {
            await db.AuditReadAsync("Engagement", engagement.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
