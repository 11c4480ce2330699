namespace Liaison.Features.Work;

/// <summary>REST endpoints for tasks, "my work" and the calendar feed (the feed itself is served outside /api).</summary>
public static class TasksApi
{
    public static IServiceCollection AddWork(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapTasks(this RouteGroupBuilder api) => api;

    /// <summary>The secret-URL iCalendar feed, outside /api (calendar apps cannot send tokens).</summary>
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app) => app;
}
