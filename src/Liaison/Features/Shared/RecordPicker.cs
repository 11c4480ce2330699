using System.Globalization;

namespace Liaison.Features.Shared;

/// <summary>A record already chosen in a <see cref="RecordPicker"/>.</summary>
public sealed record PickedRecord(int Id, string Label);

/// <summary>
/// The model of <c>_RecordPicker.cshtml</c>: a typeahead over the search API (people, organizations or countries) that posts
/// the chosen ids as hidden inputs named <see cref="Name"/>. Without JavaScript the chosen records still post.
/// </summary>
/// <param name="Name">The form field the ids are posted as (e.g. "Input.PersonIds").</param>
/// <param name="Kind">A <see cref="Search.SearchKinds"/> value: "person", "org" or "country".</param>
public sealed record RecordPicker(string Name, string Kind, string Label, IReadOnlyList<PickedRecord> Selected, bool Multiple = true, string? Hint = null)
{
    public string InputId => "picker-" + string.Concat(Name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).ToLower(CultureInfo.InvariantCulture);
}
