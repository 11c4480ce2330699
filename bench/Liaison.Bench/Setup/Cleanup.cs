using System.Collections.Concurrent;

namespace Liaison.Bench.Setup;

/// <summary>Servers and PostgreSQL clusters still running when the bench is interrupted (Ctrl+C) are stopped here.</summary>
public static class Cleanup
{
    private static readonly ConcurrentDictionary<IDisposable, byte> Live = new();

    static Cleanup()
    {
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            DisposeAll();
            Environment.Exit(130);
        };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DisposeAll();
    }

    public static T Track<T>(T resource)
        where T : IDisposable
    {
        Live[resource] = 0;
        return resource;
    }

    public static void Untrack(IDisposable resource) => Live.TryRemove(resource, out _);

    private static void DisposeAll()
    {
        foreach (var resource in Live.Keys)
        {
            try
            {
                resource.Dispose();
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException)
            {
                Console.Error.WriteLine("cleanup: " + ex.Message);
            }
        }
    }
}
