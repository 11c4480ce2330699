namespace Liaison.Web;

/// <summary>
/// Holds requests until the start-up work (schema upgrade, reference data) has finished, so that the server can build
/// its pipeline and bind its port meanwhile, on the other core. Open unless <c>liaison serve</c> closes it: tests and
/// commands do their start-up work before anything is served.
/// </summary>
public sealed class StartupGate
{
    private volatile Task _ready = Task.CompletedTask;

    /// <summary>Completes when requests may proceed; faults when the start-up work failed.</summary>
    public Task Ready => _ready;

    /// <summary>Holds every request until <paramref name="work"/> has finished.</summary>
    public void HoldUntil(Task work) => _ready = work;
}

public static class StartupGateExtensions
{
    /// <summary>
    /// The first middleware: a request waits for the start-up work, and gets 503 with Retry-After if it failed (the
    /// server is then stopping), so nothing reaches a database that is not ready.
    /// </summary>
    public static IApplicationBuilder UseStartupGate(this IApplicationBuilder app)
    {
        var gate = app.ApplicationServices.GetRequiredService<StartupGate>();
        return app.Use(async (context, next) =>
        {
            var ready = gate.Ready;
            if (!ready.IsCompletedSuccessfully)
            {
                await Task.WhenAny(ready).WaitAsync(context.RequestAborted);
                if (!ready.IsCompletedSuccessfully)
                {
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    context.Response.Headers.RetryAfter = "10";
                    return;
                }
            }

            await next(context);
        });
    }
}
