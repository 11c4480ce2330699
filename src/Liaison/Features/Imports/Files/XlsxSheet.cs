using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Liaison.Features.Imports.Files;

/// <summary>Reads one worksheet of an XLSX workbook row by row with the Open XML SDK's streaming reader.</summary>
internal sealed class XlsxSheet
{
    private readonly string _path;
    private readonly SpreadsheetLimits _limits;
    private readonly Dictionary<string, long> _declaredSizes;
    private readonly string _sheetPartId;
    private readonly XlsxValues _values;

    public XlsxSheet(string path, SpreadsheetLimits limits, string? sheet)
    {
        _path = path;
        _limits = limits;
        using var stream = OpenFile(path);
        _declaredSizes = ZipGuard.Inspect(stream, limits);
        (Sheets, SheetName, _sheetPartId, _values) = Guarded(() =>
        {
            using var document = SpreadsheetDocument.Open(stream, false, Settings(limits));
            var workbook = document.WorkbookPart is { } part && IsSpreadsheet(part.ContentType)
                ? part
                : throw new SpreadsheetException(SpreadsheetMessages.NotWorkbook);
            var worksheets = (workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
                .Where(s => s.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) && part is WorksheetPart)
                .Select(s => (Name: s.Name?.Value ?? "", Id: s.Id!.Value!))
                .ToList();
            if (worksheets.Count == 0)
            {
                throw new SpreadsheetException(SpreadsheetMessages.NoWorksheet);
            }

            var chosen = sheet is null ? worksheets[0] : worksheets.FirstOrDefault(s => string.Equals(s.Name, sheet, StringComparison.OrdinalIgnoreCase));
            if (chosen.Id is null)
            {
                throw new SpreadsheetException(SpreadsheetMessages.UnknownSheet, sheet!, string.Join(", ", worksheets.Select(s => s.Name)));
            }

            var values = XlsxValues.Load(workbook, SharedStrings(workbook.SharedStringTablePart));
            return (worksheets.Select(s => s.Name).ToList(), chosen.Name, chosen.Id, values);
        });
    }

    public IReadOnlyList<string> Sheets { get; }
    public string SheetName { get; }

