using System.Threading.RateLimiting;
using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Work;

/// <summary>REST endpoints for tasks, "my work" and the calendar feed (the feed itself is served outside /api).</summary>
public static class TasksApi
{
    public const string FeedRateLimit = "calendar-feed";

    public static IServiceCollection AddWork(this IServiceCollection services)
    {
        // Calendar apps poll every few minutes to hours; anything faster from one address is guessing or a runaway client.
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(FeedRateLimit, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    public static RouteGroupBuilder MapTasks(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Tasks").RequireAuthorization(Policies.Reader);
        tasks.MapGet("/", ListAsync).WithName("ListTasks")
            .WithSummary("Tasks the caller may see: view=mine|assigned|desks|all, status=open|done|cancelled|all, due range, overdue, paged.");
        tasks.MapGet("/{id:int}", GetAsync).WithName("GetTask");
        tasks.MapPost("/", CreateAsync).WithName("CreateTask")
            .WithSummary("Creates a task; assigning it to someone else or linking it to a record takes an editor or protocol officer of the record's desk.");
        tasks.MapPut("/{id:int}", UpdateAsync).WithName("UpdateTask")
            .WithSummary("Updates a task (owner or creator); the body's version must match the stored one, otherwise 409 lists what changed.");
        tasks.MapPost("/{id:int}/complete", CompleteAsync).WithName("CompleteTask")
            .WithSummary("Marks a task done (owner or creator); an optional version in the body must match.");

        api.MapGet("/my-work", MyWorkAsync).WithTags("Tasks").WithName("MyWork").RequireAuthorization(Policies.Reader)
            .WithSummary("The caller's overdue and upcoming tasks, people due for contact, anniversaries and dormant ties (months=6|12|24).");

        var feed = api.MapGroup("/calendar-feed").WithTags("Tasks").RequireAuthorization(Policies.Reader);
        feed.MapPost("/", CreateFeedAsync).WithName("CreateCalendarFeed")
            .WithSummary("Creates the caller's secret calendar-feed URL, revoking any earlier one. The URL is returned once.");
        feed.MapDelete("/", RevokeFeedAsync).WithName("RevokeCalendarFeed");
        return tasks;
    }

    /// <summary>The secret-URL iCalendar feed, outside /api (calendar apps cannot send tokens).</summary>
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{secret}.ics", FeedAsync).WithName("CalendarFeed").AllowAnonymous().RequireRateLimiting(FeedRateLimit)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<Ok<Page<TaskListItem>>> ListAsync(
        LiaisonDbContext db, string? view, string? status, DateOnly? from, DateOnly? to, bool? overdue, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await TaskQueries.ListAsync(db, new TaskFilter(view, status, from, to, overdue == true, page, pageSize), ct));

    private static async Task<Results<Ok<TaskDetail>, NotFound>> GetAsync(int id, LiaisonDbContext db, CancellationToken ct) =>
        await TaskQueries.DetailAsync(db, id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<IResult> CreateAsync(TaskInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await TaskEditor.CreateAsync(db, input, ct)).ToHttp(saved =>
            TypedResults.Created($"/api/v1/tasks/{saved.Id}", new { saved.Id, saved.Version }));

    private static async Task<IResult> UpdateAsync(int id, TaskInput input, LiaisonDbContext db, CancellationToken ct) =>
        (await TaskEditor.UpdateAsync(db, id, input, ct)).ToHttp(saved => TypedResults.Ok(new { saved.Id, saved.Version }));

    private static async Task<IResult> CompleteAsync(int id, TaskStatusRequest? body, LiaisonDbContext db, CancellationToken ct) =>
        (await TaskEditor.SetStatusAsync(db, id, WorkStatus.Done, body?.Version, ct)).ToHttp(saved => TypedResults.Ok(new { saved.Id, saved.Version }));

    private static async Task<Ok<MyWork>> MyWorkAsync(LiaisonDbContext db, int? months, CancellationToken ct) =>
        TypedResults.Ok(await MyWorkQueries.LoadAsync(db, months, ct));

    private static async Task<Results<Created<CalendarFeedCreated>, UnauthorizedHttpResult>> CreateFeedAsync(HttpContext http, LiaisonDbContext db, CancellationToken ct)
    {
        if (db.Scope.UserId is not { } me)
        {
            return TypedResults.Unauthorized();
        }

        var secret = await CalendarFeeds.CreateAsync(db, me, ct);
        var url = $"{http.Request.Scheme}://{http.Request.Host}{CalendarFeeds.PathFor(secret)}";
        return TypedResults.Created("/api/v1/calendar-feed", new CalendarFeedCreated(url));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeFeedAsync(LiaisonDbContext db, CancellationToken ct) =>
        db.Scope.UserId is { } me && await CalendarFeeds.RevokeAsync(db, me, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<IResult> FeedAsync(string secret, HttpContext http, LiaisonDbContext db, IStringLocalizerFactory localizers, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}";
        var ics = await CalendarFeeds.RenderAsync(db, localizers, secret, baseUrl, ct);
        return ics is null
            ? TypedResults.NotFound()
            : TypedResults.Text(ics, "text/calendar; charset=utf-8");
    }
}

/// <summary>The new feed's address: shown once, keep it secret (anyone with it reads your calendar).</summary>
public sealed record CalendarFeedCreated(string Url);
