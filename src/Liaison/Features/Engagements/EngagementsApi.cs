namespace Liaison.Features.Engagements;

/// <summary>REST endpoints for engagements, their lifecycle and delegation members.</summary>
public static class EngagementsApi
{
    public static IServiceCollection AddEngagements(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapEngagements(this RouteGroupBuilder api) => api;
}
