namespace Liaison.Data;

/// <summary>
/// Builds EF Core's model of the schema on another thread as soon as the services exist. The model (about sixty entity
/// types) takes a third of a cold start to build on first use; started early it overlaps the routing and middleware
/// set-up on the second core, and the first user of the model waits for it (EF builds it once, under a lock).
/// </summary>
public static class ModelWarmup
{
    /// <summary>Starts building the model on the thread pool; nothing waits for the returned task.</summary>
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
