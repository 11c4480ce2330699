namespace Liaison.Features.Imports.Files;

/// <summary>
/// A CSV or XLSX upload, sniffed and checked against <see cref="SpreadsheetLimits"/> when opened: its format, encoding,
/// delimiter or sheet, and its header row. <see cref="ReadRows"/> streams the data rows from the file, as often as needed.
/// Every problem with the file is a <see cref="SpreadsheetException"/>.
/// </summary>
public sealed class SpreadsheetFile
{
    private const int SniffBytes = 8 * 1024;
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly SpreadsheetLimits _limits;
    private readonly Func<int, CancellationToken, IEnumerable<SheetRecord>> _records;
    private readonly int _headerRow;

    private SpreadsheetFile(SpreadsheetLimits limits, SpreadsheetFormat format, Func<int, CancellationToken, IEnumerable<SheetRecord>> records)
    {
        _limits = limits;
        Format = format;
        _records = records;
        var header = records(limits.MaxColumns, CancellationToken.None).FirstOrDefault(r => r.Width > 0);
        if (header.Width == 0)
        {
            throw new SpreadsheetException(SpreadsheetMessages.NoHeader);
        }

        if (header.Width > limits.MaxColumns)
        {
            throw new SpreadsheetException(SpreadsheetMessages.TooManyColumns, header.Width, limits.MaxColumns) { Row = header.Number };
        }

        _headerRow = header.Number;
        Headers = Names(header.Cells.AsSpan(0, header.Width));
    }

    public SpreadsheetFormat Format { get; }

    /// <summary>CSV: utf-8, utf-16le, utf-16be, gb18030, windows-1252, or the encoding the user chose.</summary>
    public string? EncodingName { get; private init; }

    public bool ByteOrderMark { get; private init; }

    /// <summary>CSV: the column delimiter, one of , ; \t |.</summary>
    public string? Delimiter { get; private init; }

    /// <summary>XLSX: the worksheet read (the first one unless the user chose another).</summary>
    public string? SheetName { get; private init; }

    /// <summary>XLSX: every worksheet's name, in the workbook's order.</summary>
    public IReadOnlyList<string> Sheets { get; private init; } = [];

    /// <summary>The header row's names, trimmed; a blank one is "Column 3", a repeated one "Name (2)".</summary>
    public IReadOnlyList<string> Headers { get; }

    public static SpreadsheetFile Open(string path, SpreadsheetLimits limits, SpreadsheetOptions? options = null)
    {
        options ??= new SpreadsheetOptions();
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new SpreadsheetException(SpreadsheetMessages.NotFound);
        }

        if (file.Length > limits.MaxFileBytes)
        {
            throw new SpreadsheetException(SpreadsheetMessages.TooLarge, file.Length, limits.MaxFileBytes);
        }

        if (file.Length == 0)
        {
            throw new SpreadsheetException(SpreadsheetMessages.Empty);
        }

        var start = new byte[(int)Math.Min(SniffBytes, file.Length)];
        using (var stream = file.OpenRead())
        {
            stream.ReadExactly(start);
        }

        if (start.AsSpan().StartsWith(ZipMagic))
        {
            var xlsx = new XlsxSheet(path, limits, options.Sheet);
            return new SpreadsheetFile(limits, SpreadsheetFormat.Xlsx, xlsx.Records) { SheetName = xlsx.SheetName, Sheets = xlsx.Sheets };
        }

        if (start.AsSpan().StartsWith(OleMagic))
        {
            throw new SpreadsheetException(SpreadsheetMessages.OldExcel);
        }

        var csv = new CsvSheet(path, limits, start, options);
        return new SpreadsheetFile(limits, SpreadsheetFormat.Csv, csv.Records)
        {
            EncodingName = csv.Encoding.Name,
            ByteOrderMark = csv.Encoding.ByteOrderMark,
            Delimiter = csv.Delimiter.ToString(),
        };
    }

    /// <summary>The data rows after the header, blank rows left out; each enumeration reads the file again.</summary>
    public IEnumerable<SpreadsheetRow> ReadRows(CancellationToken ct = default)
    {
        var rows = 0;
        foreach (var record in _records(Headers.Count, ct))
        {
            if (record.Number <= _headerRow || record.Width == 0)
            {
                continue;
            }

            if (++rows > _limits.MaxRows)
            {
                throw new SpreadsheetException(SpreadsheetMessages.TooManyRows, _limits.MaxRows) { Row = record.Number };
            }

            yield return new SpreadsheetRow(record.Number, record.Cells, record.ExtraCells);
        }
    }

    private static string[] Names(ReadOnlySpan<string> cells)
    {
        var names = new string[cells.Length];
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < cells.Length; i++)
        {
            var name = cells[i].Trim() is { Length: > 0 } trimmed ? trimmed : $"Column {i + 1}";
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = $"{name} ({n})";
            }

            names[i] = unique;
        }

        return names;
    }
}
