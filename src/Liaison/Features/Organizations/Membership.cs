namespace Liaison.Features.Organizations;

public enum MembershipStatus
{
    Full = 0,
    Observer = 1,
    Consultative = 2,
    Associate = 3,
}

/// <summary>A party's membership of a party international or regional organization.</summary>
public sealed class Membership
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public Organization? Member { get; set; }
    public int GroupId { get; set; }
    public Organization? Group { get; set; }
    public MembershipStatus Status { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
