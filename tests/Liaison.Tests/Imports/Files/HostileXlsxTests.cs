using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Liaison.Features.Imports.Files;
using static Liaison.Tests.Imports.Files.SheetFiles;

namespace Liaison.Tests.Imports.Files;

public sealed class HostileXlsxTests : IDisposable
{
    private readonly SheetFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_decompressed()
    {
        var path = Path.Combine(_files.Folder, "bomb.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 300; i++)
            {
                entry.Write(zeros);
            }
        }

        new FileInfo(path).Length.ShouldBeLessThan(1L << 20);
        SheetFiles.Fails(path).Format.ShouldBe(SpreadsheetMessages.ZipBomb);
    }

    [Fact]
    public void Too_much_data_in_total_or_too_many_entries_are_refused()
    {
        var workbook = _files.Xlsx("small.xlsx", ("Sheet1", [Inline("A1", "a"), Inline("A2", "1")]));
        SheetFiles.Fails(workbook, Limits with { MaxUncompressedBytes = 1_000 }).Format.ShouldBe(SpreadsheetMessages.ZipBomb);

        var path = Path.Combine(_files.Folder, "entries.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            for (var i = 0; i <= ZipGuard.MaxEntries; i++)
            {
                zip.CreateEntry($"e{i}");
            }
        }

        SheetFiles.Fails(path).Format.ShouldBe(SpreadsheetMessages.ZipBomb);
    }

    [Fact]
    public void A_sheet_that_is_larger_than_its_zip_entry_declares_is_not_read_past_the_declaration()
    {
        var path = _files.Xlsx("lying.xlsx", ("Sheet1", [Inline("A1", "name"), .. Enumerable.Range(2, 2_000).Select(i => Inline($"A{i}", $"person {i}"))]));
        var bytes = File.ReadAllBytes(path);
        SetDeclaredSize(bytes, "xl/worksheets/sheet1.xml", 400);
        File.WriteAllBytes(path, bytes);

        // .NET's zip reader already stops at the declared size, so the cut-off XML is what fails; the bounded stream is the backstop.
        SheetFiles.Fails(path).Format.ShouldBe(SpreadsheetMessages.DamagedWorkbook);

        using var bounded = new BoundedReadStream(new MemoryStream(new byte[1_000]), 400);
        Should.Throw<SpreadsheetException>(() => bounded.CopyTo(Stream.Null)).Format.ShouldBe(SpreadsheetMessages.ZipBomb);
    }

    [Fact]
    public void The_open_xml_sdk_refuses_a_document_type_declaration_by_default()
    {
        var secret = _files.Write("secret.txt", "TOP SECRET"u8.ToArray());
        var path = _files.Xlsx("xxe.xlsx", ("Sheet1", [Inline("A1", "&e;")]));
        InsertDoctype(path, "xl/worksheets/sheet1.xml", $"<!DOCTYPE x [<!ENTITY e SYSTEM \"file://{secret}\">]>");

        using var document = SpreadsheetDocument.Open(path, false);
        using var reader = OpenXmlReader.Create(document.WorkbookPart!.WorksheetParts.Single());

        Should.Throw<XmlException>(() => reader.Read()).Message.ShouldContain("DTD is prohibited");
    }

    [Theory]
    [InlineData("xl/worksheets/sheet1.xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")]
    [InlineData("xl/sharedStrings.xml", "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>")]
    [InlineData("[Content_Types].xml", "<!DOCTYPE x SYSTEM \"http://127.0.0.1:9/evil.dtd\">")]
    [InlineData("xl/workbook.xml", "<!-- a comment first --><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")]
    public void A_document_type_declaration_in_any_part_is_refused(string part, string doctype)
    {
        var path = _files.Xlsx("dtd.xlsx", [new SharedStringItem(new Text("&lol3;"))], ("Sheet1", [Shared("A1", 0), Inline("B1", "&e;"), Inline("A2", "1")]));
        InsertDoctype(path, part, doctype);

        var error = SheetFiles.Fails(path);

        error.Format.ShouldBe(SpreadsheetMessages.DocumentType);
        error.Message.ShouldNotContain("root:");
    }

    [Fact]
    public void A_document_type_declaration_hidden_behind_a_long_prolog_is_still_refused_by_the_sdk()
    {
        var path = _files.Xlsx("hidden.xlsx", ("Sheet1", [Inline("A1", "&e;"), Inline("A2", "1")]));
        InsertDoctype(path, "xl/worksheets/sheet1.xml", $"<!--{new string('-', 0).PadRight(20_000, 'x')}--><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>");

        SheetFiles.Fails(path).Format.ShouldBe(SpreadsheetMessages.DamagedWorkbook);
    }

    [Fact]
    public void A_damaged_zip_or_a_zip_that_is_not_a_workbook_is_refused()
    {
        var random = new Random(7);
        var garbage = new byte[5_000];
        random.NextBytes(garbage);
        SheetFiles.Fails(_files.Write("broken.xlsx", [0x50, 0x4B, 0x03, 0x04, .. garbage])).Format.ShouldBe(SpreadsheetMessages.DamagedZip);

        var truncated = File.ReadAllBytes(_files.Xlsx("whole.xlsx", ("Sheet1", [Inline("A1", "a")])));
        SheetFiles.Fails(_files.Write("truncated.xlsx", truncated[..(truncated.Length / 2)])).Format.ShouldBe(SpreadsheetMessages.DamagedZip);

        var path = Path.Combine(_files.Folder, "notes.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            writer.Write("hello");
        }

        SheetFiles.Fails(path).Format.ShouldBe(SpreadsheetMessages.NotWorkbook);

        var document = Path.Combine(_files.Folder, "letter.docx");
        using (var word = WordprocessingDocument.Create(document, WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
        }

        SheetFiles.Fails(document).Format.ShouldBe(SpreadsheetMessages.NotWorkbook);
    }

    [Fact]
    public void An_old_excel_file_random_bytes_and_a_file_over_the_size_limit_are_refused()
    {
        var random = new Random(11);
        var noise = new byte[4_096];
        random.NextBytes(noise);
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. noise];

        SheetFiles.Fails(_files.Write("old.xls", ole)).Format.ShouldBe(SpreadsheetMessages.OldExcel);
        SheetFiles.Fails(_files.Write("noise.csv", noise)).Format.ShouldBe(SpreadsheetMessages.NotCsvOrXlsx);
        var large = SheetFiles.Fails(_files.Utf8("large.csv", "name\n" + new string('x', 200)), Limits with { MaxFileBytes = 100 });
        large.Format.ShouldBe(SpreadsheetMessages.TooLarge);
        large.Message.ShouldBe("The file is 205 bytes; Liaison reads files of at most 100 bytes.");
    }

    private static void InsertDoctype(string path, string part, string doctype)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part)!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        entry.Delete();
        var declarationEnd = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
        using var writer = new StreamWriter(zip.CreateEntry(part).Open());
        writer.Write(xml[..declarationEnd] + doctype + xml[declarationEnd..]);
    }

    /// <summary>Rewrites the entry's decompressed size in its local header and in the central directory.</summary>
    private static void SetDeclaredSize(byte[] zip, string name, uint size)
    {
        var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var local = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == 0x04034B50 && zip.AsSpan(i + 30).StartsWith(nameBytes);
            var central = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == 0x02014B50 && zip.AsSpan(i + 46).StartsWith(nameBytes);
            if (local || central)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + (local ? 22 : 24)), size);
            }
        }
    }
}
