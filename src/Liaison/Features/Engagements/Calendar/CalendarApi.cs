using Liaison.Data;
using Liaison.Features.Work;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Engagements.Calendar;

/// <summary>The engagements calendar as data: <c>GET /api/v1/engagements/calendar</c>.</summary>
public sealed record CalendarItems(DateOnly From, DateOnly To, IReadOnlyList<CalendarEntry> Items, bool Truncated);

/// <summary>REST endpoints and the iCalendar feed of the engagements calendar.</summary>
public static class CalendarApi
{
    public static IServiceCollection AddEngagementCalendar(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapEngagementCalendar(this RouteGroupBuilder api)
    {
        api.MapGet("/engagements/calendar", RangeAsync).WithTags("Engagements").WithName("EngagementCalendar")
            .WithSummary("Engagements the caller may see overlapping from..to (at most 366 days; default: the next 31 days), by desk, kind and "
                + "status (repeat or comma-separate; default: all but cancelled and postponed; \"all\" for every status).")
            .RequireAuthorization(Policies.Reader);
        return api;
    }

    /// <summary>The engagements feed at the user's secret calendar address, outside /api (calendar apps cannot send tokens).</summary>
    public static IEndpointRouteBuilder MapEngagementFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{secret}/engagements.ics", FeedAsync).WithName("EngagementCalendarFeed").AllowAnonymous()
            .RequireRateLimiting(TasksApi.FeedRateLimit).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<CalendarItems>, ValidationProblem>> RangeAsync(
        LiaisonDbContext db, DateOnly? from, DateOnly? to, int? desk, EngagementKind? kind, [FromQuery] string[]? status, CancellationToken ct)
    {
        var start = from ?? DateOnly.FromDateTime(Clock.UtcNow);
        var end = to ?? start.AddDays(30);
        var errors = new Dictionary<string, string[]>();
        if (end < start)
        {
            errors["to"] = ["The end date cannot be before the start date."];
        }
        else if (end.DayNumber - start.DayNumber + 1 > CalendarQueries.MaxRangeDays)
        {
            errors["to"] = [$"The range can span at most {CalendarQueries.MaxRangeDays} days."];
        }

        var statuses = CalendarQueries.ParseStatuses(status);
        if (statuses is null)
        {
            errors["status"] = ["Unknown status; use " + string.Join(", ", Enum.GetNames<EngagementStatus>()) + " or all."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var items = await CalendarQueries.RangeAsync(db, start, end, new CalendarFilter(desk, kind, statuses!), ct);
        return TypedResults.Ok(new CalendarItems(start, end, items, items.Count >= CalendarQueries.RangeLimit));
    }

    private static async Task<IResult> FeedAsync(
        string secret, int? desk, EngagementKind? kind, HttpContext http, LiaisonDbContext db, IStringLocalizerFactory localizers, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}";
        var ics = await EngagementFeed.RenderAsync(db, localizers, secret, baseUrl, desk, kind, ct);
        return ics is null ? TypedResults.NotFound() : TypedResults.Text(ics, "text/calendar; charset=utf-8");
    }
}
