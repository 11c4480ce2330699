namespace Liaison.Features.Organizations;

public enum LineageKind
{
    RenamedTo = 0,
    MergedInto = 1,
    SplitFrom = 2,
    SucceededBy = 3,
}

/// <summary>How one organization became another: <see cref="Predecessor"/> → <see cref="Successor"/>.</summary>
public sealed class LineageLink
{
    public int Id { get; set; }
    public int PredecessorId { get; set; }
    public Organization? Predecessor { get; set; }
    public int SuccessorId { get; set; }
    public Organization? Successor { get; set; }
    public LineageKind Kind { get; set; }
    public DateOnly? Date { get; set; }
    public string? Note { get; set; }
}
