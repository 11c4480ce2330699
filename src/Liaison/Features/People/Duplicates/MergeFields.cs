using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Liaison.Features.People.Duplicates;

/// <summary>Which record a merged field's value comes from.</summary>
public enum MergeSide
{
    Survivor = 0,
    Merged = 1,
}

/// <summary>
/// The person fields a merge chooses between, and their values as JSON so a merge can record and later restore them
/// exactly.
/// </summary>
public static class MergeFields
{
    /// <summary>Every field a user chooses when merging, in display order.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        nameof(Person.NameEn), nameof(Person.NameNative), nameof(Person.NameRomanized), nameof(Person.NameZh),
        nameof(Person.FamilyName), nameof(Person.GivenName), nameof(Person.NameOrder), nameof(Person.Honorific),
        nameof(Person.FormOfAddress), nameof(Person.Gender), nameof(Person.BirthYear), nameof(Person.BirthDate),
        nameof(Person.CountryId), nameof(Person.Languages), nameof(Person.Biography), nameof(Person.Diet), nameof(Person.Religion),
        nameof(Person.InterpreterLanguage), nameof(Person.ProtocolNotes), nameof(Person.Tags), nameof(Person.Classification),
        nameof(Person.TierId), nameof(Person.OwnerId),
    ];

    /// <summary>Fields the merge sets itself (recorded so a revert restores them too).</summary>
    public static readonly IReadOnlyList<string> Derived = [nameof(Person.LastTouchpointOn), nameof(Person.PhotoUpdatedAt)];

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private static readonly Dictionary<string, PropertyInfo> Properties =
        Names.Concat(Derived).ToDictionary(n => n, n => typeof(Person).GetProperty(n)!, StringComparer.Ordinal);

    public static bool IsKnown(string field) => Names.Contains(field, StringComparer.Ordinal);

    public static object? Get(Person person, string field) => Properties[field].GetValue(person);

    public static void Set(Person person, string field, object? value) => Properties[field].SetValue(person, value);

    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => string.IsNullOrWhiteSpace(s),
        Gender g => g == Gender.Unknown,
        _ => false,
    };

    /// <summary>The values of every recorded field, as JSON values keyed by field name.</summary>
    public static Dictionary<string, JsonElement> Snapshot(Person person) =>
        Properties.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value.GetValue(person), p.Value.PropertyType, Json), StringComparer.Ordinal);

    public static object? FromJson(string field, JsonElement value) => value.Deserialize(Properties[field].PropertyType, Json);

    /// <summary>Whether the person's current value of a field equals a recorded one.</summary>
    public static bool Matches(Person person, string field, JsonElement recorded) =>
        JsonSerializer.SerializeToElement(Get(person, field), Properties[field].PropertyType, Json).GetRawText() == recorded.GetRawText();

    /// <summary>
    /// The default choice for a field: the survivor's value, unless it is empty and the merged record's is not, or both
    /// differ and the merged record was updated more recently. The classification defaults to the higher one.
    /// </summary>
    public static MergeSide DefaultSide(Person survivor, Person merged, string field)
    {
        var mine = Get(survivor, field);
        var theirs = Get(merged, field);
        if (field == nameof(Person.Classification))
        {
            // Never lower the protection of what either record held.
            return merged.Classification > survivor.Classification ? MergeSide.Merged : MergeSide.Survivor;
        }

        if (IsEmpty(theirs) || Equals(mine, theirs))
        {
            return MergeSide.Survivor;
        }

        if (IsEmpty(mine))
        {
            return MergeSide.Merged;
        }

        return merged.UpdatedAt > survivor.UpdatedAt ? MergeSide.Merged : MergeSide.Survivor;
    }
}
