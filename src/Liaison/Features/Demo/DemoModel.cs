using System.Globalization;
using Liaison.Features.Countries;
using Liaison.Features.Organizations;

namespace Liaison.Features.Demo;

// A party being planned: its organization, how strong it is, and when it existed.
internal sealed class PartyPlan(Organization org, double weight)
{
    public Organization Org { get; } = org;
    public double Weight { get; } = weight;

    // Minor parties never govern: predecessors of mergers, splinters, fringe parties.
    public bool Minor { get; init; }
    public string Language { get; init; } = "en";

    // Real, widely known parties: their records are public.
    public bool WellKnown { get; init; }

    public bool AliveThrough(DateOnly from, DateOnly to) =>
        (Org.Founded is null || Org.Founded < from) && (Org.Dissolved is null || Org.Dissolved >= to);
}

// One government: from its start until the next one starts.
internal sealed record GovernmentPeriod(
    DateOnly From,
    string Source,
    PartyPlan Head,
    IReadOnlyList<PartyPlan> Coalition,
    IReadOnlyList<PartyPlan> Support,
    IReadOnlyCollection<PartyPlan> Outside,
    IReadOnlyCollection<PartyPlan> Banned,
    string? Note = null);

// The politics of one country: its parties, its governments since about 1990, its elections.
internal sealed class CountryPlan(Country country)
{
    public Country Country { get; } = country;

    // The naming material of generated countries; null for scripted, real histories.
    public CountrySpec? Spec { get; set; }
    public List<PartyPlan> Parties { get; } = [];
    public List<GovernmentPeriod> Periods { get; } = [];
    public List<Election> Elections { get; } = [];

    // The date of the next regular election, if one is due.
    public DateOnly? NextElection { get; set; }
    public ElectionKind NextElectionKind { get; set; } = ElectionKind.Parliamentary;
    public int SeatsTotal { get; set; } = 200;

    public PartyPlan Add(PartyPlan party)
    {
        Parties.Add(party);
        return party;
    }
}

internal static class DemoDates
{
    /// <summary>The day the demo world was first written for; the default anchor.</summary>
    public static readonly DateOnly DefaultToday = new(2026, 11, 22);

    private static readonly AsyncLocal<DateOnly?> Anchor = new();

    // The day the demo world is set on; everything "current" or "upcoming" is relative to it.
    public static DateOnly Today => Anchor.Value ?? DefaultToday;

    /// <summary>Sets the anchor for the load running on this async flow.</summary>
    public static void SetToday(DateOnly today) => Anchor.Value = today;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Between(Random random, DateOnly from, DateOnly to) =>
        from.AddDays(random.Next(Math.Max(1, to.DayNumber - from.DayNumber)));
}
