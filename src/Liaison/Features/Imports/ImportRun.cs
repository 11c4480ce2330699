namespace Liaison.Features.Imports;

public enum ImportStatus
{
    Completed = 0,
    RolledBack = 1,
}

public enum ImportAction
{
    Created = 0,
    Updated = 1,
}

/// <summary>One run of an importer: what it read, who ran it, what it changed; an administrator may roll it back.</summary>
public sealed class ImportRun
{
    public int Id { get; set; }

    /// <summary>Which importer: <see cref="ImportKinds"/>.</summary>
    public string Kind { get; set; } = "";
    public string SourceName { get; set; } = "";
    public string SourceSha256 { get; set; } = "";
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Skipped { get; set; }
    public ImportStatus Status { get; set; }
    public DateTime? RolledBackAt { get; set; }
    public string? RolledBackBy { get; set; }
}

/// <summary>
/// Provenance of one row an import created or updated: the source row and external ids, and for updates the
/// previous values of the fields it changed (JSON), so a rollback can restore them.
/// </summary>
public sealed class ImportRecord
{
    public long Id { get; set; }
    public int RunId { get; set; }
    public ImportRun? Run { get; set; }
    public string RecordType { get; set; } = "";
    public int RecordId { get; set; }
    public ImportAction Action { get; set; }

    /// <summary>File and 1-based data row, e.g. "21__parties__Party.csv:12".</summary>
    public string? SourceRow { get; set; }

    /// <summary>Space-separated scheme:value pairs, e.g. "partyfacts:1375 parlgov:808".</summary>
    public string? ExternalIds { get; set; }
    public string? Previous { get; set; }

    /// <summary>The record's version once the run finished; a different version later means someone edited it.</summary>
    public int? Version { get; set; }
}

/// <summary>An organization's id in an outside data set (Party Facts, ParlGov, Wikidata) or its Wikipedia page.</summary>
public sealed class ExternalId
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organizations.Organization? Organization { get; set; }
    public string Scheme { get; set; } = "";
    public string Value { get; set; } = "";
}

public static class ImportKinds
{
    public const string PartyFacts = "partyfacts";
    public const string ParlGov = "parlgov";
}

public static class ExternalSchemes
{
    public const string PartyFacts = "partyfacts";
    public const string ParlGov = "parlgov";
    public const string Wikidata = "wikidata";
    public const string Wikipedia = "wikipedia";

    /// <summary>A public page for an external id (ParlGov's pages need the party's country), or null.</summary>
    public static string? Url(string scheme, string value, string? iso3 = null) => scheme switch
    {
        PartyFacts => $"https://partyfacts.herokuapp.com/data/partycodes/{Uri.EscapeDataString(value)}/",
        ParlGov when iso3 is not null => $"https://parlgov.fly.dev/data/parties/{Uri.EscapeDataString(iso3.ToLowerInvariant())}/{Uri.EscapeDataString(value)}",
        Wikidata => $"https://www.wikidata.org/wiki/{Uri.EscapeDataString(value)}",
        Wikipedia when Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) => uri.AbsoluteUri,
        _ => null,
    };
}
