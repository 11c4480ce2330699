using Liaison.Features.Countries;
using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Documents;
using Liaison.Features.Engagements.Itinerary;
using Liaison.Features.Engagements.Logistics;
using Liaison.Features.Engagements.Outcomes;
using Liaison.Features.Organizations;
using Liaison.Features.Touchpoints;

namespace Liaison.Features.Demo;

// One planned engagement and everything that hangs off it, before keys are assigned.
internal sealed class DemoEngagement(Engagement engagement)
{
    public Engagement Engagement { get; } = engagement;
    public EngagementKind Kind => Engagement.Kind;

    // The main counterpart organization and its country (null for forums and courses without a lead country).
    public Organization? Org { get; set; }
    public Country? Country { get; set; }

    // All counterpart organizations, main one first.
    public List<Organization> Orgs { get; } = [];

    // Foreign people and ours, most senior first.
    public List<ActivePerson> Foreign { get; } = [];
    public List<ActivePerson> Ours { get; } = [];

    // Our people travel: outbound visits, and dialogues, seminars and forums held abroad.
    public bool Abroad { get; set; }
    public (string En, string Zh) Theme { get; set; }

    public ActivePerson? ForeignHead => Foreign.FirstOrDefault();
    public ActivePerson? OurHead => Ours.FirstOrDefault();

    public List<ItineraryItem> Itinerary { get; } = [];
    public List<LogisticsItem> Logistics { get; } = [];
    public List<Gift> Gifts { get; } = [];
    public List<EngagementOutcome> Outcomes { get; } = [];
    public List<EngagementDocument> Documents { get; } = [];
    public Touchpoint? Touchpoint { get; set; }

    public int Days => Engagement.EndsOn.DayNumber - Engagement.StartsOn.DayNumber + 1;
}
