using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Liaison.Features.Imports.Files;

namespace Liaison.Tests.Imports.Files;

/// <summary>A temporary folder of fixture files, written by the tests and deleted after them.</summary>
public sealed class SheetFiles : IDisposable
{
    public static readonly SpreadsheetLimits Limits = new();

    static SheetFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public string Folder { get; } = Directory.CreateTempSubdirectory("liaison-sheets-").FullName;

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Text(string name, string text, Encoding encoding, bool bom = false) =>
        Write(name, [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);

    public string Utf8(string name, string text) => Text(name, text, new UTF8Encoding(false));

    public static SpreadsheetFile Open(string path, SpreadsheetOptions? options = null) => SpreadsheetFile.Open(path, Limits, options);

    public static SpreadsheetException Fails(string path, SpreadsheetLimits? limits = null, SpreadsheetOptions? options = null) =>
        Should.Throw<SpreadsheetException>(() => SpreadsheetFile.Open(path, limits ?? Limits, options).ReadRows().ToList());

    /// <summary>
    /// An XLSX with one sheet per entry of <paramref name="sheets"/>; cells are given by reference (A1, C5). Style 1 is the
    /// built-in date format 14, style 2 a custom "dd/mm/yyyy hh:mm", style 3 a plain "0.00", style 4 the built-in time h:mm.
    /// </summary>
    public string Xlsx(string name, params (string Name, Cell[] Cells)[] sheets) => Xlsx(name, [], sheets);

    /// <summary>The same, with a shared string table holding <paramref name="shared"/>.</summary>
    public string Xlsx(string name, SharedStringItem[] shared, params (string Name, Cell[] Cells)[] sheets)
    {
        var path = Path.Combine(Folder, name);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy hh:mm" }, new NumberingFormat { NumberFormatId = 165, FormatCode = "0.00" }),
            new Fonts(new Font()),
            new Fills(new Fill()),
            new Borders(new Border()),
            new CellFormats(new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 14 }, new CellFormat { NumberFormatId = 164 }, new CellFormat { NumberFormatId = 165 }, new CellFormat { NumberFormatId = 20 }));
        if (shared.Length > 0)
        {
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(shared.Select(i => (SharedStringItem)i.CloneNode(true)));
        }

        uint id = 1;
        foreach (var (sheetName, cells) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var row in cells.GroupBy(c => uint.Parse(new string(c.CellReference!.Value!.SkipWhile(char.IsLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture)))
            {
                data.Append(new Row(row.Select(c => (Cell)c.CloneNode(true))) { RowIndex = row.Key });
            }

            part.Worksheet = new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheetName });
        }

        return path;
    }

    public static Cell Inline(string reference, string text) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };

    public static Cell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) };

    public static Cell Number(string reference, string value, uint style = 0) =>
        new() { CellReference = reference, CellValue = new CellValue(value), StyleIndex = style == 0 ? null : style };

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
