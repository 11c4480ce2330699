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
    string SharedData)
{
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    public bool IsDemo => Scale == "demo";
}
