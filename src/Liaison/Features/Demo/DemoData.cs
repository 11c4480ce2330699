using Liaison.Data;

namespace Liaison.Features.Demo;

/// <summary>Generated, realistic demo data (fixed seed) for the embedded default.</summary>
public static class DemoData
{
    public const int DefaultSeed = 2026;

    public static Task LoadAsync(LiaisonDbContext db, int seed, CancellationToken ct = default) => Task.CompletedTask;
}
