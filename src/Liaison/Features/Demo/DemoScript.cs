using Liaison.Features.Countries;
using static Liaison.Features.Demo.DemoDates;

namespace Liaison.Features.Demo;

// A small script for real political histories: parties, governments and elections as they happened.
internal sealed class DemoScript(Country country)
{
    public CountryPlan Plan { get; } = new(country);

    public PartyPlan Party(PartyName name, bool wellKnown = true, string? dissolved = null)
    {
        var org = PartyNaming.Party(name, country, new CountrySpec(country.Iso3, "", ""));
        org.Founded = name.Founded;
        org.Dissolved = dissolved is null ? null : D(dissolved);
        return Plan.Add(new PartyPlan(org, 1) { WellKnown = wellKnown });
    }

    public void Government(string from, string source, PartyPlan head, PartyPlan[]? coalition = null, PartyPlan[]? support = null,
        PartyPlan[]? outside = null, PartyPlan[]? banned = null, string? note = null) =>
        Plan.Periods.Add(new GovernmentPeriod(D(from), source, head, coalition ?? [], support ?? [], outside ?? [], banned ?? [], note));

    // Each result is the seats won; where the election has no seats total, the vote share in tenths of a percent.
    public void Election(ElectionKind kind, string date, int? seatsTotal, params (PartyPlan Party, int Value)[] results)
    {
        var election = new Election { CountryId = country.Id, Kind = kind, Date = D(date), SeatsTotal = seatsTotal };
        foreach (var (party, value) in results)
        {
            election.Results.Add(seatsTotal is null
                ? new ElectionResult { Organization = party.Org, VoteShare = value / 10.0 }
                : new ElectionResult { Organization = party.Org, Seats = value });
        }

        Plan.Elections.Add(election);
    }

    public void Congress(string date, string name) =>
        Plan.Elections.Add(new Election { CountryId = country.Id, Kind = ElectionKind.PartyCongress, Date = D(date), Notes = name });

    public void Next(string date, ElectionKind kind)
    {
        Plan.NextElection = D(date);
        Plan.NextElectionKind = kind;
    }
}
