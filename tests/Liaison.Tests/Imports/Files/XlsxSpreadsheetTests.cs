using DocumentFormat.OpenXml.Spreadsheet;
using Liaison.Features.Imports.Files;
using static Liaison.Tests.Imports.Files.SheetFiles;

namespace Liaison.Tests.Imports.Files;

public sealed class XlsxSpreadsheetTests : IDisposable
{
    private readonly SheetFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Shared_and_inline_strings_read_as_text()
    {
        SharedStringItem[] shared =
        [
            new(new Text("name")),
            new(new Text("习近平")),
            new(new Run(new Text("Rich ")), new Run(new Text("text")), new PhoneticRun(new Text("ignored")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }),
        ];
        var path = _files.Xlsx("strings.xlsx", shared, ("People", [Shared("A1", 0), Inline("B1", " note "), Shared("A2", 1), Inline("B2", "  spaced  "), Shared("A3", 2)]));

        var file = Open(path);

        file.Format.ShouldBe(SpreadsheetFormat.Xlsx);
        file.EncodingName.ShouldBeNull();
        file.Delimiter.ShouldBeNull();
        file.SheetName.ShouldBe("People");
        file.Headers.ShouldBe(["name", "note"]);
        file.ReadRows().Select(r => r.Cells).ShouldBe([["习近平", "  spaced  "], ["Rich text", ""]]);
    }

    [Fact]
    public void Numbers_read_in_invariant_culture_without_exponents_for_integers()
    {
        var path = _files.Xlsx("numbers.xlsx", ("Sheet1",
        [
            Inline("A1", "n"),
            Number("A2", "1000000000000000"), Number("A3", "1E+15"), Number("A4", "0.1"), Number("A5", "-42"),
            Number("A6", "3.14159"), Number("A7", "1.5", style: 3), Number("A8", "123456789012"),
        ]));

        var values = CultureScope.Run("de-DE", () => Open(path).ReadRows().Select(r => r.Cells[0]).ToList());

        values.ShouldBe(["1000000000000000", "1000000000000000", "0.1", "-42", "3.14159", "1.5", "123456789012"]);
    }

    [Fact]
    public void Dates_read_as_iso_dates_with_a_time_when_there_is_one()
    {
        var path = _files.Xlsx("dates.xlsx", ("Sheet1",
        [
            Inline("A1", "when"),
            Number("A2", "45292", style: 1), Number("A3", "45292.5", style: 2), Number("A4", "45292", style: 2),
            Number("A5", "45292.75", style: 1), Number("A6", "45292"), Number("A7", "0.5", style: 4), Number("A8", "45292.5000115741", style: 2),
            Number("A9", "1", style: 1), Number("A10", "59", style: 1), Number("A11", "61", style: 1),
            new Cell { CellReference = "A12", DataType = CellValues.Date, CellValue = new CellValue("2024-03-05T09:30:00") },
        ]));

        Open(path).ReadRows().Select(r => r.Cells[0]).ShouldBe(
        [
            "2024-01-01", "2024-01-01T12:00", "2024-01-01", "2024-01-01T18:00", "45292", "12:00", "2024-01-01T12:00:01",
            "1900-01-01", "1900-02-28", "1900-03-01", "2024-03-05T09:30",
        ]);
    }

    [Fact]
    public void Booleans_formulas_and_errors_read_as_their_cached_values()
    {
        var path = _files.Xlsx("formulas.xlsx", ("Sheet1",
        [
            Inline("A1", "bool"), Inline("B1", "sum"), Inline("C1", "text"), Inline("D1", "none"), Inline("E1", "error"),
            new Cell { CellReference = "A2", DataType = CellValues.Boolean, CellValue = new CellValue("1") },
            new Cell { CellReference = "B2", CellFormula = new CellFormula("1+1"), CellValue = new CellValue("2") },
            new Cell { CellReference = "C2", DataType = CellValues.String, CellFormula = new CellFormula("UPPER(\"x\")"), CellValue = new CellValue("X") },
            new Cell { CellReference = "D2", CellFormula = new CellFormula("A2*2") },
            new Cell { CellReference = "E2", DataType = CellValues.Error, CellFormula = new CellFormula("1/0"), CellValue = new CellValue("#DIV/0!") },
            new Cell { CellReference = "A3", DataType = CellValues.Boolean, CellValue = new CellValue("0") },
            Inline("B3", "=1+1"),
        ]));

        Open(path).ReadRows().Select(r => r.Cells).ShouldBe([["TRUE", "2", "X", "", "#DIV/0!"], ["FALSE", "=1+1", "", "", ""]]);
    }

