using System.Text.Json;
using Liaison.Data;
using Liaison.Features.Audit;
using Microsoft.Net.Http.Headers;

namespace Liaison.Features.Exports;

/// <summary>
/// A list's rows (already through the viewer's visibility rules and the list's filters) sent as a CSV or XLSX download,
/// streamed, and recorded in the audit trail with the filters used.
/// </summary>
/// <remarks><paramref name="requestedFormat"/> is "csv" (the default), "xlsx" or "excel"; anything else is a 400 naming both.</remarks>
public sealed class ListExport<T>(string list, string? requestedFormat, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, object filters) : IResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        if (ExportFormats.Parse(requestedFormat) is not { } format)
        {
            await ExportFormats.Invalid(requestedFormat).ExecuteAsync(http);
            return;
        }

        var db = http.RequestServices.GetRequiredService<LiaisonDbContext>();
        var ct = http.RequestAborted;
        var details = JsonSerializer.Serialize(new { format = format.ToString().ToLowerInvariant(), filters });
        await db.AuditEventAsync(AuditActions.Export, list, "", details, ct);

        var extension = format == ExportFormat.Csv ? "csv" : "xlsx";
        var fileName = $"liaison-{list}-{Clock.Today:yyyy-MM-dd}.{extension}";
        http.Response.ContentType = format == ExportFormat.Csv
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        http.Response.Headers.CacheControl = "no-store";
        if (format == ExportFormat.Csv)
        {
            await TableWriter.WriteCsvAsync(http.Response.Body, columns, rows, ct);
            return;
        }

        var temp = Path.GetTempFileName();
        await using var buffer = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        await TableWriter.WriteXlsxAsync(http.Response.Body, buffer, list, columns, rows, ct);
    }
}

public static class ExportFormats
{
    /// <summary>"csv" (the default) or "xlsx"; anything else is a 400 naming both.</summary>
    public static ExportFormat? Parse(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "csv" => ExportFormat.Csv,
        "xlsx" or "excel" => ExportFormat.Xlsx,
        _ => null,
    };

    public static IResult Invalid(string? format) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["format"] = [$"'{format}' is not an export format; use csv or xlsx."] });
}
