namespace Liaison.Features.Engagements.Documents;

public enum EngagementDocumentKind
{
    VisitReport = 0,
    Speech = 1,
    Photo = 2,
    Briefing = 3,
    Agreement = 4,
    Other = 5,
}

/// <summary>
/// A file attached to an engagement (visit report, speech, photo…). The bytes live in <see cref="Content"/>, which the audit
/// trail leaves out; lists project the other columns only.
/// </summary>
public sealed class EngagementDocument
{
    public int Id { get; set; }
    public int EngagementId { get; set; }
    public Engagement? Engagement { get; set; }
    public EngagementDocumentKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }

    /// <summary>SHA-256 of the content, hex.</summary>
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public string? UploadedById { get; set; }
    public DateTime UploadedAt { get; set; }
}
