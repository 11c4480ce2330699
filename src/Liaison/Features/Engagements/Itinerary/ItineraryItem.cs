using Liaison.Features.People;

namespace Liaison.Features.Engagements.Itinerary;

public enum ItineraryActivity
{
    Talks = 0,
    Meeting = 1,
    SiteVisit = 2,
    Banquet = 3,
    Travel = 4,
    StudySession = 5,
    FreeTime = 6,
    Other = 7,
}

/// <summary>One time slot of an engagement's programme, on a day, in a city and venue, with its counterpart and our host.</summary>
public sealed class ItineraryItem
{
    public int Id { get; set; }
    public int EngagementId { get; set; }
    public Engagement? Engagement { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly StartsAt { get; set; }
    public TimeOnly EndsAt { get; set; }
    public ItineraryActivity Activity { get; set; }
    public string Title { get; set; } = "";
    public string? TitleZh { get; set; }
    public string? City { get; set; }
    public string? CityZh { get; set; }
    public string? Venue { get; set; }
    public string? VenueZh { get; set; }

    /// <summary>The person met (for inbound visits: the head of the delegation or another visitor; outbound: the host).</summary>
    public int? CounterpartId { get; set; }
    public Person? Counterpart { get; set; }

    /// <summary>Our person receiving or accompanying (a people record too).</summary>
    public int? HostId { get; set; }
    public Person? Host { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }
}
