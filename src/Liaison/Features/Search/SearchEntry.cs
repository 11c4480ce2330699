namespace Liaison.Features.Search;

public static class SearchKinds
{
    public const string Organization = "org";
    public const string Country = "country";
    public const string Person = "person";
}

/// <summary>
/// One searchable name of one record, normalized (see <see cref="TextNormalizer"/>). The provider-specific
/// index over <see cref="Text"/> (FTS5 trigram on SQLite, pg_trgm on PostgreSQL) lives in the migrations.
/// </summary>
public sealed class SearchEntry
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public int RecordId { get; set; }
    public string Text { get; set; } = "";
}
