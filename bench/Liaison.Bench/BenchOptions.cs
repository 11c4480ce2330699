namespace Liaison.Bench;

public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>Everything the one bench command is told.</summary>
public sealed record BenchOptions(
    string Scale,
    int Seed,
    IReadOnlyList<Provider> Providers,
    int Concurrency,
    double Seconds,
    bool Sustained,
    string DataRoot,
    string OutDir,
    string SharedData,
    IReadOnlyList<string> Only)
{
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    public bool IsDemo => Scale == "demo";

    /// <summary>Only some page kinds (by part of their name), for profiling: the other figures are skipped.</summary>
    public bool IsPartial => Only.Count > 0;

    public bool Measures(string pageKey) => !IsPartial || Only.Any(o => pageKey.Contains(o, StringComparison.OrdinalIgnoreCase));
}
