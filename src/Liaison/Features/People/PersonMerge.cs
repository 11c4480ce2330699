namespace Liaison.Features.People;

/// <summary>
/// One merge of a duplicate into a surviving person. <see cref="Details"/> records (as JSON) every row moved and every field
/// copied, so an administrator can revert the merge exactly.
/// </summary>
public sealed class PersonMerge
{
    public int Id { get; set; }
    public int SurvivorId { get; set; }
    public int MergedId { get; set; }
    public DateTime At { get; set; }
    public string? ByUserId { get; set; }
    public string Details { get; set; } = "";
    public DateTime? RevertedAt { get; set; }
    public string? RevertedByUserId { get; set; }
}

/// <summary>A pair of people a user has confirmed are different, so they are no longer flagged as probable duplicates.</summary>
public sealed class DistinctPeople
{
    public int Id { get; set; }

    /// <summary>The smaller id of the pair.</summary>
    public int PersonAId { get; set; }
    public int PersonBId { get; set; }
    public string? ByUserId { get; set; }
    public DateTime At { get; set; }
}

/// <summary>
/// A normalized key (name in any script or order, e-mail, phone number) under which two records of the same person meet.
/// Kept in step with people, names and channels on every save; never shown to users.
/// </summary>
public sealed class PersonMatchKey
{
    public long Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public string Key { get; set; } = "";
}
