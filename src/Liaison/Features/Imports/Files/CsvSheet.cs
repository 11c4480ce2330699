using System.Text;
using CsvHelper;

namespace Liaison.Features.Imports.Files;

/// <summary>Reads a CSV file's records with CsvHelper, in the sniffed (or chosen) encoding and delimiter.</summary>
internal sealed class CsvSheet
{
    private static readonly char[] Delimiters = [',', ';', '\t', '|'];
    private readonly string _path;
    private readonly SpreadsheetLimits _limits;
    private readonly CsvEncoding _encoding;
    private char? _delimiter;

    public CsvSheet(string path, SpreadsheetLimits limits, ReadOnlySpan<byte> start, SpreadsheetOptions options)
    {
        _path = path;
        _limits = limits;
        _encoding = CsvEncoding.Detect(path, start, options.Encoding);
        if (!_encoding.IsUtf16 && LooksBinary(start))
        {
            throw new SpreadsheetException(SpreadsheetMessages.NotCsvOrXlsx);
        }

        if (options.Delimiter is { } delimiter)
        {
            var named = delimiter switch { "\\t" or "tab" => "\t", _ => delimiter };
            _delimiter = named.Length == 1 && Delimiters.Contains(named[0])
                ? named[0]
                : throw new SpreadsheetException(SpreadsheetMessages.UnknownDelimiter, delimiter);
        }
    }

    public CsvEncoding Encoding => _encoding;

    /// <summary>The delimiter in use: the user's, or the one CsvHelper detected while the header was read.</summary>
    public char Delimiter => _delimiter ?? ',';

    public IEnumerable<SheetRecord> Records(int width, CancellationToken ct)
    {
        var malformed = new Queue<CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = _delimiter,
            Encoding = _encoding.Encoding.CodePage == 65001 ? null : _encoding.Encoding,
            SkipEmptyLines = false,
            DetectSeparatorHint = false,
            MaxRecordSize = MaxRecordBytes(),
            OnMalformedRecord = malformed.Enqueue,
        };

        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var reader = CsvReader.Create(stream, options, leaveOpen: false);
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            bool more;
            try
            {
                more = reader.Read();
            }
            catch (CsvFormatException ex)
            {
                throw new SpreadsheetException(SpreadsheetMessages.UnreadableRow, (int)ex.RecordNumber) { Row = (int)ex.RecordNumber };
            }

            var number = more ? (int)reader.RowNumber : int.MaxValue;
            while (malformed.TryPeek(out var bad) && bad.RecordNumber <= number)
            {
                malformed.Dequeue();
                Reject(bad);
            }

            if (!more)
            {
                yield break;
            }

            _delimiter ??= reader.Separator;
            yield return Record(reader, number, width);
        }
    }

    /// <summary>A stray quote inside an unquoted cell (<c>5" screen</c>) is kept as written; the other faults lose text.</summary>
    private static void Reject(CsvMalformedRecord bad)
    {
        var row = (int)bad.RecordNumber;
        switch (bad.Reason)
        {
            case CsvMalformedReason.StrayQuote or CsvMalformedReason.FieldCountMismatch:
                return;
            case CsvMalformedReason.TextAfterClosingQuote:
                throw new SpreadsheetException(SpreadsheetMessages.TextAfterQuote, row) { Row = row };
            case CsvMalformedReason.UnterminatedQuote:
                throw new SpreadsheetException(SpreadsheetMessages.UnclosedQuote, row) { Row = row };
            default:
                throw new SpreadsheetException(SpreadsheetMessages.UnreadableRow, row) { Row = row };
        }
    }

    private SheetRecord Record(CsvReader reader, int number, int width)
    {
        var cells = new string[width];
        var extra = 0;
        var last = 0;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var value = reader[i].ToString();
            if (value.Length > _limits.MaxCellLength)
            {
                throw new SpreadsheetException(SpreadsheetMessages.CellTooLong, number, i + 1, value.Length, _limits.MaxCellLength) { Row = number };
            }

            if (i < width)
            {
                cells[i] = value;
            }

            if (!string.IsNullOrWhiteSpace(value))
            {
                last = i + 1;
                extra += i >= width ? 1 : 0;
            }
        }

        for (var i = reader.FieldCount; i < width; i++)
        {
            cells[i] = "";
        }

        return new SheetRecord(number, cells, extra, last);
    }

    /// <summary>Room for a full row of the longest cells (UTF-8, quoted), so an unclosed quote stops there rather than at 2 GB.</summary>
    private int MaxRecordBytes() =>
        (int)Math.Min(int.MaxValue / 4, Math.Max(1L << 20, (long)_limits.MaxColumns * ((_limits.MaxCellLength * 3L) + 3)));

    /// <summary>Text files have no NUL bytes and few control characters; spreadsheets, images and archives have many.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> start)
    {
        var control = 0;
        foreach (var b in start)
        {
            if (b == 0)
            {
                return true;
            }

            control += b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f') ? 1 : 0;
        }

        return control * 100 > start.Length;
    }
}
