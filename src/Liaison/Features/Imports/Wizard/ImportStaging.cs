using System.Security.Cryptography;
using System.Text.Json;
using Liaison.Data;
using Liaison.Features.Imports.Files;

namespace Liaison.Features.Imports.Wizard;

/// <summary>An uploaded spreadsheet waiting in the wizard: who uploaded it, how to read it, its mapping and what checking and importing found.</summary>
public sealed class StagedUpload
{
    public string Id { get; set; } = "";
    public string OwnerId { get; set; } = "";
    public string FileName { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public DateTime UploadedAt { get; set; }
    public string Type { get; set; } = ImportTargets.People;
    public string? Encoding { get; set; }
    public string? Delimiter { get; set; }
    public string? Sheet { get; set; }
    public string[]? Columns { get; set; }
    public bool SkipInvalid { get; set; }
    public SheetImportResult? Check { get; set; }
    public SheetImportResult? Result { get; set; }

    public SpreadsheetOptions ReadOptions => new(Encoding, Delimiter, Sheet);
}

/// <summary>
/// Where uploads wait between the wizard's steps: one folder per upload under the data directory, holding the file,
/// its state and the error report. Only the uploader reaches an upload; folders older than two days are removed.
/// </summary>
public sealed class ImportStaging(IConfiguration configuration)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(2);

    public string Root { get; } = configuration["Liaison:Imports:StagingDirectory"]
        ?? Path.Combine(DataServiceExtensions.DataDirectory(configuration), "import-staging");

    /// <summary>Largest upload accepted (Liaison:Imports:MaxUploadMegabytes, 100 MB by default).</summary>
    public long MaxUploadBytes { get; } = (configuration.GetValue<long?>("Liaison:Imports:MaxUploadMegabytes") ?? 100) * 1024 * 1024;

    public SpreadsheetLimits Limits => new() { MaxFileBytes = MaxUploadBytes };

    public string SourcePath(string id) => Path.Combine(Folder(id), "source");

    public string ErrorReportPath(string id) => Path.Combine(Folder(id), "errors.csv");

    /// <summary>Copies the upload in (hashing it), refusing it when larger than the limit; the caller reads it next.</summary>
    public async Task<StagedUpload> StageAsync(Stream content, string fileName, string ownerId, CancellationToken ct)
    {
        RemoveOld();
        var upload = new StagedUpload
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            OwnerId = ownerId,
            FileName = Path.GetFileName(fileName) is { Length: > 0 } name ? (name.Length > 200 ? name[^200..] : name) : "upload",
            UploadedAt = Clock.UtcNow,
        };
        Directory.CreateDirectory(Folder(upload.Id));
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var file = File.Create(SourcePath(upload.Id)))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    upload.Size += read;
                    if (upload.Size > MaxUploadBytes)
                    {
                        throw new SpreadsheetException("The file is larger than {0} MB, the most Liaison accepts.", MaxUploadBytes / 1024 / 1024);
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }

            upload.Sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            await SaveAsync(upload, ct);
            return upload;
        }
        catch
        {
            Delete(upload.Id);
            throw;
        }
    }

    /// <summary>The upload when it exists and belongs to <paramref name="ownerId"/>; otherwise null (others' uploads do not exist for them).</summary>
    public async Task<StagedUpload?> FindAsync(string id, string? ownerId, CancellationToken ct)
    {
        if (ownerId is null || id.Length != 32 || !id.All(char.IsAsciiHexDigitLower) || !File.Exists(StatePath(id)))
        {
            return null;
        }

        await using var stream = File.OpenRead(StatePath(id));
        var upload = await JsonSerializer.DeserializeAsync<StagedUpload>(stream, Json, ct);
        return upload?.OwnerId == ownerId ? upload : null;
    }

    public async Task SaveAsync(StagedUpload upload, CancellationToken ct)
    {
        var temporary = StatePath(upload.Id) + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(upload, Json), ct);
        File.Move(temporary, StatePath(upload.Id), overwrite: true);
    }

    public void Delete(string id)
    {
        if (Directory.Exists(Folder(id)))
        {
            Directory.Delete(Folder(id), recursive: true);
        }
    }

    private string Folder(string id) => Path.Combine(Root, id);

    private string StatePath(string id) => Path.Combine(Folder(id), "upload.json");

    private void RemoveOld()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var folder in new DirectoryInfo(Root).EnumerateDirectories().Where(d => d.LastWriteTimeUtc < DateTime.UtcNow - KeepFor))
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // In use by a running import; removed next time.
            }
        }
    }
}
