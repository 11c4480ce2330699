namespace Liaison.Features.Engagements.Logistics;

/// <summary>REST endpoints for an engagement's logistics and gift register.</summary>
public static class LogisticsApi
{
    public static IServiceCollection AddLogistics(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapLogistics(this RouteGroupBuilder api) => api;
}
