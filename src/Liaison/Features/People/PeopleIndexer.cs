using Liaison.Data;
using Liaison.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.People;

/// <summary>
/// Keeps the search entries and duplicate-matching keys of people in step with their names and channels. Runs inside
/// the saving transaction (see LiaisonDbContext.SaveChanges), reading through no visibility filter.
/// </summary>
public static class PeopleIndexer
{
    public static async Task ReindexAsync(LiaisonDbContext db, IReadOnlyCollection<int> personIds, CancellationToken ct = default)
    {
        foreach (var chunk in personIds.Where(id => id > 0).Distinct().Chunk(500))
        {
            await db.SearchEntries.Where(e => e.Kind == SearchKinds.Person && chunk.Contains(e.RecordId)).ExecuteDeleteAsync(ct);
            await db.PersonMatchKeys.IgnoreQueryFilters().Where(k => chunk.Contains(k.PersonId)).ExecuteDeleteAsync(ct);
            var people = await db.People.IgnoreQueryFilters().AsNoTracking().AsSplitQuery()
                .Where(p => chunk.Contains(p.Id) && p.MergedIntoId == null)
                .Select(p => new IndexedPerson(
                    p.Id, p.NameEn, p.NameNative, p.NameRomanized, p.NameZh, p.FamilyName, p.GivenName,
                    p.OtherNames.Select(n => n.Name).ToList(),
                    p.Channels.Select(c => new IndexedChannel(c.Kind, c.Value)).ToList()))
                .ToListAsync(ct);
            foreach (var person in people)
            {
                db.SearchEntries.AddRange(SearchIndexer.EntriesFor(SearchKinds.Person, person.Id, SearchNames(person)));
                db.PersonMatchKeys.AddRange(MatchKeys(person).Select(k => new PersonMatchKey { PersonId = person.Id, Key = k }));
            }
        }
    }

    public sealed record IndexedChannel(ChannelKind Kind, string Value);

    public sealed record IndexedPerson(
        int Id, string NameEn, string? NameNative, string? NameRomanized, string? NameZh, string? FamilyName, string? GivenName,
        IReadOnlyList<string> OtherNames, IReadOnlyList<IndexedChannel> Channels)
    {
        public IEnumerable<string?> Names =>
            new[] { NameEn, NameNative, NameRomanized, NameZh }.Concat(OtherNames);
    }

    /// <summary>Every name, plus the names without spaces ("xijinping") and in both orders of family and given name.</summary>
    public static IEnumerable<string?> SearchNames(IndexedPerson person)
    {
        foreach (var name in person.Names)
        {
            yield return name;
            var normalized = TextNormalizer.Normalize(name);
            if (normalized.Contains(' ', StringComparison.Ordinal))
            {
                yield return TextNormalizer.Compact(normalized);
            }
        }

        if (person.FamilyName is { Length: > 0 } family && person.GivenName is { Length: > 0 } given)
        {
            yield return family + " " + given;
            yield return given + " " + family;
        }
    }

    /// <summary>
    /// Keys under which two records of one person meet: every name with its words sorted and spaces removed (so "Xi Jinping",
    /// "XI Jinping" and "Jinping Xi" meet, and so do "Nguyễn Phú Trọng" and "Nguyen Phu Trong"), e-mail addresses, phone
    /// numbers (last nine digits) and messaging handles.
    /// </summary>
    public static IEnumerable<string> MatchKeys(IndexedPerson person)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in person.Names.Append(person.FamilyName is null || person.GivenName is null ? null : person.FamilyName + " " + person.GivenName))
        {
            var normalized = TextNormalizer.Normalize(name);
            var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
            var key = string.Concat(words);
            if (key.Length >= MinimumNameKeyLength(key))
            {
                keys.Add(Truncate("n:" + key));
            }
        }

        foreach (var channel in person.Channels)
        {
            if (ChannelKey(channel.Kind, channel.Value) is { } key)
            {
                keys.Add(Truncate(key));
            }
        }

        return keys;
    }

    public static string? ChannelKey(ChannelKind kind, string value)
    {
        var trimmed = value.Trim();
        switch (kind)
        {
            case ChannelKind.Email:
                return trimmed.Contains('@', StringComparison.Ordinal) ? "e:" + trimmed.ToLowerInvariant() : null;
            case ChannelKind.Phone or ChannelKind.Mobile or ChannelKind.WhatsApp or ChannelKind.Signal or ChannelKind.Telegram
                when trimmed.Count(char.IsAsciiDigit) >= 7 && !trimmed.Any(char.IsAsciiLetter):
                var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
                return "p:" + (digits.Length > 9 ? digits[^9..] : digits);
            case ChannelKind.WeChat or ChannelKind.Line or ChannelKind.Telegram or ChannelKind.Signal or ChannelKind.Other
                when trimmed.Length >= 3:
                return "h:" + kind.ToString().ToLowerInvariant() + ":" + TextNormalizer.Compact(TextNormalizer.Normalize(trimmed.TrimStart('@')));
            default:
                return null;
        }
    }

    // Short Latin keys ("li", "kim") would pair strangers; two CJK characters are already a full name.
    private static int MinimumNameKeyLength(string key) => key.Any(c => c > 0x2E80) ? 2 : 6;

    private static string Truncate(string key) => key.Length > 200 ? key[..200] : key;
}
