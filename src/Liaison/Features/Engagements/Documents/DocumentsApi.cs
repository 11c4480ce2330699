using Liaison.Data;
using Liaison.Features.Engagements.Logistics;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Features.Engagements.Documents;

/// <summary>REST endpoints for an engagement's attached documents.</summary>
public static class DocumentsApi
{
    public static IServiceCollection AddEngagementDocuments(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapEngagementDocuments(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/engagements/{id:int}/documents").WithTags("Engagement documents").RequireAuthorization(Policies.Reader);
        group.MapGet("/", ListAsync).WithName("ListEngagementDocuments").WithSummary("The engagement's files (without their content).");
        group.MapPost("/", UploadAsync).WithName("UploadEngagementDocument")
            .WithSummary("multipart/form-data with one file, kind and title. PDF, JPEG, PNG, WebP, DOCX, XLSX, PPTX or UTF-8 .txt/.md up to 20 MB, recognized by content.")
            .WithMetadata(new RequestSizeLimitAttribute(DocumentStore.MaxRequestBytes))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = DocumentStore.MaxRequestBytes })
            .DisableAntiforgery()
            .RequireAuthorization(Policies.Organizer);
        group.MapGet("/{docId:int}/content", ContentAsync).WithName("GetEngagementDocumentContent")
            .WithSummary("The file, as an attachment; ?inline=true shows images inline.");
        group.MapDelete("/{docId:int}", DeleteAsync).WithName("DeleteEngagementDocument").RequireAuthorization(Policies.Organizer);
        return api;
    }

    private static async Task<IResult> ListAsync(int id, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForReadAsync(db, id, ct);
        return refusal ?? TypedResults.Ok(await DocumentStore.ListAsync(db, header!.Id, ct));
    }

    private static async Task<IResult> UploadAsync(int id, HttpRequest request, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForChangeAsync(db, id, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!request.HasFormContentType)
        {
            return Problem("File", "Send the file as multipart/form-data.");
        }

        try
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.FirstOrDefault();
            if (file is null || file.Length == 0)
            {
                return Problem("File", DocumentStore.Empty);
            }

            if (file.Length > DocumentStore.MaxBytes)
            {
                return Problem("File", DocumentStore.TooLarge);
            }

            var kindText = (string?)form["kind"];
            var kind = EngagementDocumentKind.Other;
            if (!string.IsNullOrWhiteSpace(kindText) && (!Enum.TryParse(kindText, ignoreCase: true, out kind) || !Enum.IsDefined(kind)))
            {
                return Problem("Kind", "Unknown document kind.");
            }

            await using var stream = file.OpenReadStream();
            var (bytes, error) = await DocumentStore.ReadAsync(stream, ct);
            if (bytes is null)
            {
                return Problem("File", error!);
            }

            return (await DocumentStore.AddAsync(db, header!, kind, form["title"], file.FileName, bytes, ct))
                .ToHttp(s => TypedResults.Created($"/api/v1/engagements/{id}/documents/{s.Id}/content", new { s.Id }));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: DocumentStore.TooLarge);
        }
        catch (InvalidDataException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: DocumentStore.TooLarge);
        }
    }

    private static async Task<IResult> ContentAsync(int id, int docId, bool? inline, HttpContext http, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForReadAsync(db, id, ct);
        return refusal ?? await DocumentStore.ServeAsync(http, db, header!, docId, inline ?? false, ct);
    }

    private static async Task<IResult> DeleteAsync(int id, int docId, LiaisonDbContext db, CancellationToken ct)
    {
        var (header, refusal) = await EngagementAccess.ForChangeAsync(db, id, ct);
        return refusal ?? (await DocumentStore.DeleteAsync(db, header!, docId, ct)).ToHttp(_ => TypedResults.NoContent());
    }

    private static IResult Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
