using System.Collections;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Liaison.Web;

/// <summary>
/// Finds what the user typed that could not be read into a typed field (a date like 2021-02-30, letters in a number):
/// the binder leaves such a field empty, and saving would silently erase the stored value.
/// </summary>
public static partial class UnreadableValues
{
    public static IReadOnlyList<(string Key, string Attempted)> Find(ModelStateDictionary modelState, object input, string prefix)
    {
        var found = new List<(string, string)>();
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count == 0 || string.IsNullOrWhiteSpace(entry.AttemptedValue) || !key.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                continue;
            }

            if (ResolveType(input, key[(prefix.Length + 1)..]) is { } type && type != typeof(string))
            {
                found.Add((key, entry.AttemptedValue));
            }
        }

        return found;
    }

    /// <summary>Puts the unreadable values back as errors after a page cleared its model state.</summary>
    public static bool AddTo(ModelStateDictionary modelState, IReadOnlyList<(string Key, string Attempted)> unreadable, Func<string, string> message)
    {
        foreach (var (key, attempted) in unreadable)
        {
            modelState.AddModelError(key, message(attempted));
        }

        return unreadable.Count > 0;
    }

    private static Type? ResolveType(object root, string path)
    {
        var type = root.GetType();
        foreach (Match segment in Segment().Matches(path))
        {
            var property = type.GetProperty(segment.Groups[1].Value);
            if (property is null)
            {
                return null;
            }

            type = property.PropertyType;
            if (segment.Groups[2].Success && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType)
            {
                type = type.GetGenericArguments()[0];
            }
        }

        return type;
    }

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*)(\[\d+\])?")]
    private static partial Regex Segment();
}
