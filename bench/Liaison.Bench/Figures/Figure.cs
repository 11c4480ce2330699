namespace Liaison.Bench.Figures;

/// <summary>
/// One measured figure for one provider: its number (what the SQLite/PostgreSQL ratio is taken of), how it reads in
/// the table, its target and whether it was met, and the raw numbers behind it for the JSON.
/// </summary>
public sealed record Figure(
    string Group,
    string Name,
    double Value,
    string Unit,
    string Display,
    string? Target = null,
    bool? Met = null,
    object? Raw = null)
{
    public string Key => $"{Group} | {Name}";

    public static Figure AtMost(string group, string name, double value, string unit, double limit, string display, object? raw = null) =>
        new(group, name, value, unit, display, $"≤ {limit:0.##} {unit}".TrimEnd(), value <= limit, raw);

    public static Figure AtLeast(string group, string name, double value, string unit, double limit, string display, object? raw = null) =>
        new(group, name, value, unit, display, $"≥ {limit:0.##} {unit}".TrimEnd(), value >= limit, raw);
}
