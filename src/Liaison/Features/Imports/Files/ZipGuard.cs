using System.IO.Compression;
using System.Text;

namespace Liaison.Features.Imports.Files;

/// <summary>
/// Checks an XLSX zip before the Open XML SDK sees it: how many entries, how large they claim to be once decompressed,
/// how strongly compressed, and that no XML part declares a DTD (external entities, entity expansion).
/// </summary>
internal static class ZipGuard
{
    public const int MaxEntries = 10_000;
    private const long RatioCheckedFrom = 1L << 20;
    private const int PrologBytes = 8 * 1024;

    /// <summary>The declared decompressed size of every entry, by name; throws when the zip is unsafe or damaged.</summary>
    public static Dictionary<string, long> Inspect(Stream stream, SpreadsheetLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                throw new SpreadsheetException(SpreadsheetMessages.ZipBomb);
            }

            var sizes = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
            var total = 0L;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? entry.Length : entry.Length / entry.CompressedLength;
                if (total > limits.MaxUncompressedBytes || (entry.Length > RatioCheckedFrom && ratio > limits.MaxCompressionRatio))
                {
                    throw new SpreadsheetException(SpreadsheetMessages.ZipBomb);
                }

                sizes[entry.FullName] = entry.Length;
            }

            foreach (var entry in zip.Entries)
            {
                if (entry.Length > 0 && DeclaresDocumentType(entry))
                {
                    throw new SpreadsheetException(SpreadsheetMessages.DocumentType);
                }
            }

            return sizes;
        }
        catch (InvalidDataException)
        {
            throw new SpreadsheetException(SpreadsheetMessages.DamagedZip);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    /// <summary>Whether the entry is XML with a &lt;!DOCTYPE before its root element (only the prolog is read).</summary>
    private static bool DeclaresDocumentType(ZipArchiveEntry entry)
    {
        var buffer = new byte[(int)Math.Min(PrologBytes, entry.Length)];
        using (var stream = entry.Open())
        {
            buffer = buffer[..stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)];
        }

        var (encoding, skip) = buffer switch
        {
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            [(byte)'<', 0, ..] => (Encoding.Unicode, 0),
            [0, (byte)'<', ..] => (Encoding.BigEndianUnicode, 0),
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            _ => (Encoding.UTF8, 0),
        };
        var text = encoding.GetString(buffer, skip, buffer.Length - skip).AsSpan();
        while (true)
        {
            text = text.TrimStart();
            var end = text.StartsWith("<?") ? text.IndexOf("?>") + 2 : text.StartsWith("<!--") ? text.IndexOf("-->") + 3 : -1;
            if (end <= 1)
            {
                return text.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
            }

            text = text[end..];
        }
    }
}

/// <summary>A decompressed part that may not yield more than its zip entry declared: the data, not the header, is the bomb.</summary>
internal sealed class BoundedReadStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        return _read > limit ? throw new SpreadsheetException(SpreadsheetMessages.ZipBomb) : n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
