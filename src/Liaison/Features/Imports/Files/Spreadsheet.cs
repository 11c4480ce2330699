namespace Liaison.Features.Imports.Files;

public enum SpreadsheetFormat
{
    Csv,
    Xlsx,
}

/// <summary>How much of a hostile or mistaken upload Liaison is willing to read.</summary>
public sealed record SpreadsheetLimits
{
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;
    public int MaxColumns { get; init; } = 500;
    public int MaxRows { get; init; } = 2_000_000;
    public int MaxCellLength { get; init; } = 32_767;

    /// <summary>XLSX: the sum of the sizes of the zip's entries once decompressed.</summary>
    public long MaxUncompressedBytes { get; init; } = 1L << 30;

    /// <summary>XLSX: the largest decompressed / compressed ratio of an entry over 1 MB.</summary>
    public int MaxCompressionRatio { get; init; } = 200;
}

/// <summary>The user's corrections when the sniffed encoding, delimiter or sheet is wrong.</summary>
public sealed record SpreadsheetOptions(string? Encoding = null, string? Delimiter = null, string? Sheet = null);

/// <summary>
/// A data row. <paramref name="Number"/> is the row as the user sees it (the header is row 1); <paramref name="Cells"/>
/// has one value per header; <paramref name="ExtraCells"/> counts the non-blank cells beyond the last header.
/// </summary>
public sealed record SpreadsheetRow(int Number, string[] Cells, int ExtraCells);

/// <summary>A row as a reader found it: <see cref="Width"/> is the 1-based column of its last non-blank cell (0 when blank).</summary>
internal readonly record struct SheetRecord(int Number, string[] Cells, int ExtraCells, int Width);
