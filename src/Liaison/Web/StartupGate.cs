namespace Liaison.Web;

/// <summary>
/// Holds requests until the start-up work (schema upgrade, reference data, a first administrator) has finished, so that
/// the server can build its pipeline and bind its port meanwhile, on the other core. Open unless <c>liaison serve</c>
/// closes it: tests and commands do their start-up work before anything is served.
/// </summary>
public sealed class StartupGate
{
    public Task Ready { get; private set; } = Task.CompletedTask;

    public void HoldUntil(Task work) => Ready = work;
}

public static class StartupGateExtensions
{
    public static IApplicationBuilder UseStartupGate(this IApplicationBuilder app)
    {
        var gate = app.ApplicationServices.GetRequiredService<StartupGate>();
        return app.Use(async (context, next) =>
        {
            if (!gate.Ready.IsCompletedSuccessfully)
            {
                await gate.Ready.WaitAsync(context.RequestAborted);
            }

            await next(context);
        });
    }
}
