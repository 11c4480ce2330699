using Liaison.Features.Organizations;
using Liaison.Security;

namespace Liaison.Features.Relationships;

public enum AgreementKind
{
    MemorandumOfUnderstanding = 0,
    CooperationAgreement = 1,
    ExchangeProgramme = 2,
    JointStatement = 3,
    Other = 4,
}

public sealed class Agreement
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public AgreementKind Kind { get; set; }
    public string Title { get; set; } = "";
    public DateOnly? SignedOn { get; set; }
    public DateOnly? RenewedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public Classification Classification { get; set; } = Classification.Internal;
    public string? Notes { get; set; }
    public int Version { get; set; }

    public bool IsExpiringWithin(DateOnly today, int days) =>
        ExpiresOn is DateOnly e && e >= today && e <= today.AddDays(days);
}
