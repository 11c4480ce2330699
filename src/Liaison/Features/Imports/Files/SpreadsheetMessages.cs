namespace Liaison.Features.Imports.Files;

/// <summary>Every message a <see cref="SpreadsheetException"/> carries, in English with its placeholders, for translation.</summary>
public static class SpreadsheetMessages
{
    public const string NotFound = "The file was not found.";
    public const string TooLarge = "The file is {0:N0} bytes; Liaison reads files of at most {1:N0} bytes.";
    public const string Empty = "The file is empty.";
    public const string NoHeader = "The file has no header row: every row is blank.";
    public const string OldExcel = "This is an old Excel workbook (.xls), not a CSV or XLSX file. Save it as .xlsx or CSV and try again.";
    public const string NotCsvOrXlsx = "This is not a CSV or XLSX file.";
    public const string UnknownEncoding = "Liaison does not know the text encoding \"{0}\".";
    public const string UnknownDelimiter = "\"{0}\" cannot separate columns; choose a comma, semicolon, tab or vertical bar.";
    public const string TooManyColumns = "The file has {0:N0} columns; Liaison reads at most {1:N0}.";
    public const string TooManyRows = "The file has more than {0:N0} rows; Liaison reads at most {0:N0}.";
    public const string CellTooLong = "Row {0}, column {1}: the cell has {2:N0} characters; Liaison reads at most {3:N0}.";
    public const string UnclosedQuote = "Row {0}: a quote opens a cell and is never closed, so the rest of the file would be one cell. Check the quotes in that row.";
    public const string TextAfterQuote = "Row {0}: text follows the closing quote of a cell. A quote inside a quoted cell must be doubled (\"\").";
    public const string UnreadableRow = "Row {0} cannot be read as CSV: it is too long, or a quote in it is never closed.";
    public const string DamagedZip = "The file is a damaged zip archive, not a readable XLSX workbook.";
    public const string NotWorkbook = "The file is a zip archive but not an Excel workbook (XLSX).";
    public const string DamagedWorkbook = "The XLSX workbook is damaged: part of it cannot be read.";
    public const string ZipBomb = "The XLSX file expands to far more data than a workbook holds (a \"zip bomb\"); Liaison does not read it.";
    public const string DocumentType = "The XLSX file contains an XML document type declaration (DTD), which spreadsheets never need and which can be used to attack a server; Liaison does not read it.";
    public const string NoWorksheet = "The workbook has no worksheet.";
    public const string UnknownSheet = "The workbook has no sheet named \"{0}\". Its sheets: {1}.";
}
