using System.Globalization;

namespace Liaison.Web.Diagnostics;

/// <summary>
/// With <c>Liaison:Diagnostics:ServerTiming</c> on, every response says what it cost in a standard <c>Server-Timing</c>
/// header: <c>app;dur=12.34, db;dur=3.21, sql;desc="4"</c> (server milliseconds until the response started, milliseconds
/// in SQL, SQL statements). The benchmark and the statement-budget tests read it; it is off by default because it tells
/// a client how the server spends its time.
/// </summary>
public static class ServerTiming
{
    public const string Setting = "Liaison:Diagnostics:ServerTiming";

    /// <summary>More statements than this for one request is logged as a warning, with the statements.</summary>
    public const int StatementBudget = 10;

    public static bool Enabled(IConfiguration configuration) => configuration.GetValue<bool>(Setting);

    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var meter = RequestMeter.Start();
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["Server-Timing"] = Format(meter);
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            RequestMeter.Stop();
            if (meter.Statements > StatementBudget)
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServerTiming));
                logger.LogWarning("{Method} {Path} ran {Count} SQL statements (budget {Budget}):\n{Statements}", context.Request.Method,
                    context.Request.Path + context.Request.QueryString, meter.Statements, StatementBudget,
                    string.Join("\n---\n", meter.Commands));
            }
        }
    });

    public static string Format(RequestMeter meter) => string.Create(
        CultureInfo.InvariantCulture,
        $"app;dur={meter.Elapsed.TotalMilliseconds:0.##}, db;dur={meter.DatabaseTime.TotalMilliseconds:0.##}, sql;desc=\"{meter.Statements}\"");
}
