using System.Text.Json;
using System.Text.Json.Serialization;

namespace Liaison.Features.People.Duplicates;

/// <summary>
/// What one merge did, stored as <see cref="PersonMerge.Details"/>: the field choices, the survivor's values before and
/// after, the merged person's values, and the id of every row moved or added, so that a revert restores exactly.
/// </summary>
public sealed class MergeDetails
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public Dictionary<string, MergeSide> Fields { get; set; } = [];
    public Dictionary<string, JsonElement> SurvivorBefore { get; set; } = [];
    public Dictionary<string, JsonElement> SurvivorAfter { get; set; } = [];
    public Dictionary<string, JsonElement> Merged { get; set; } = [];
    public List<int> Positions { get; set; } = [];
    public List<int> Channels { get; set; } = [];

    /// <summary>Channels of the merged person left with it because the survivor already had the same kind and value.</summary>
    public List<int> ChannelsKept { get; set; } = [];
    public List<int> Names { get; set; } = [];

    /// <summary>Name rows created on the survivor from the merged person's main names; a revert deletes them.</summary>
    public List<int> AddedNames { get; set; } = [];

    /// <summary>Touchpoints whose link moved from the merged person to the survivor (ids of the touchpoints).</summary>
    public List<int> Touchpoints { get; set; } = [];

    /// <summary>Touchpoints both people were in: the merged person's link stays with it.</summary>
    public List<int> TouchpointsShared { get; set; } = [];
    public List<int> Tasks { get; set; } = [];
    public bool PhotoMoved { get; set; }
    public DateTime? PhotoUpdatedAt { get; set; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static MergeDetails FromJson(string json) => JsonSerializer.Deserialize<MergeDetails>(json, Json) ?? new MergeDetails();
}

/// <summary>How many rows a merge moved to the survivor (or, for a revert, back).</summary>
public sealed record MovedCounts(int Positions, int Touchpoints, int Channels, int Names, int Tasks, bool Photo);

/// <summary>A merge request: merge <see cref="MergedId"/> into <see cref="SurvivorId"/>, taking each field from the chosen side.</summary>
public sealed record MergeRequest(int SurvivorId, int MergedId, Dictionary<string, MergeSide>? Fields, int? SurvivorVersion, int? MergedVersion);

public abstract record MergeOutcome
{
    public sealed record Merged(int MergeId, int SurvivorId, int SurvivorVersion, MovedCounts Moved) : MergeOutcome;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : MergeOutcome;
    public sealed record NotFound : MergeOutcome;
    public sealed record Conflict(Web.ConflictDetails Details) : MergeOutcome;
}

/// <summary>Why a revert is refused: an English message (a resource key) with its arguments.</summary>
public sealed record RevertProblem(string Message, params string[] Arguments)
{
    public override string ToString() => string.Format(System.Globalization.CultureInfo.InvariantCulture, Message, Arguments);
}

public abstract record RevertOutcome
{
    public sealed record Reverted(int MergeId, int SurvivorId, int MergedId, MovedCounts Moved) : RevertOutcome;
    public sealed record Refused(IReadOnlyList<RevertProblem> Problems) : RevertOutcome;
    public sealed record NotFound : RevertOutcome;
}
