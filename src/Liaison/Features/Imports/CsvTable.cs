using System.Globalization;
using CsvHelper;

namespace Liaison.Features.Imports;

/// <summary>Bad input to an importer (missing file or column, wrong file): reported to the user, nothing written.</summary>
public sealed class ImportInputException(string message) : Exception(message);

/// <summary>A CSV file read whole (with CsvHelper): a header row, then rows; quoted fields may hold commas, quotes and newlines.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string fileName, List<string> header, List<string[]> rows)
    {
        FileName = fileName;
        _columns = header.Select((h, i) => (h, i)).GroupBy(x => x.h, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        Rows = rows;
    }

    public string FileName { get; }
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Reads <paramref name="path"/> and checks it has every one of <paramref name="required"/> columns.</summary>
    public static CsvTable Read(string path, params string[] required)
    {
        if (!File.Exists(path))
        {
            throw new ImportInputException($"{path}: file not found.");
        }

        var records = Parse(path);
        if (records.Count == 0)
        {
            throw new ImportInputException($"{path}: the file is empty.");
        }

        var table = new CsvTable(Path.GetFileName(path), records[0].Select(h => h.Trim().TrimStart('\uFEFF')).ToList(), records.Skip(1).Where(r => r.Length > 1 || r[0].Length > 0).ToList());
        var missing = required.Where(c => !table._columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ImportInputException($"{path}: missing column(s) {string.Join(", ", missing)} — is this the right file?");
        }

        return table;
    }

    public int Column(string name) => _columns[name];

    /// <summary>The trimmed value, or null when empty or absent.</summary>
    public static string? Text(string[] row, int column) =>
        column < row.Length && row[column].Trim() is { Length: > 0 } value && value != "NA" ? value : null;

    public static int? Int(string[] row, int column) =>
        Text(row, column) is { } s && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static double? Number(string[] row, int column) =>
        Text(row, column) is { } s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static DateOnly? Date(string[] row, int column) =>
        Text(row, column) is { } s && DateOnly.TryParseExact(s.Length > 10 ? s[..10] : s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : null;

    /// <summary>Every record of the file as text fields (CsvHelper: quoted separators, quotes and newlines; blank lines skipped).</summary>
    private static List<string[]> Parse(string path)
    {
        var records = new List<string[]>();
        try
        {
            using var reader = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = false });
            while (reader.Read())
            {
                var row = new string[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader[i].ToString();
                }

                records.Add(row);
            }
        }
        catch (CsvFormatException ex)
        {
            throw new ImportInputException($"{path}: not a readable CSV file ({ex.Message}).");
        }

        return records;
    }
}
