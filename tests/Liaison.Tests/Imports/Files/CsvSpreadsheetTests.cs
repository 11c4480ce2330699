using System.Text;
using Liaison.Features.Imports.Files;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Imports.Files;

public sealed class CsvSpreadsheetTests : IDisposable
{
    private readonly SheetFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf8_with_or_without_a_byte_order_mark_reads_the_same(bool bom)
    {
        var file = SheetFiles.Open(_files.Text("utf8.csv", "name,city\nJosé,Zürich\n", new UTF8Encoding(bom), bom));

        file.Format.ShouldBe(SpreadsheetFormat.Csv);
        file.EncodingName.ShouldBe("utf-8");
        file.ByteOrderMark.ShouldBe(bom);
        file.Delimiter.ShouldBe(",");
        file.Headers.ShouldBe(["name", "city"]);
        var row = file.ReadRows().ShouldHaveSingleItem();
        row.Number.ShouldBe(2);
        row.Cells.ShouldBe(["José", "Zürich"]);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_with_a_byte_order_mark(string name)
    {
        var encoding = name == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var file = SheetFiles.Open(_files.Text("utf16.csv", "姓名\tcity\n习近平\tMünchen\n", encoding, bom: true));

        file.EncodingName.ShouldBe(name);
        file.ByteOrderMark.ShouldBeTrue();
        file.Delimiter.ShouldBe("\t");
        file.Headers.ShouldBe(["姓名", "city"]);
        file.ReadRows().ShouldHaveSingleItem().Cells.ShouldBe(["习近平", "München"]);
    }

    [Fact]
    public void Chinese_names_in_gb18030_are_recognised()
    {
        var gb18030 = Encoding.GetEncoding("gb18030");
        var file = SheetFiles.Open(_files.Text("gb.csv", "姓名,党派,城市\n习近平,中国共产党,北京\n王小明,民主党派,上海\n", gb18030));

        file.EncodingName.ShouldBe("gb18030");
        file.Headers.ShouldBe(["姓名", "党派", "城市"]);
        file.ReadRows().Select(r => r.Cells[0]).ShouldBe(["习近平", "王小明"]);
    }

    [Fact]
    public void Windows_1252_names_are_recognised_even_where_they_would_decode_as_gb18030()
    {
        // "Mü" (4D FC 6C) is valid GB18030 too: a rare ideograph. The sniffer must not be fooled by it.
        var bytes = Encoding.GetEncoding(1252).GetBytes("name;city\nMüller;München\nJörg;Köln\n");
        var strict = Encoding.GetEncoding("gb18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        strict.GetString(bytes).ShouldContain("ler;");

        var file = SheetFiles.Open(_files.Write("latin.csv", bytes));

        file.EncodingName.ShouldBe("windows-1252");
        file.Delimiter.ShouldBe(";");
        file.ReadRows().Select(r => r.Cells).ShouldBe([["Müller", "München"], ["Jörg", "Köln"]]);
    }

    [Fact]
    public void Windows_1252_names_that_are_not_gb18030_are_recognised()
    {
        var file = SheetFiles.Open(_files.Text("latin.csv", "name,city\nJosé,São Paulo\nRenée,Zürich\n", Encoding.GetEncoding(1252)));

        file.EncodingName.ShouldBe("windows-1252");
        file.ReadRows().Select(r => r.Cells).ShouldBe([["José", "São Paulo"], ["Renée", "Zürich"]]);
    }

    [Fact]
    public void The_users_encoding_and_delimiter_win_over_the_sniffed_ones()
    {
        var path = _files.Text("override.csv", "a|b;c\nMüller|x;y\n", Encoding.GetEncoding(1252));

        var sniffed = SheetFiles.Open(path);
        var chosen = SheetFiles.Open(path, new SpreadsheetOptions(Encoding: "ISO-8859-1", Delimiter: ";"));

        chosen.EncodingName.ShouldBe("iso-8859-1");
        chosen.Delimiter.ShouldBe(";");
        chosen.Headers.ShouldBe(["a|b", "c"]);
        chosen.ReadRows().ShouldHaveSingleItem().Cells.ShouldBe(["Müller|x", "y"]);
        sniffed.EncodingName.ShouldBe("windows-1252");
    }

    [Fact]
    public void An_unknown_encoding_or_delimiter_is_refused()
    {
        var path = _files.Utf8("plain.csv", "a,b\n1,2\n");

        SheetFiles.Fails(path, options: new SpreadsheetOptions(Encoding: "klingon")).Format.ShouldBe(SpreadsheetMessages.UnknownEncoding);
        SheetFiles.Fails(path, options: new SpreadsheetOptions(Delimiter: "x")).Format.ShouldBe(SpreadsheetMessages.UnknownDelimiter);
        SheetFiles.Open(path, new SpreadsheetOptions(Delimiter: "tab")).Delimiter.ShouldBe("\t");
    }

    [Theory]
    [InlineData("name\tcity\nAnna\tRome\n", "\t")]
    [InlineData("name|city\nAnna|Rome\n", "|")]
    [InlineData("name;city\nAnna;Rome, Italy\n", ";")]
    public void The_delimiter_is_detected(string text, string delimiter)
    {
        var file = SheetFiles.Open(_files.Utf8("delimited.csv", text));

        file.Delimiter.ShouldBe(delimiter);
        file.Headers.ShouldBe(["name", "city"]);
    }

    [Fact]
    public void Quoted_newlines_and_doubled_quotes_are_one_cell_and_rows_count_records()
    {
        var file = SheetFiles.Open(_files.Utf8("quoted.csv", "name,note\r\n\"Smith, John\",\"first line\r\nsaid \"\"hi\"\"\"\r\nJane,x\r\n"));

        var rows = file.ReadRows().ToList();
        rows.Select(r => r.Number).ShouldBe([2, 3]);
        rows[0].Cells.ShouldBe(["Smith, John", "first line\r\nsaid \"hi\""]);
    }

    [Fact]
    public void An_unclosed_quote_names_the_row_it_opens_in()
    {
        var file = SheetFiles.Open(_files.Utf8("unclosed.csv", "name,note\nAnna,1\nBert,\"oops\nCarl,3\nDora,4\n"));

        var read = new List<int>();
        var error = Should.Throw<SpreadsheetException>(() => read.AddRange(file.ReadRows().Select(r => r.Number)));
        error.Format.ShouldBe(SpreadsheetMessages.UnclosedQuote);
        error.Row.ShouldBe(3);
        error.Message.ShouldStartWith("Row 3: a quote opens a cell");
        read.ShouldBe([2]);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error_but_a_quote_inside_a_plain_cell_is_kept()
    {
        var error = SheetFiles.Fails(_files.Utf8("after.csv", "name,note\nAnna,1\nBert,\"ab\"c\n"));
        error.Format.ShouldBe(SpreadsheetMessages.TextAfterQuote);
        error.Row.ShouldBe(3);

        var stray = SheetFiles.Open(_files.Utf8("stray.csv", "name,screen\nAnna,5\" wide\n"));
        stray.ReadRows().ShouldHaveSingleItem().Cells.ShouldBe(["Anna", "5\" wide"]);
    }

    [Fact]
    public void Rows_are_padded_to_the_header_and_cells_beyond_it_are_counted()
    {
        var file = SheetFiles.Open(_files.Utf8("ragged.csv", "a,b,c\n1\n1,2,3,4,,6\n1,2,3,,\n"));

        var rows = file.ReadRows().ToList();
        rows.Select(r => r.Cells).ShouldBe([["1", "", ""], ["1", "2", "3"], ["1", "2", "3"]]);
        rows.Select(r => r.ExtraCells).ShouldBe([0, 2, 0]);
    }

    [Fact]
    public void Blank_and_repeated_headers_get_names()
    {
        var file = SheetFiles.Open(_files.Utf8("headers.csv", " Name , name ,,Name,Name (2)\n1,2,3,4,5\n"));

        file.Headers.ShouldBe(["Name", "name (2)", "Column 3", "Name (3)", "Name (2) (2)"]);
    }

    [Fact]
    public void Formula_text_stays_text()
    {
        var file = SheetFiles.Open(_files.Utf8("formulas.csv", "a,b,c,d\n=1+1,+SUM(A1:A2),@cmd,-2\n"));

        file.ReadRows().ShouldHaveSingleItem().Cells.ShouldBe(["=1+1", "+SUM(A1:A2)", "@cmd", "-2"]);
    }

    [Fact]
    public void Blank_rows_are_skipped_and_numbers_stay_those_of_the_file()
    {
        var file = SheetFiles.Open(_files.Utf8("blank.csv", "\na,b\n1,2\n\n , \n3,4\n"));

        file.ReadRows().Select(r => (r.Number, r.Cells[0])).ShouldBe([(3, "1"), (6, "3")]);
    }

    [Fact]
    public void Rows_can_be_read_again()
    {
        var file = SheetFiles.Open(_files.Utf8("again.csv", "a\n1\n2\n"));

        file.ReadRows().Count().ShouldBe(2);
        file.ReadRows().Select(r => r.Cells[0]).ShouldBe(["1", "2"]);
    }

    [Fact]
    public void A_header_only_file_opens_with_no_rows_and_an_empty_one_does_not_open()
    {
        SheetFiles.Open(_files.Utf8("header.csv", "name,city\n")).ReadRows().ShouldBeEmpty();
        Should.Throw<SpreadsheetException>(() => SheetFiles.Open(_files.Utf8("empty.csv", ""))).Format.ShouldBe(SpreadsheetMessages.Empty);
        Should.Throw<SpreadsheetException>(() => SheetFiles.Open(_files.Utf8("blank.csv", "\r\n\r\n,,\n"))).Format.ShouldBe(SpreadsheetMessages.NoHeader);
    }

    [Fact]
    public void Reading_can_be_cancelled()
    {
        var file = SheetFiles.Open(_files.Utf8("cancel.csv", "a\n1\n2\n"));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Should.Throw<OperationCanceledException>(() => file.ReadRows(cancel.Token).ToList());
    }

    [Fact]
    public void Every_hostile_string_comes_back_exactly()
    {
        // NUL is not text (CsvHelper reads it as a space) and a lone surrogate cannot be written as UTF-8.
        var strings = SharedData.HostileStrings()
            .Where(s => !s.Contains('\0', StringComparison.Ordinal) && IsWellFormed(s))
            .ToList();
        var csv = new StringBuilder("index,value\r\n");
        for (var i = 0; i < strings.Count; i++)
        {
            csv.Append(i).Append(",\"").Append(strings[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"\r\n");
        }

        var file = SheetFiles.Open(_files.Text("blns.csv", csv.ToString(), new UTF8Encoding(true), bom: true));

        var rows = file.ReadRows().ToList();
        rows.Count.ShouldBe(strings.Count);
        rows.ShouldAllBe(r => r.Cells[1] == strings[int.Parse(r.Cells[0], System.Globalization.CultureInfo.InvariantCulture)]);
        strings.Count.ShouldBeGreaterThan(400);
    }

    private static bool IsWellFormed(string s) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(s)) == s;
}
