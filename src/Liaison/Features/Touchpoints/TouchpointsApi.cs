namespace Liaison.Features.Touchpoints;

/// <summary>REST endpoints for touchpoints and timelines.</summary>
public static class TouchpointsApi
{
    public static IServiceCollection AddTouchpoints(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapTouchpoints(this RouteGroupBuilder api) => api;
}
