using Liaison.Features.Organizations;

namespace Liaison.Features.Demo;

// Turns a country's government periods into per-party standing spans (consecutive equal standings merged).
internal static class DemoStandings
{
    public static void BuildSpans(CountryPlan plan)
    {
        var periods = plan.Periods.OrderBy(p => p.From).ToList();
        foreach (var party in plan.Parties)
        {
            StandingSpan? open = null;
            for (var i = 0; i < periods.Count; i++)
            {
                var period = periods[i];
                DateOnly? end = i + 1 < periods.Count ? periods[i + 1].From : null;
                var org = party.Org;

                // A party takes part from the first government formed after its founding, until it is dissolved.
                if (org.Founded is { } founded && founded >= period.From)
                {
                    continue;
                }

                if (org.Dissolved is { } dissolved && dissolved <= period.From)
                {
                    break;
                }

                if (org.Dissolved is { } until && (end is null || until < end))
                {
                    end = until;
                }

                var (standing, head) = StandingIn(period, party);
                if (open is not null && open.Standing == standing && open.HeadOfGovernment == head && open.To == period.From)
                {
                    open.To = end;
                    continue;
                }

                open = new StandingSpan
                {
                    Standing = standing,
                    HeadOfGovernment = head,
                    From = period.From,
                    To = end,
                    Source = period.Source,
                    Note = head ? period.Note : NoteFor(standing, period),
                };
                org.Standings.Add(open);
            }
        }
    }

    private static (Standing Standing, bool Head) StandingIn(GovernmentPeriod period, PartyPlan party)
    {
        if (period.Head == party)
        {
            return (Standing.LeadingRuling, true);
        }

        if (period.Coalition.Contains(party))
        {
            return (Standing.CoalitionPartner, false);
        }

        if (period.Support.Contains(party))
        {
            return (Standing.SupportPartner, false);
        }

        if (period.Banned.Contains(party))
        {
            return (Standing.BannedOrExile, false);
        }

        return period.Outside.Contains(party) ? (Standing.ExtraParliamentary, false) : (Standing.Opposition, false);
    }

    private static string? NoteFor(Standing standing, GovernmentPeriod period) => standing switch
    {
        Standing.CoalitionPartner => $"Junior partner in the government led by the {period.Head.Org.NameEn}.",
        Standing.SupportPartner => "Confidence-and-supply agreement; no cabinet posts.",
        Standing.BannedOrExile => "Banned; leadership in exile or underground.",
        _ => null,
    };
}
