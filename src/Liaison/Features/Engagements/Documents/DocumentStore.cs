using System.Security.Cryptography;
using Liaison.Data;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Liaison.Features.Engagements.Documents;

public sealed record DocumentDto(
    int Id, EngagementDocumentKind Kind, string Title, string FileName, string ContentType, long Length, string Sha256,
    string? UploadedById, string? UploadedByName, DateTime UploadedAt, bool IsImage);

/// <summary>
/// An engagement's files: accepted by content (<see cref="DocumentSniffer"/>) up to <see cref="MaxBytes"/>, stored with their
/// SHA-256, listed without their bytes, served as attachments (images may be shown inline) with nosniff.
/// </summary>
public static class DocumentStore
{
    /// <summary>The largest file accepted: 20 MB.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>The request size limit of the upload endpoints: room for two full files and the form around them; beyond it 413.</summary>
    public const long MaxRequestBytes = 2L * MaxBytes + 1024 * 1024;

    public const int MaxDocuments = 500;

    public const string TooLarge = "The file is larger than 20 MB.";
    public const string Empty = "Choose a file to upload.";
    public const string NotAllowed = "This kind of file is not accepted. Upload a PDF, a JPEG, PNG or WebP image, a Word, Excel or PowerPoint document (.docx, .xlsx, .pptx) or UTF-8 text (.txt, .md).";

    public static Task<List<DocumentDto>> ListAsync(LiaisonDbContext db, int engagementId, CancellationToken ct) =>
        db.EngagementDocuments.AsNoTracking().Where(d => d.EngagementId == engagementId)
            .OrderByDescending(d => d.UploadedAt).ThenByDescending(d => d.Id).Take(MaxDocuments)
            .Select(d => new DocumentDto(d.Id, d.Kind, d.Title, d.FileName, d.ContentType, d.Length, d.Sha256, d.UploadedById,
                db.Users.Where(u => u.Id == d.UploadedById).Select(u => u.DisplayName).FirstOrDefault(), d.UploadedAt,
                d.ContentType.StartsWith("image/")))
            .ToListAsync(ct);

    /// <summary>Reads at most one byte more than allowed, so an oversized upload is refused without buffering all of it.</summary>
    public static async Task<(byte[]? Bytes, string? Error)> ReadAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return (null, TooLarge);
            }
        }

        return buffer.Length == 0 ? (null, Empty) : (buffer.ToArray(), null);
    }

    public static async Task<EditResult> AddAsync(
        LiaisonDbContext db, EngagementHeader engagement, EngagementDocumentKind kind, string? title, string? fileName, byte[] bytes,
        CancellationToken ct = default)
    {
        if (!engagement.CanOrganize)
        {
            return new EditResult.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(kind))
        {
            errors.Add("Kind", "Unknown document kind.");
        }

        if (title is { Length: > 300 })
        {
            errors.Add("Title", "The title must be at most 300 characters.");
        }
        else if (title?.Contains('\0', StringComparison.Ordinal) == true)
        {
            errors.Add("Title", "The text must not contain NUL characters.");
        }

        SniffedType? type = null;
        if (bytes.Length == 0)
        {
            errors.Add("File", Empty);
        }
        else if (bytes.Length > MaxBytes)
        {
            errors.Add("File", TooLarge);
        }
        else if ((type = DocumentSniffer.Sniff(bytes, fileName ?? "")) is null)
        {
            errors.Add("File", NotAllowed);
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        var name = DocumentFileName.Sanitize(fileName, type!);
        var document = new EngagementDocument
        {
            EngagementId = engagement.Id,
            Kind = kind,
            Title = string.IsNullOrWhiteSpace(title) ? Path.GetFileNameWithoutExtension(name) : title.Trim(),
            FileName = name,
            ContentType = type!.ContentType,
            Length = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes,
            UploadedById = db.Scope.UserId,
            UploadedAt = Clock.UtcNow,
        };
        db.EngagementDocuments.Add(document);
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(document.Id, 0);
    }

    public static async Task<EditResult> DeleteAsync(LiaisonDbContext db, EngagementHeader engagement, int documentId, CancellationToken ct = default)
    {
        if (!engagement.CanOrganize)
        {
            return new EditResult.NotFound();
        }

        // Loaded without its bytes and removed through SaveChanges, so the audit trail records what went.
        var document = await db.EngagementDocuments.AsNoTracking().Where(d => d.Id == documentId && d.EngagementId == engagement.Id)
            .Select(d => new EngagementDocument
            {
                Id = d.Id, EngagementId = d.EngagementId, Kind = d.Kind, Title = d.Title, FileName = d.FileName, ContentType = d.ContentType,
                Length = d.Length, Sha256 = d.Sha256, UploadedById = d.UploadedById, UploadedAt = d.UploadedAt,
            })
            .FirstOrDefaultAsync(ct);
        if (document is null)
        {
            return new EditResult.NotFound();
        }

        db.EngagementDocuments.Remove(document);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new EditResult.NotFound();
        }

        return new EditResult.Saved(documentId, 0);
    }

    /// <summary>
    /// Serves a document of a visible engagement: an attachment with its sanitized name (RFC 5987 filename*), nosniff and
    /// private caching; <paramref name="inline"/> shows images in the page and is ignored for every other type.
    /// </summary>
    public static async Task<IResult> ServeAsync(
        HttpContext http, LiaisonDbContext db, EngagementHeader engagement, int documentId, bool inline, CancellationToken ct)
    {
        var document = await db.EngagementDocuments.AsNoTracking().Where(d => d.Id == documentId && d.EngagementId == engagement.Id)
            .Select(d => new { d.FileName, d.ContentType, d.Content, d.Sha256 }).FirstOrDefaultAsync(ct);
        if (document is null)
        {
            return Results.NotFound();
        }

        if (engagement.Classification >= Security.Classification.Confidential)
        {
            await db.AuditReadAsync(nameof(EngagementDocument), documentId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        }

        var disposition = new ContentDispositionHeaderValue(inline && document.ContentType.StartsWith("image/", StringComparison.Ordinal) ? "inline" : "attachment");
        disposition.SetHttpFileName(document.FileName);
        var headers = http.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, max-age=3600";
        return Results.File(document.Content, document.ContentType, entityTag: new EntityTagHeaderValue("\"" + document.Sha256 + "\""));
    }
}
