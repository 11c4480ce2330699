namespace Liaison.Features.Engagements.Statistics;

/// <summary>REST endpoints for the yearly engagement statistics.</summary>
public static class StatisticsApi
{
    public static IServiceCollection AddStatistics(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapStatistics(this RouteGroupBuilder api) => api;
}
