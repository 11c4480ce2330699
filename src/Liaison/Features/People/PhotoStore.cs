using Liaison.Data;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.People;

/// <summary>
/// People's photos: JPEG, PNG or WebP up to <see cref="PersonPhotoConfiguration.MaxBytes"/>, recognized by their first bytes
/// (never by the file name or the content type the client claims).
/// </summary>
public static class PhotoStore
{
    public const int MaxBytes = PersonPhotoConfiguration.MaxBytes;

    public const string TooLarge = "The photo is larger than 2 MB.";
    public const string NotAnImage = "The photo must be a JPEG, PNG or WebP image.";
    public const string Empty = "Choose a photo to upload.";

    /// <summary>The image type the bytes start with, or null when they are not a JPEG, PNG or WebP image.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return "image/jpeg";
        }

        if (bytes.Length >= 8 && bytes[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "image/png";
        }

        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        return null;
    }

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

    public static async Task<EditResult> SetAsync(LiaisonDbContext db, int personId, byte[] bytes, CancellationToken ct = default)
    {
        var person = await db.People.Include(p => p.Country).FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null || !Security.RecordAccess.CanEdit(db.Scope, person.Classification, person.Country?.DeskId, person.CountryId is not null))
        {
            return new EditResult.NotFound();
        }

        if (bytes.Length == 0)
        {
            return EditResult.Error("Photo", Empty);
        }

        if (bytes.Length > MaxBytes)
        {
            return EditResult.Error("Photo", TooLarge);
        }

        if (Sniff(bytes) is not { } contentType)
        {
            return EditResult.Error("Photo", NotAnImage);
        }

        var now = DateTime.UtcNow;
        var photo = await db.PersonPhotos.FirstOrDefaultAsync(p => p.PersonId == personId, ct);
        if (photo is null)
        {
            db.PersonPhotos.Add(photo = new PersonPhoto { PersonId = personId });
        }

        photo.ContentType = contentType;
        photo.Content = bytes;
        photo.UpdatedAt = now;
        person.PhotoUpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(person.Id, person.Version);
    }

    public static async Task<EditResult> RemoveAsync(LiaisonDbContext db, int personId, CancellationToken ct = default)
    {
        var person = await db.People.Include(p => p.Country).FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null || !Security.RecordAccess.CanEdit(db.Scope, person.Classification, person.Country?.DeskId, person.CountryId is not null))
        {
            return new EditResult.NotFound();
        }

        await db.PersonPhotos.Where(p => p.PersonId == personId).ExecuteDeleteAsync(ct);
        person.PhotoUpdatedAt = null;
        await db.SaveChangesAsync(ct);
        return new EditResult.Saved(person.Id, person.Version);
    }

    /// <summary>Serves a photo through the visibility filter: nosniff, inline, privately cached and versioned by its update time.</summary>
    public static async Task<IResult> ServeAsync(HttpContext http, LiaisonDbContext db, int personId, CancellationToken ct)
    {
        var photo = await db.PersonPhotos.AsNoTracking().FirstOrDefaultAsync(p => p.PersonId == personId, ct);
        if (photo is null)
        {
            return Results.NotFound();
        }

        var etag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue("\"" + PeopleQueries.PhotoVersion(photo.UpdatedAt) + "\"");
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentDisposition = "inline";
        headers.CacheControl = "private, max-age=86400";
        return Results.File(photo.Content, photo.ContentType, lastModified: new DateTimeOffset(DateTime.SpecifyKind(photo.UpdatedAt, DateTimeKind.Utc)), entityTag: etag);
    }
}
