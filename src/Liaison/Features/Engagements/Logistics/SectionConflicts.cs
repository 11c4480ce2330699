using System.Globalization;
using Liaison.Web;

namespace Liaison.Features.Engagements.Logistics;

/// <summary>Builds the "your value / current value" rows of a 409 for the section records (logistics, gifts, outcomes).</summary>
public sealed class SectionConflicts
{
    private readonly List<FieldChange> _changes = [];

    public SectionConflicts Compare(string field, object? yours, object? current)
    {
        var a = Format(yours);
        var b = Format(current);
        if (!string.Equals(a, b, StringComparison.Ordinal))
        {
            _changes.Add(new FieldChange(field, a, b));
        }

        return this;
    }

    public ConflictDetails Details(string title, int currentVersion) => new(title, currentVersion, _changes);

    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.00", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    // Text is kept as typed (hostile strings must round-trip byte for byte); only all-blank becomes null.
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
