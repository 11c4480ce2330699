namespace Liaison.Features.Engagements.Itinerary;

/// <summary>REST endpoints for an engagement's itinerary and its booking warnings.</summary>
public static class ItineraryApi
{
    public static IServiceCollection AddItinerary(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapItinerary(this RouteGroupBuilder api) => api;
}
