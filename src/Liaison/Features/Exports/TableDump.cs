using System.Data;
using System.Data.Common;
using System.Globalization;
using CsvHelper;

namespace Liaison.Features.Exports;

/// <summary>
/// One table streamed from a <see cref="DbDataReader"/> into its CSV file, row by row (constant memory): NULL is an empty
/// field, an empty text is <c>""</c>, binary values go to files of their own and the CSV holds their relative path.
/// </summary>
internal static class TableDump
{
    public const string FilesFolder = "files";

    public static async Task<(long Rows, long Files)> WriteAsync(
        DbConnection connection, DbTransaction transaction, TableDescription table, string folder, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        var order = table.PrimaryKey.Count > 0 ? " ORDER BY " + string.Join(", ", table.PrimaryKey.Select(Quote)) : "";
        command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Name)}{order}";

        var behavior = connection is Microsoft.Data.Sqlite.SqliteConnection ? CommandBehavior.Default : CommandBehavior.SequentialAccess;
        await using var reader = await command.ExecuteReaderAsync(behavior, ct);
        await using var file = new FileStream(Path.Combine(folder, table.FileName), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await using var csv = CsvWriter.Create(file, TableWriter.DataCsvOptions, leaveOpen: true);
        foreach (var column in table.Columns)
        {
            csv.WriteField(column.Name);
        }

        await csv.EndRecordAsync(ct);
        var keyCount = table.PrimaryKey.Count;
        var key = new string[keyCount];
        long rows = 0, files = 0;
        var blobFolder = Path.Combine(FilesFolder, table.Name);
        while (await reader.ReadAsync(ct))
        {
            string? contentType = null;
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                if (await reader.IsDBNullAsync(i, ct))
                {
                    csv.WriteField((string?)null);
                    continue;
                }

                if (column.Type == ColumnKind.Binary)
                {
                    var relative = Path.Combine(blobFolder, string.Join("-", key) + Extension(contentType));
                    await WriteBlobAsync(reader, i, Path.Combine(folder, relative), ct);
                    csv.WriteField(relative.Replace(Path.DirectorySeparatorChar, '/'));
                    files++;
                    continue;
                }

                var text = Format(reader, i, column.Type);
                if (i < keyCount)
                {
                    key[i] = text;
                }

                if (column.Name == "ContentType")
                {
                    contentType = text;
                }

                if (text.Length == 0)
                {
                    csv.WriteField(text, CsvQuoting.Always);
                }
                else
                {
                    csv.WriteField(text);
                }
            }

            await csv.EndRecordAsync(ct);
            rows++;
        }

        await csv.FlushAsync(ct);
        return (rows, files);
    }

    /// <summary>Every value in one invariant text form on both databases (SQLite keeps dates, decimals and booleans its own way).</summary>
    private static string Format(DbDataReader reader, int i, ColumnKind kind) => kind switch
    {
        ColumnKind.Text => reader.GetString(i),
        ColumnKind.Integer => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        ColumnKind.Decimal => reader.GetDecimal(i).ToString(CultureInfo.InvariantCulture),
        ColumnKind.Float => reader.GetDouble(i).ToString("R", CultureInfo.InvariantCulture),
        ColumnKind.Boolean => reader.GetBoolean(i) ? "true" : "false",
        ColumnKind.Date => reader.GetFieldValue<DateOnly>(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ColumnKind.Time => reader.GetFieldValue<TimeOnly>(i).ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'),
        ColumnKind.Timestamp => Utc(reader.GetDateTime(i)).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        ColumnKind.Uuid => reader.GetGuid(i).ToString("D"),
        _ => throw new NotSupportedException(kind.ToString()),
    };

    // Every timestamp Liaison stores is UTC; SQLite hands them back without a kind.
    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;

    private static async Task WriteBlobAsync(DbDataReader reader, int i, string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await using var source = reader.GetStream(i);
        await source.CopyToAsync(target, ct);
    }

    private static string Extension(string? contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/webp" => ".webp",
        "application/pdf" => ".pdf",
        "text/plain" => ".txt",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ".docx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => ".xlsx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation" => ".pptx",
        _ => ".bin",
    };

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
