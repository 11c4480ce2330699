using System.Text;

namespace Liaison.Features.Imports.Files;

/// <summary>The text encoding of a CSV file: named by the user, or sniffed from its byte order mark and its bytes.</summary>
internal sealed record CsvEncoding(Encoding Encoding, string Name, bool ByteOrderMark)
{
    private const int ChunkBytes = 64 * 1024;

    static CsvEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public bool IsUtf16 => Encoding.CodePage is 1200 or 1201;

    public static CsvEncoding Detect(string path, ReadOnlySpan<byte> start, string? overrideName)
    {
        var bom = ByteOrderMarkOf(start);
        if (overrideName is not null)
        {
            return Named(overrideName, bom is not null);
        }

        if (bom is not null)
        {
            return bom;
        }

        if (Decodes(path, new UTF8Encoding(false, true), out _))
        {
            return new CsvEncoding(new UTF8Encoding(false), "utf-8", false);
        }

        // Windows-1252 text often decodes as GB18030 too ("Mü" is a rare ideograph), so the Chinese must look like
        // Chinese: most of its ideographs from the common GB2312 range, where both bytes are 0xA1 or more.
        var gb18030 = Encoding.GetEncoding("gb18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return Decodes(path, gb18030, out var chinese) && chinese.Ideographs > 0 && chinese.Common * 2 >= chinese.Ideographs
            ? new CsvEncoding(Encoding.GetEncoding("gb18030"), "gb18030", false)
            : new CsvEncoding(Encoding.GetEncoding(1252), "windows-1252", false);
    }

    private static CsvEncoding? ByteOrderMarkOf(ReadOnlySpan<byte> start) => start switch
    {
        [0xEF, 0xBB, 0xBF, ..] => new CsvEncoding(new UTF8Encoding(false), "utf-8", true),
        [0xFF, 0xFE, ..] => new CsvEncoding(new UnicodeEncoding(false, false), "utf-16le", true),
        [0xFE, 0xFF, ..] => new CsvEncoding(new UnicodeEncoding(true, false), "utf-16be", true),
        _ => null,
    };

    private static CsvEncoding Named(string name, bool byteOrderMark)
    {
        var key = name.Trim().ToLowerInvariant();
        var encoding = key switch
        {
            "utf-8" or "utf8" => (Encoding)new UTF8Encoding(false),
            "utf-16le" or "utf-16" or "unicode" => new UnicodeEncoding(false, false),
            "utf-16be" => new UnicodeEncoding(true, false),
            _ => null,
        };
        try
        {
            encoding ??= Encoding.GetEncoding(key);
        }
        catch (ArgumentException)
        {
            throw new SpreadsheetException(SpreadsheetMessages.UnknownEncoding, name);
        }

        var canonical = encoding.CodePage switch { 65001 => "utf-8", 1200 => "utf-16le", 1201 => "utf-16be", _ => encoding.WebName };
        return new CsvEncoding(encoding, canonical, byteOrderMark);
    }

    /// <summary>Whether the whole file decodes without an invalid byte, read in chunks; counts the CJK ideographs met.</summary>
    private static bool Decodes(string path, Encoding encoding, out (int Ideographs, int Common) chinese)
    {
        chinese = (0, 0);
        var decoder = encoding.GetDecoder();
        var bytes = new byte[ChunkBytes];
        var chars = new char[encoding.GetMaxCharCount(ChunkBytes)];
        var encoded = new byte[8];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        try
        {
            int read;
            do
            {
                read = stream.Read(bytes);
                var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: read == 0);
                if (encoding.CodePage == 65001)
                {
                    continue;
                }

                foreach (var c in chars.AsSpan(0, count))
                {
                    if (c is >= '\u3400' and <= '\u9FFF')
                    {
                        chinese.Ideographs++;
                        var n = encoding.GetBytes([c], encoded);
                        chinese.Common += n == 2 && encoded[0] >= 0xA1 && encoded[1] >= 0xA1 ? 1 : 0;
                    }
                }
            }
            while (read > 0);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