    public IEnumerable<SheetRecord> Records(int width, CancellationToken ct)
    {
        using var stream = OpenFile(_path);
        using var document = Guarded(() => SpreadsheetDocument.Open(stream, false, Settings(_limits)));
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById(_sheetPartId);
        using var cursor = Guarded(() => new RowCursor(Reader(part), _values, _limits, width));
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (Guarded(cursor.Next) is not { } record)
            {
                yield break;
            }

            yield return record;
        }
    }

    private List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = Reader(part);
        while (!reader.EOF)
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(XlsxValues.RichText((SharedStringItem)reader.LoadCurrentElement()!));
            }
            else
            {
                reader.Read();
            }
        }

        return strings;
    }

    /// <summary>A streaming reader, on the part's first element, that stops when the part yields more than its zip entry declared.</summary>
    private OpenXmlPartReader Reader(OpenXmlPart part)
    {
        var declared = _declaredSizes.TryGetValue(part.Uri.OriginalString.TrimStart('/'), out var size) ? size : _limits.MaxUncompressedBytes;
        var stream = new BoundedReadStream(part.GetStream(FileMode.Open, FileAccess.Read), Math.Min(declared, _limits.MaxUncompressedBytes));
        var reader = new OpenXmlPartReader(stream, part.Features, new OpenXmlPartReaderOptions
        {
            CloseStream = true,
            IgnoreWhitespace = false,
            MaxCharactersInPart = _limits.MaxUncompressedBytes,
        });
        reader.Read();
        return reader;
    }

    private static OpenSettings Settings(SpreadsheetLimits limits) => new() { MaxCharactersInPart = limits.MaxUncompressedBytes, AutoSave = false };

    private static FileStream OpenFile(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read);

    /// <summary>The SDK's and the zip reader's exceptions as the user's error: a damaged workbook, or no workbook at all.</summary>
    private static T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or KeyNotFoundException)
        {
            throw new SpreadsheetException(SpreadsheetMessages.NotWorkbook);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or InvalidCastException or FormatException)
        {
            throw new SpreadsheetException(SpreadsheetMessages.DamagedWorkbook);
        }
    }

    /// <summary>A Word or PowerPoint file has the same kind of main part; only SpreadsheetML content types are workbooks.</summary>
    private static bool IsSpreadsheet(string contentType) =>
        contentType.StartsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.", StringComparison.Ordinal) ||
        contentType.StartsWith("application/vnd.ms-excel.", StringComparison.Ordinal);

    /// <summary>Walks the sheet's rows and cells; a cell's column comes from its reference (C5), so sparse rows land right.</summary>
    private sealed class RowCursor(OpenXmlPartReader reader, XlsxValues values, SpreadsheetLimits limits, int width) : IDisposable
    {
        private int _previousRow;

        public SheetRecord? Next()
        {
            string[]? cells = null;
            int number = 0, extra = 0, last = 0, column = 0;
            while (!reader.EOF)
            {
                if (cells is not null && reader.ElementType == typeof(Cell) && reader.IsStartElement)
                {
                    var (reference, value) = ReadCell();
                    column = ColumnOf(reference) ?? column + 1;
                    if (value.Length > limits.MaxCellLength)
                    {
                        throw new SpreadsheetException(SpreadsheetMessages.CellTooLong, number, ColumnName(column), value.Length, limits.MaxCellLength) { Row = number };
                    }

                    if (column <= width)
                    {
                        cells[column - 1] = value;
                    }

                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        last = Math.Max(last, column);
                        extra += column > width ? 1 : 0;
                    }

                    continue;
                }

                if (reader.ElementType == typeof(Row) && reader.IsEndElement && cells is not null)
                {
                    reader.Read();
                    return new SheetRecord(number, cells, extra, last);
                }

                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var r = reader.Attributes.FirstOrDefault(a => a.LocalName == "r" && a.NamespaceUri.Length == 0).Value;
                    number = int.TryParse(r, out var n) && n > 0 ? n : _previousRow + 1;
                    _previousRow = number;
                    cells = new string[width];
                    Array.Fill(cells, "");
                }

                reader.Read();
            }

            return null;
        }

        public void Dispose() => reader.Dispose();

        /// <summary>Reads the cell the reader is on, from its attributes and children (no DOM element per cell), and moves past it.</summary>
        private (string? Reference, string Value) ReadCell()
        {
            string? reference = null, type = null;
            uint? style = null;
            foreach (var attribute in reader.Attributes)
            {
                switch (attribute.LocalName)
                {
                    case "r":
                        reference = attribute.Value;
                        break;
                    case "t":
                        type = attribute.Value;
                        break;
                    case "s":
                        style = uint.TryParse(attribute.Value, out var s) ? s : null;
                        break;
                    default:
                        break;
                }
            }

            string? raw = null, inline = null;
            reader.Read();
            while (!reader.EOF && reader.ElementType != typeof(Cell) && reader.ElementType != typeof(Row))
            {
                if (reader.ElementType == typeof(InlineString) && reader.IsStartElement)
                {
                    inline = XlsxValues.RichText((InlineString)reader.LoadCurrentElement()!);
                    continue;
                }

                if (reader.ElementType == typeof(CellValue) && reader.IsStartElement)
                {
                    raw = reader.GetText();
                }

                reader.Read();
            }

            if (!reader.EOF && reader.ElementType == typeof(Cell) && reader.IsEndElement)
            {
                reader.Read();
            }

            return (reference, type == "inlineStr" ? inline ?? "" : values.Text(type, style, raw));
        }

        /// <summary>The 1-based column of a reference such as C5 (3), or null when there is none.</summary>
        private static int? ColumnOf(string? reference)
        {
            var column = 0;
            foreach (var c in reference ?? "")
            {
                if (c is >= 'A' and <= 'Z')
                {
                    column = (column * 26) + (c - 'A' + 1);
                }
                else if (c is >= 'a' and <= 'z')
                {
                    column = (column * 26) + (c - 'a' + 1);
                }
                else
                {
                    break;
                }

                if (column > 16_384)
                {
                    return null;
                }
            }

            return column > 0 ? column : null;
        }

        private static string ColumnName(int column)
        {
            var name = "";
            for (; column > 0; column = (column - 1) / 26)
            {
                name = (char)('A' + ((column - 1) % 26)) + name;
            }

            return name;
        }
    }
}
