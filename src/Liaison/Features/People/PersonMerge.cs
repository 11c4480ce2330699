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

/// <summary>
/// Two people (<see cref="PersonAId"/> the smaller id) who share a match key held by two to
/// <see cref="Duplicates.DuplicateFinder.MaxPeoplePerKey"/> people: the duplicates queue, precomputed. Written only by
/// the database's triggers on PersonMatchKeys (migrations 0018 on SQLite and 0019 on PostgreSQL), which refresh a key's
/// pairs whenever a row holding it is written, so the queue reads a few thousand pairs instead of grouping every key.
/// </summary>
public sealed class MatchKeyPair
{
    public string Key { get; set; } = "";
    public int PersonAId { get; set; }
    public Person? PersonA { get; set; }
    public int PersonBId { get; set; }
    public Person? PersonB { get; set; }
}
