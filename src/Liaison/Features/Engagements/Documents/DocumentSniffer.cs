using System.IO.Compression;
using System.Text;
using Liaison.Features.People;

namespace Liaison.Features.Engagements.Documents;

/// <summary>What a file really is, decided from its bytes: the type it is stored and served as, and its usual extension.</summary>
public sealed record SniffedType(string ContentType, string Extension, bool IsImage);

/// <summary>
/// Recognizes the document types an engagement accepts from their content, never from the name or the type the client
/// claims: PDF, JPEG, PNG, WebP, Word/Excel/PowerPoint (OOXML zip packages, inspected with limits against zip bombs) and
/// plain UTF-8 text (only for .txt and .md names, since any text could be anything).
/// </summary>
public static class DocumentSniffer
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /// <summary>More entries than any real Office file has; beyond it the archive is not inspected.</summary>
    public const int MaxZipEntries = 10_000;

    /// <summary>The most uncompressed bytes the entries may declare in total.</summary>
    public const long MaxDeclaredUncompressed = 512L * 1024 * 1024;

    /// <summary>The most bytes of [Content_Types].xml that are ever decompressed.</summary>
    public const int MaxContentTypesBytes = 1024 * 1024;

    public static SniffedType? Sniff(byte[] bytes, string fileName)
    {
        if (bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            return new("application/pdf", ".pdf", false);
        }

        if (PhotoStore.Sniff(bytes) is { } image)
        {
            return new(image, image switch { "image/png" => ".png", "image/webp" => ".webp", _ => ".jpg" }, true);
        }

        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return SniffOffice(bytes);
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is ".txt" or ".md" && IsUtf8Text(bytes))
        {
            return new("text/plain; charset=utf-8", extension, false);
        }

        return null;
    }

    private static SniffedType? SniffOffice(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var entries = zip.Entries;
            if (entries.Count is 0 or > MaxZipEntries)
            {
                return null;
            }

            long declared = 0;
            foreach (var entry in entries)
            {
                declared += entry.Length;
                if (entry.Length < 0 || declared > MaxDeclaredUncompressed)
                {
                    return null;
                }
            }

            var contentTypes = zip.GetEntry("[Content_Types].xml");
            if (contentTypes is null || contentTypes.Length > MaxContentTypesBytes || !ReadsWithin(contentTypes, MaxContentTypesBytes))
            {
                return null;
            }

            var names = entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            return names.Contains("word/document.xml") ? new(Docx, ".docx", false)
                : names.Contains("xl/workbook.xml") ? new(Xlsx, ".xlsx", false)
                : names.Contains("ppt/presentation.xml") ? new(Pptx, ".pptx", false)
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Decompresses at most <paramref name="limit"/> bytes: an entry that lies about its size is caught here.</summary>
    private static bool ReadsWithin(ZipArchiveEntry entry, int limit)
    {
        using var stream = entry.Open();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return false;
            }
        }

        return total > 0;
    }

    private static bool IsUtf8Text(byte[] bytes)
    {
        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
        {
            return false;
        }

        try
        {
            _ = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
