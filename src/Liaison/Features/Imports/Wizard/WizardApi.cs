using Liaison.Features.Imports.Files;
using Liaison.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Features.Imports.Wizard;

public sealed record MappingRequest(string? Type, string[]? Columns, string? Encoding, string? Delimiter, string? Sheet);

public sealed record CommitRequest(bool SkipInvalid);

/// <summary>The import wizard over HTTP: upload a CSV or XLSX, map its columns, check it, import it, follow the progress.</summary>
public static class WizardApi
{
    /// <summary>The most a request may carry; the configured upload limit (Liaison:Imports:MaxUploadMegabytes) is checked below it.</summary>
    public const long MaxRequestBytes = 2L * 1024 * 1024 * 1024;

    public static void MapImportWizard(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports/uploads").WithTags("Imports").RequireAuthorization(Policies.Editor);
        group.MapPost("/", UploadAsync).WithName("UploadImportFile")
            .WithSummary("Uploads a CSV or XLSX file (multipart: file, type=people|organizations, optional encoding, delimiter, sheet) and returns how it reads and the suggested or saved mapping.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxRequestBytes })
            .DisableAntiforgery();
        group.MapGet("/{id}", GetAsync).WithName("GetImportUpload").WithSummary("An upload: headers, first rows, mapping, and the progress or result of its check and import.");
        group.MapPut("/{id}/mapping", MapAsync).WithName("MapImportUpload")
            .WithSummary("Sets the record type, reading options and one field per column (\"\" leaves a column out); a usable mapping is remembered for the same header row.");
        group.MapPost("/{id}/check", CheckAsync).WithName("CheckImportUpload").WithSummary("Starts checking every row (202); follow it with GET.");
        group.MapPost("/{id}/commit", CommitAsync).WithName("CommitImportUpload")
            .WithSummary("Starts the import after a check (202). Without skipInvalid one invalid row means nothing is written.");
        group.MapPost("/{id}/cancel", CancelAsync).WithName("CancelImportUpload").WithSummary("Cancels the running check or import; an import cancelled writes nothing.");
        group.MapGet("/{id}/errors", ErrorsAsync).WithName("ImportUploadErrors").WithSummary("The invalid rows of the last check or import as CSV, with what is wrong.");
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteImportUpload").WithSummary("Discards the upload.");
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, ImportWizard wizard, CancellationToken ct)
    {
        if (request.ContentLength > wizard.MaxUploadBytes + (1024 * 1024))
        {
            return TooLarge(wizard);
        }

        if (!request.HasFormContentType)
        {
            return Problem("Send the file as multipart/form-data with a field named file.");
        }

        var form = await request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { } file)
        {
            return Problem("Send the file as multipart/form-data with a field named file.");
        }

        try
        {
            await using var stream = file.OpenReadStream();
            var upload = await wizard.UploadAsync(stream, file.FileName, form["type"].ToString() is { Length: > 0 } t ? t : ImportTargets.People,
                new SpreadsheetOptions(Blank(form["encoding"]), Blank(form["delimiter"]), Blank(form["sheet"])), ct);
            return TypedResults.Created($"/api/v1/imports/uploads/{upload.Id}", await wizard.ViewAsync(upload, ct));
        }
        catch (SpreadsheetException e)
        {
            return Problem(e.Message);
        }
    }

    private static async Task<Results<Ok<UploadView>, NotFound>> GetAsync(string id, ImportWizard wizard, CancellationToken ct) =>
        await wizard.FindAsync(id, ct) is { } upload ? TypedResults.Ok(await wizard.ViewAsync(upload, ct)) : TypedResults.NotFound();

    private static async Task<IResult> MapAsync(string id, MappingRequest body, ImportWizard wizard, CancellationToken ct)
    {
        if (await wizard.FindAsync(id, ct) is not { } upload)
        {
            return TypedResults.NotFound();
        }

        try
        {
            var (problems, _) = await wizard.MapAsync(upload, body.Type ?? upload.Type, body.Columns ?? upload.Columns ?? [],
                new SpreadsheetOptions(body.Encoding, body.Delimiter, body.Sheet), ct);
            return problems.Count > 0
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Columns"] = [.. problems] })
                : TypedResults.Ok(await wizard.ViewAsync(upload, ct));
        }
        catch (SpreadsheetException e)
        {
            return Problem(e.Message);
        }
    }

    private static async Task<IResult> CheckAsync(string id, ImportWizard wizard, CancellationToken ct)
    {
        if (await wizard.FindAsync(id, ct) is not { } upload)
        {
            return TypedResults.NotFound();
        }

        var view = await wizard.ViewAsync(upload, ct);
        return view.MappingProblems.Count > 0
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Columns"] = [.. view.MappingProblems] })
            : TypedResults.Accepted($"/api/v1/imports/uploads/{id}", await wizard.CheckAsync(upload, ct));
    }

    private static async Task<IResult> CommitAsync(string id, CommitRequest? body, ImportWizard wizard, CancellationToken ct)
    {
        if (await wizard.FindAsync(id, ct) is not { } upload)
        {
            return TypedResults.NotFound();
        }

        return await wizard.CommitAsync(upload, body?.SkipInvalid ?? false, ct) is { } job
            ? TypedResults.Accepted($"/api/v1/imports/uploads/{id}", job)
            : TypedResults.Problem(title: "Nothing to import.", detail: "Check the file first (POST …/check); a file is imported once.", statusCode: StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> CancelAsync(string id, ImportWizard wizard, CancellationToken ct) =>
        await wizard.FindAsync(id, ct) is { } upload ? (wizard.Cancel(upload) ? TypedResults.Ok() : TypedResults.Conflict()) : TypedResults.NotFound();

    private static async Task<IResult> ErrorsAsync(string id, ImportWizard wizard, CancellationToken ct) =>
        await wizard.FindAsync(id, ct) is { } upload && wizard.ErrorReport(upload) is { } path
            ? TypedResults.PhysicalFile(path, "text/csv; charset=utf-8", $"{Path.GetFileNameWithoutExtension(upload.FileName)}-errors.csv")
            : TypedResults.NotFound();

    private static async Task<IResult> DeleteAsync(string id, ImportWizard wizard, CancellationToken ct)
    {
        if (await wizard.FindAsync(id, ct) is not { } upload)
        {
            return TypedResults.NotFound();
        }

        wizard.Discard(upload);
        return TypedResults.NoContent();
    }

    private static IResult TooLarge(ImportWizard wizard) => TypedResults.Problem(
        title: "The file is too large.", detail: $"Liaison accepts files up to {wizard.MaxUploadBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);

    private static IResult Problem(string detail) => TypedResults.Problem(title: "The file cannot be imported.", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    private static string? Blank(Microsoft.Extensions.Primitives.StringValues value) => value.ToString() is { Length: > 0 } s ? s : null;
}
