using System.Text;

namespace Liaison.Features.Engagements.Documents;

/// <summary>File names as stored: no path, no control or reserved characters, at most 255 characters, the real extension.</summary>
public static class DocumentFileName
{
    public const int MaxLength = 255;
    private const string Reserved = "<>:\"/\\|?*";

    public static string Sanitize(string? name, SniffedType type)
    {
        var raw = name ?? "";
        var lastSlash = Math.Max(raw.LastIndexOf('/'), raw.LastIndexOf('\\'));
        raw = raw[(lastSlash + 1)..];
        var clean = new StringBuilder(raw.Length);
        foreach (var rune in raw.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || (rune.IsAscii && Reserved.Contains((char)rune.Value, StringComparison.Ordinal))
                || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            clean.Append(rune.ToString());
        }

        var text = clean.ToString().Trim().Trim('.').Trim();
        var extension = Path.GetExtension(text);
        var stem = extension.Length > 0 ? text[..^extension.Length] : text;
        if (!Matches(extension, type))
        {
            // The name says something else than the content: the content decides, the name follows.
            stem = text;
            extension = type.Extension;
        }

        if (string.IsNullOrWhiteSpace(stem))
        {
            stem = "document";
        }

        var room = MaxLength - extension.Length;
        if (stem.Length > room)
        {
            stem = stem[..(char.IsHighSurrogate(stem[room - 1]) ? room - 1 : room)];
        }

        return stem + extension.ToLowerInvariant();
    }

    private static bool Matches(string extension, SniffedType type) => extension.ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => type.ContentType == "image/jpeg",
        ".md" or ".txt" => type.ContentType.StartsWith("text/plain", StringComparison.Ordinal),
        var e => e == type.Extension,
    };
}
