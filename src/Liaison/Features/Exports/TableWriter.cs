using System.Globalization;
using System.Text;
using System.Xml;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Liaison.Features.Exports;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>One column of an exported list: its header and how a row gives its value (text, number, date or null).</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value);

/// <summary>
/// Writes rows as they come (constant memory) to CSV (CsvHelper, UTF-8 with a byte-order mark for spreadsheet programs)
/// or XLSX (the Open XML SDK's streaming writer). Cells that a spreadsheet would run as a formula are neutralised: in
/// CSV a leading <c>= + - @</c>, tab or carriage return gets a quote in front; in XLSX every text is an inline string,
/// which spreadsheets never evaluate, so the text stays exactly as stored.
/// </summary>
public static class TableWriter
{
    /// <summary>CSV for people to open in a spreadsheet: a byte-order mark so it reads as UTF-8, formula cells escaped.</summary>
    public static readonly CsvWriterOptions SpreadsheetCsvOptions = new()
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=@+-\t\r",
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>
    /// CSV as data (<c>liaison export</c>): the same writer, but every value exactly as stored — no formula escaping — and no
    /// byte-order mark, which database loaders would read as part of the first column's name.
    /// </summary>
    public static readonly CsvWriterOptions DataCsvOptions = SpreadsheetCsvOptions with { Injection = CsvInjection.None, WriteByteOrderMark = false };

    public static async Task<long> WriteCsvAsync<T>(Stream output, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, SpreadsheetCsvOptions, true);
        foreach (var column in columns)
        {
            csv.WriteField(column.Header);
        }

        await csv.EndRecordAsync(ct);
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var column in columns)
            {
                csv.WriteField(Text(column.Value(row)));
            }

            await csv.EndRecordAsync(ct);
            count++;
        }

        await csv.FlushAsync(ct);
        return count;
    }

    private const string SheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// XLSX needs a seekable package: it is written to <paramref name="buffer"/> (a temporary file), then copied. The
    /// sheet's cells are written as plain XML: an element object per cell made the export take three times as long as the CSV.
    /// </summary>
    public static async Task<long> WriteXlsxAsync<T>(
        Stream output, Stream buffer, string sheetName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        long count = 0;
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            using (var stream = sheetPart.GetStream(FileMode.Create, FileAccess.Write))
            using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            {
                xml.WriteStartDocument(true);
                xml.WriteStartElement("worksheet", SheetNamespace);
                xml.WriteStartElement("sheetData", SheetNamespace);
                WriteRow(xml, columns.Select(c => (object?)c.Header));
                await foreach (var row in rows.WithCancellation(ct))
                {
                    WriteRow(xml, columns.Select(c => c.Value(row)));
                    count++;
                }

                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndDocument();
            }

            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
        return count;
    }

    private static void WriteRow(XmlWriter xml, IEnumerable<object?> values)
    {
        xml.WriteStartElement("row", SheetNamespace);
        foreach (var value in values)
        {
            xml.WriteStartElement("c", SheetNamespace);
            switch (value)
            {
                case null:
                    break;
                case int or long or double or decimal:
                    xml.WriteAttributeString("t", "n");
                    xml.WriteElementString("v", SheetNamespace, Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
                default:
                    xml.WriteAttributeString("t", "inlineStr");
                    xml.WriteStartElement("is", SheetNamespace);
                    xml.WriteStartElement("t", SheetNamespace);
                    xml.WriteAttributeString("xml", "space", null, "preserve");
                    xml.WriteString(XmlSafe(Text(value)!));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                    break;
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>
    /// Characters XML cannot carry (control characters, unpaired surrogates) written as spreadsheet escapes (<c>_x0001_</c>),
    /// and a literal <c>_x</c> that would read as one escaped in turn, so every stored text comes back unchanged.
    /// </summary>
    private static string XmlSafe(string text)
    {
        if (text.All(c => XmlConvertible(c) && c != '_'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pairedSurrogate = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pairedSurrogate)
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (!XmlConvertible(c) || (c == '_' && i + 1 < text.Length && text[i + 1] == 'x'))
            {
                sb.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool XmlConvertible(char c) =>
        c is '\t' or '\n' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
}
