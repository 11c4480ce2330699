namespace Liaison.Features.Engagements.Calendar;

/// <summary>REST endpoints and the iCalendar feed of the engagements calendar.</summary>
public static class CalendarApi
{
    public static IServiceCollection AddEngagementCalendar(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapEngagementCalendar(this RouteGroupBuilder api) => api;

    public static IEndpointRouteBuilder MapEngagementFeed(this IEndpointRouteBuilder app) => app;
}
