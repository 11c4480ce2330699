using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Liaison.Features.Imports.Files;

namespace Liaison.Tests.Imports.Files;

public sealed class SpreadsheetLimitTests : IDisposable
{
    private readonly SheetFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Ten_thousand_columns_are_refused_with_their_count()
    {
        var header = string.Join(",", Enumerable.Range(1, 10_000).Select(i => $"c{i}"));
        var error = SheetFiles.Fails(_files.Utf8("wide.csv", header + "\n" + header + "\n"));

        error.Format.ShouldBe(SpreadsheetMessages.TooManyColumns);
        error.Message.ShouldBe("The file has 10,000 columns; Liaison reads at most 500.");
    }

    [Fact]
    public void A_large_sheet_streams_row_by_row()
    {
        var path = Path.Combine(_files.Folder, "large.xlsx");
        using (var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var sheet = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                writer.WriteElement(new Row(SheetFiles.Inline("A1", "id"), SheetFiles.Inline("B1", "name")) { RowIndex = 1 });
                for (uint i = 2; i <= 100_001; i++)
                {
                    writer.WriteElement(new Row(SheetFiles.Number($"A{i}", $"{i - 1}"), SheetFiles.Inline($"B{i}", $"Person {i - 1}")) { RowIndex = i });
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "People" });
        }

        var count = 0;
        SpreadsheetRow? last = null;
        foreach (var row in SheetFiles.Open(path).ReadRows())
        {
            count++;
            last = row;
        }

        count.ShouldBe(100_000);
        last!.Number.ShouldBe(100_001);
        last.Cells.ShouldBe(["100000", "Person 100000"]);
    }

    [Fact]
    public void More_rows_than_the_limit_stop_the_read_when_reached()
    {
        var file = SpreadsheetFile.Open(_files.Utf8("rows.csv", "n\n1\n2\n3\n4\n5\n"), SheetFiles.Limits with { MaxRows = 3 });

        var read = new List<string>();
        var error = Should.Throw<SpreadsheetException>(() => read.AddRange(file.ReadRows().Select(r => r.Cells[0])));

        error.Format.ShouldBe(SpreadsheetMessages.TooManyRows);
        error.Row.ShouldBe(5);
        read.ShouldBe(["1", "2", "3"]);
    }

    [Fact]
    public void A_cell_longer_than_the_limit_names_its_row_and_column()
    {
        var error = SheetFiles.Fails(_files.Utf8("long.csv", "a,b\n1,2\n3,\"" + new string('x', 11) + "\"\n"), SheetFiles.Limits with { MaxCellLength = 10 });

        error.Format.ShouldBe(SpreadsheetMessages.CellTooLong);
        error.Row.ShouldBe(3);
        error.Message.ShouldBe("Row 3, column 2: the cell has 11 characters; Liaison reads at most 10.");
    }

    [Fact]
    public void An_unclosed_quote_in_a_large_file_stops_at_the_longest_possible_row()
    {
        var limits = SheetFiles.Limits with { MaxColumns = 2, MaxCellLength = 1_000 };
        var path = _files.Utf8("runaway.csv", "a,b\n1,\"never closed\n" + string.Concat(Enumerable.Repeat("x,y\n", 400_000)));

        var error = SheetFiles.Fails(path, limits);

        error.Row.ShouldBe(2);
        error.Format.ShouldBe(SpreadsheetMessages.UnreadableRow);
    }
}
