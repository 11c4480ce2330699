using Liaison.Features.Organizations;
using Liaison.Features.Relationships;
using Liaison.Features.Work;

namespace Liaison.Features.Engagements.Outcomes;

public enum OutcomeKind
{
    Agreement = 0,
    JointStatement = 1,
    Commitment = 2,
    Other = 3,
}

/// <summary>
/// What an engagement produced: an agreement signed (an entry of the organization's relationship ledger), a joint statement
/// or communiqué, or a commitment followed up by a task with an owner and due date.
/// </summary>
public sealed class EngagementOutcome
{
    public int Id { get; set; }
    public int EngagementId { get; set; }
    public Engagement? Engagement { get; set; }
    public OutcomeKind Kind { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Text or summary, Markdown.</summary>
    public string? Text { get; set; }

    /// <summary>The counterpart organization it concerns (for agreements: whose ledger holds it).</summary>
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int? AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public int? TaskId { get; set; }
    public TaskItem? Task { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
}
