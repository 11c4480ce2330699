using System.Globalization;
using System.Reflection;
using Liaison.Features.Countries;
using Liaison.Features.Imports.Files;
using Liaison.Security;
using Liaison.Web;

namespace Liaison.Features.Imports.Wizard;

/// <summary>One spreadsheet row read as a record: the values of the fields it fills, keyed by the record's property.</summary>
internal abstract class SheetRow(SpreadsheetRow source)
{
    public SpreadsheetRow Source { get; } = source;
    public List<RowError> Errors { get; } = [];
    public int? Id { get; set; }
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);
    public Country? Country { get; set; }
    public List<string> OtherNames { get; } = [];
    /// <summary>How the row is named in the preview and its messages.</summary>
    public virtual string Name => Values.GetValueOrDefault("NameEn") as string ?? "";
    public Classification? Classification => Values.GetValueOrDefault("Classification") as Classification?;
}

/// <summary>What people and organizations read alike: names and texts checked as their forms do, the id, other names, country and classification.</summary>
internal static class SheetRowReader
{
    public delegate string? CellOf(SpreadsheetRow row, string field);

    public delegate RowError ErrorOf(SpreadsheetRow row, string field, string format, params object[] args);

    /// <summary>
    /// Puts the text fields into the row and into <paramref name="input"/> (the form's request type), then checks the input
    /// with its annotations; the <paramref name="required"/> field (the English name unless said) must have a value.
    /// </summary>
    public static void ReadTexts(
        SheetRow row, object input, IReadOnlyList<(string Field, string Property)> fields, CellOf cell, ErrorOf error, Func<string, string, string?>? clean = null,
        string required = "name_en", string requiredMessage = "The English name is required.")
    {
        var source = row.Source;
        foreach (var (field, property) in fields)
        {
            if (cell(source, field) is { } text)
            {
                var value = clean is null ? text : clean(property, text);
                row.Values[property] = value;
                Property(input.GetType(), property).SetValue(input, value);
            }
        }

        var requiredProperty = fields.First(f => f.Field == required).Property;
        var named = cell(source, required) is not null;
        if (!named)
        {
            row.Errors.Add(error(source, required, requiredMessage));
        }

        foreach (var (property, messages) in RequestValidation.Validate(input).Where(e => e.Key != requiredProperty || named))
        {
            var field = fields.FirstOrDefault(f => f.Property == property).Field ?? required;
            row.Errors.AddRange(messages.Select(m => error(source, field, m)));
        }
    }

    public static void ReadId(SheetRow row, CellOf cell, ErrorOf error)
    {
        if (cell(row.Source, "id") is { } id)
        {
            if (int.TryParse(id.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                row.Id = number;
            }
            else
            {
                row.Errors.Add(error(row.Source, "id", "“{0}” is not a Liaison id (a whole number).", id));
            }
        }
    }

    /// <summary>Other names, separated by <c>;</c>; names too long to store or holding NUL are left out.</summary>
    public static void ReadOtherNames(SheetRow row, CellOf cell, int nameLength) =>
        row.OtherNames.AddRange((cell(row.Source, "other_names") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => n.Length <= nameLength && !n.Contains('\0', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal));

    public static void ReadCountryAndClassification(SheetRow row, CellOf cell, ErrorOf error, CountryLookup countries)
    {
        var source = row.Source;
        if (cell(source, "country") is { } country)
        {
            row.Country = countries.Find(country);
            if (row.Country is null)
            {
                row.Errors.Add(error(source, "country", "Unknown country “{0}”: write its ISO code (VNM, VN) or its name.", country));
            }
            else
            {
                row.Values["CountryId"] = row.Country.Id;
            }
        }

        if (cell(source, "classification") is { } classification)
        {
            if (CellParsers.TryEnum<Classification>(classification, out var c))
            {
                row.Values["Classification"] = c;
            }
            else
            {
                row.Errors.Add(error(source, "classification", "Unknown classification “{0}”: write one of {1}.", classification, CellParsers.Choices<Classification>()));
            }
        }
    }

    /// <summary>
    /// Sets the row's values on a record (every one when <paramref name="apply"/>, else none) and returns the previous value
    /// of each that differs, for the provenance row and a rollback.
    /// </summary>
    public static Dictionary<string, object?> Assign(object record, SheetRow row, bool apply)
    {
        var previous = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in row.Values)
        {
            var property = Property(record.GetType(), name);
            var current = property.GetValue(record);
            if (!Equals(current, value))
            {
                previous.TryAdd(name, current);
                if (apply)
                {
                    property.SetValue(record, value);
                }
            }
        }

        return previous;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, string), PropertyInfo> Properties = new();

    private static PropertyInfo Property(Type type, string name) => Properties.GetOrAdd((type, name), key => key.Item1.GetProperty(key.Item2)!);
}
