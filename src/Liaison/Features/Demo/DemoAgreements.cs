using Liaison.Features.Organizations;
using Liaison.Features.Relationships;
using Liaison.Security;
using static Liaison.Features.Demo.DemoDates;

namespace Liaison.Features.Demo;

// Memoranda and cooperation agreements with a quarter of the organizations we have ties with.
internal static class DemoAgreements
{
    public static List<Agreement> Create(List<Relationship> ties, IReadOnlyDictionary<string, RelationshipLevel> levels, Random random)
    {
        var rankOf = levels.Values.ToDictionary(l => l.Id, l => l.Rank);
        var agreements = new List<Agreement>();
        foreach (var tie in ties.Where(t => rankOf[t.LevelId] >= 2 || t.History.Count > 2))
        {
            if (random.NextDouble() > 0.38)
            {
                continue;
            }

            var org = tie.Organization!;
            var count = random.NextDouble() < 0.3 ? 2 : 1;
            for (var i = 0; i < count; i++)
            {
                var signed = Between(random, Later(tie.Since ?? D("2005-01-01"), D("2005-01-01")), Today.AddDays(-60));
                var years = random.NextDouble() < 0.5 ? 3 : 5;
                var kind = (AgreementKind)random.Next(0, 4);
                var agreement = new Agreement
                {
                    Organization = org,
                    Kind = kind,
                    SignedOn = signed,
                    Title = Title(kind, Partner(org), signed, years),
                    ExpiresOn = kind == AgreementKind.JointStatement ? null : signed.AddYears(years),
                    Classification = random.NextDouble() < 0.1 ? Classification.Confidential : Classification.Internal,
                    Notes = kind == AgreementKind.JointStatement ? "Issued at the end of the high-level talks." : "Implementation reviewed at the annual dialogue.",
                };
                if (agreement.ExpiresOn is { } expires && expires < Today && random.NextDouble() < 0.4)
                {
                    agreement.RenewedOn = expires.AddDays(-random.Next(0, 60));
                    agreement.ExpiresOn = agreement.RenewedOn.Value.AddYears(years);
                    agreement.Notes = $"Renewed for {years} more years.";
                }

                agreements.Add(agreement);
            }
        }

        // Make sure the reminders have something to show: a few expire within 90 days.
        var expiring = agreements.Where(a => a.ExpiresOn is not null).OrderBy(_ => random.Next()).Take(7).ToList();
        foreach (var a in expiring)
        {
            a.ExpiresOn = Today.AddDays(random.Next(6, 88));
            a.SignedOn = a.ExpiresOn.Value.AddYears(-5);
            a.RenewedOn = null;
            a.Title = Title(a.Kind, Partner(a.Organization!), a.SignedOn.Value, 5);
            a.Notes = "Expires soon: renewal to be discussed with the partner.";
        }

        return agreements;
    }

    private static string Title(AgreementKind kind, string partner, DateOnly signed, int years) => kind switch
    {
        AgreementKind.MemorandumOfUnderstanding => $"Memorandum of Understanding on Exchanges and Cooperation ({partner})",
        AgreementKind.CooperationAgreement => $"Cooperation Agreement {signed.Year}–{signed.Year + years}: cadre training and study tours ({partner})",
        AgreementKind.ExchangeProgramme => $"Youth and Think-Tank Exchange Programme {signed.Year}–{signed.Year + years} ({partner})",
        _ => $"Joint Statement on Strengthening Party-to-Party Relations ({partner}, {signed.Year})",
    };

    // The partner's name, with its country when the name alone does not say which party it is.
    private static string Partner(Organization org) =>
        org.Country is { } c && !org.NameEn.Contains(c.NameEn, StringComparison.Ordinal) ? $"{org.NameEn}, {c.NameEn}" : org.NameEn;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
