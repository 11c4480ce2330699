namespace Liaison.Features.Work;

/// <summary>What a user submits to create or edit a task (API body and page form).</summary>
public sealed class TaskInput
{
    public const int TitleLength = 300;
    public const int NotesLength = 4000;

    public string Title { get; set; } = "";
    public string? Notes { get; set; }

    /// <summary>The user who should do it; empty means the caller.</summary>
    public string? OwnerId { get; set; }
    public DateOnly? DueOn { get; set; }
    public WorkStatus Status { get; set; } = WorkStatus.Open;
    public int? PersonId { get; set; }
    public int? OrganizationId { get; set; }
    public int? TouchpointId { get; set; }

    /// <summary>The version the user loaded; required for updates so a stale save is refused.</summary>
    public int? Version { get; set; }

    public static TaskInput From(TaskItem t) => new()
    {
        Title = t.Title,
        Notes = t.Notes,
        OwnerId = t.OwnerId,
        DueOn = t.DueOn,
        Status = t.Status,
        PersonId = t.PersonId,
        OrganizationId = t.OrganizationId,
        TouchpointId = t.TouchpointId,
        Version = t.Version,
    };
}

/// <summary>The body of the complete endpoint: the version the caller saw, optional.</summary>
public sealed record TaskStatusRequest(int? Version);