    [Fact]
    public void Sparse_cells_land_in_their_columns_and_rows_keep_their_numbers()
    {
        var path = _files.Xlsx("sparse.xlsx", ("Sheet1",
        [
            Inline("B2", "name"), Inline("C2", "city"), Inline("E2", "country"),
            Inline("E5", "France"), Inline("B5", "Anna"), new Cell { CellReference = "C5", StyleIndex = 1 }, new Cell { CellReference = "D5" },
            Inline("C9", "Rome"), Inline("G9", "extra"),
        ]));
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, true))
        {
            var data = document.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!;
            data.InsertBefore(new Row { RowIndex = 7 }, data.Elements<Row>().Last());
        }

        var file = Open(path);

        file.Headers.ShouldBe(["Column 1", "name", "city", "Column 4", "country"]);
        var rows = file.ReadRows().ToList();
        rows.Select(r => r.Number).ShouldBe([5, 9]);
        rows[0].Cells.ShouldBe(["", "Anna", "", "", "France"]);
        rows[1].Cells.ShouldBe(["", "", "Rome", "", ""]);
        rows[1].ExtraCells.ShouldBe(1);
    }

    [Fact]
    public void Cells_without_references_follow_each_other()
    {
        var path = _files.Xlsx("unreferenced.xlsx", ("Sheet1", [Inline("A1", "a"), Inline("B1", "b"), Inline("A2", "1"), Inline("B2", "2")]));
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, true))
        {
            foreach (var cell in document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>())
            {
                cell.CellReference = null;
            }
        }

        var file = Open(path);

        file.Headers.ShouldBe(["a", "b"]);
        file.ReadRows().ShouldHaveSingleItem().Cells.ShouldBe(["1", "2"]);
    }

    [Fact]
    public void The_first_sheet_is_read_unless_the_user_chooses_another()
    {
        var path = _files.Xlsx("sheets.xlsx", ("Parties", [Inline("A1", "party"), Inline("A2", "SPD")]), ("People", [Inline("A1", "person"), Inline("A2", "Anna")]));

        var first = Open(path);
        var chosen = Open(path, new SpreadsheetOptions(Sheet: "people"));

        first.Sheets.ShouldBe(["Parties", "People"]);
        first.SheetName.ShouldBe("Parties");
        first.ReadRows().ShouldHaveSingleItem().Cells.ShouldBe(["SPD"]);
        chosen.SheetName.ShouldBe("People");
        chosen.ReadRows().ShouldHaveSingleItem().Cells.ShouldBe(["Anna"]);
        var error = Should.Throw<SpreadsheetException>(() => Open(path, new SpreadsheetOptions(Sheet: "Votes")));
        error.Format.ShouldBe(SpreadsheetMessages.UnknownSheet);
        error.Message.ShouldBe("The workbook has no sheet named \"Votes\". Its sheets: Parties, People.");
    }

    [Fact]
    public void A_header_only_sheet_has_no_rows_and_an_empty_sheet_has_no_header()
    {
        Open(_files.Xlsx("header.xlsx", ("Sheet1", [Inline("A1", "name")]))).ReadRows().ShouldBeEmpty();
        Should.Throw<SpreadsheetException>(() => Open(_files.Xlsx("empty.xlsx", ("Sheet1", [])))).Format.ShouldBe(SpreadsheetMessages.NoHeader);
    }

    [Fact]
    public void A_long_cell_names_its_row_and_column()
    {
        var path = _files.Xlsx("long.xlsx", ("Sheet1", [Inline("A1", "a"), Inline("B1", "b"), Inline("B3", new string('x', 11))]));

        var error = SheetFiles.Fails(path, Limits with { MaxCellLength = 10 });

        error.Format.ShouldBe(SpreadsheetMessages.CellTooLong);
        error.Row.ShouldBe(3);
        error.Message.ShouldBe("Row 3, column B: the cell has 11 characters; Liaison reads at most 10.");
    }

    private static class CultureScope
    {
        public static T Run<T>(string culture, Func<T> action)
        {
            var previous = System.Globalization.CultureInfo.CurrentCulture;
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
            try
            {
                return action();
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = previous;
            }
        }
    }
}
