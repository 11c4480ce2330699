using System.ComponentModel.DataAnnotations;

namespace Liaison.Features.Engagements.Itinerary;

/// <summary>What a user submits to add or change a time slot of an itinerary (API body and page form).</summary>
public sealed class ItineraryInput
{
    /// <summary>The day of the slot: one of the engagement's days.</summary>
    public DateOnly? Day { get; set; }

    public TimeOnly? StartsAt { get; set; }

    /// <summary>Must be after <see cref="StartsAt"/> (a slot ends on the day it starts).</summary>
    public TimeOnly? EndsAt { get; set; }

    public ItineraryActivity Activity { get; set; } = ItineraryActivity.Meeting;

    [Required(ErrorMessage = "The slot title is required.")]
    [StringLength(300, ErrorMessage = "The slot title must be at most {1} characters.")]
    public string Title { get; set; } = "";

    [StringLength(300, ErrorMessage = "The slot's Chinese title must be at most {1} characters.")]
    public string? TitleZh { get; set; }

    [StringLength(120, ErrorMessage = "The slot's city must be at most {1} characters.")]
    public string? City { get; set; }

    [StringLength(120, ErrorMessage = "The slot's Chinese city name must be at most {1} characters.")]
    public string? CityZh { get; set; }

    [StringLength(300, ErrorMessage = "The slot's venue must be at most {1} characters.")]
    public string? Venue { get; set; }

    [StringLength(300, ErrorMessage = "The slot's Chinese venue name must be at most {1} characters.")]
    public string? VenueZh { get; set; }

    /// <summary>The person met (a people record the caller can see).</summary>
    public int? CounterpartId { get; set; }

    /// <summary>Our person receiving or accompanying (a people record the caller can see).</summary>
    public int? HostId { get; set; }

    [StringLength(2000, ErrorMessage = "The slot's notes must be at most {1} characters.")]
    public string? Notes { get; set; }

    /// <summary>The version the user loaded; required for changes so a stale save is refused.</summary>
    public int? Version { get; set; }

    public static ItineraryInput From(ItineraryItem i) => new()
    {
        Day = i.Day,
        StartsAt = i.StartsAt,
        EndsAt = i.EndsAt,
        Activity = i.Activity,
        Title = i.Title,
        TitleZh = i.TitleZh,
        City = i.City,
        CityZh = i.CityZh,
        Venue = i.Venue,
        VenueZh = i.VenueZh,
        CounterpartId = i.CounterpartId,
        HostId = i.HostId,
        Notes = i.Notes,
        Version = i.Version,
    };
}
