namespace Liaison.Data;

/// <summary>
/// Loads EF Core's model on another thread as soon as the services exist. The model is compiled
/// (<c>Data/CompiledModels</c>), so this is the load of its code and the visibility filters it is given, about a tenth of
/// what building it from the configuration took; started early, it overlaps the routing and middleware set-up on the
/// second core, and the first user of the model waits for it.
/// </summary>
public static class ModelWarmup
{
    /// <summary>Starts loading the model on the thread pool; nothing waits for the returned task.</summary>
    public static Task Start(IServiceProvider services) => Task.Run(() =>
    {
        try
        {
            using var scope = services.CreateScope();
            _ = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Model;
        }
        catch (ObjectDisposedException)
        {
            // A short command finished and disposed the application before the model was needed.
        }
    });
}
