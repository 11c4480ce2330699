using System.Globalization;
using Liaison.Web;

namespace Liaison.Features.Engagements.Itinerary;

public enum BookingWarningKind
{
    /// <summary>A counterpart or host is on two overlapping slots on the same day (here, or here and in another engagement).</summary>
    DoubleBooked = 0,

    /// <summary>A member of this engagement is also a member of another active engagement whose dates overlap.</summary>
    AlsoInOtherEngagement = 1,

    /// <summary>Consecutive slots in different cities with less than the travel margin between them and no travel slot.</summary>
    NoTimeToTravel = 2,

    /// <summary>A slot starts before the delegation arrives.</summary>
    BeforeArrival = 3,

    /// <summary>A slot ends after the delegation leaves.</summary>
    AfterDeparture = 4,
}

/// <summary>A slot named by a warning (of this engagement or, for double bookings, of another one).</summary>
public sealed record WarningSlot(int EngagementId, int Id, DateOnly Day, TimeOnly StartsAt, TimeOnly EndsAt, string Title, string? TitleZh)
{
    public string DisplayTitle => EnumText.Pick(Title, TitleZh);

    public string Times => BookingWarningText.Time(StartsAt) + "–" + BookingWarningText.Time(EndsAt);

    public string Url => $"/engagements/{EngagementId}/itinerary#slot-{Id}";
}

/// <summary>Another engagement named by a warning: always one the caller can see.</summary>
public sealed record WarningEngagement(int Id, string Title, string? TitleZh, DateOnly StartsOn, DateOnly EndsOn)
{
    public string DisplayTitle => EnumText.Pick(Title, TitleZh);

    public string Url => $"/engagements/{Id}";
}

/// <summary>Something in the plan that cannot work as planned. Not an error: the plan is saved, the warning says what to check.</summary>
public sealed record BookingWarning(
    BookingWarningKind Kind, DateOnly? Day, SlotPerson? Person = null, WarningSlot? Slot = null, WarningSlot? OtherSlot = null,
    WarningEngagement? OtherEngagement = null, string? FromCity = null, string? ToCity = null, DateTime? At = null);

/// <summary>The words of the warnings: one format per case, shared by the page (with links) and the API and flash messages (plain).</summary>
public static class BookingWarningText
{
    public const string DoubleBookedHere = "{0} is booked twice on {1}: “{2}” ({3}) and “{4}” ({5}).";
    public const string DoubleBookedElsewhere = "{0} is booked twice on {1}: “{2}” ({3}) here and “{4}” ({5}) in {6}.";
    public const string AlsoInOther = "{0} also takes part in {1} ({2}), whose dates overlap with this engagement.";
    public const string NoTimeToTravel = "No time to travel from {0} to {1} on {2}: “{3}” ends at {4} and “{5}” starts at {6}.";
    public const string BeforeArrival = "“{0}” on {1} starts at {2}, before the arrival ({3}).";
    public const string AfterDeparture = "“{0}” on {1} ends at {2}, after the departure ({3}).";

    public static readonly IReadOnlyList<string> Formats = [DoubleBookedHere, DoubleBookedElsewhere, AlsoInOther, NoTimeToTravel, BeforeArrival, AfterDeparture];

    /// <summary>The format and its arguments; <paramref name="link"/> turns a label and an address into what the output needs.</summary>
    public static (string Format, object[] Args) Parts(BookingWarning w, Func<string, string, object> link)
    {
        object Person() => w.Person is { } p ? link(p.DisplayName, $"/people/{p.Id}") : "";
        object Slot(WarningSlot? s) => s is null ? "" : link(s.DisplayTitle, s.Url);
        var day = Date(w.Day);
        return w.Kind switch
        {
            BookingWarningKind.DoubleBooked when w.OtherEngagement is { } other =>
                (DoubleBookedElsewhere, [Person(), day, Slot(w.Slot), w.Slot?.Times ?? "", Slot(w.OtherSlot), w.OtherSlot?.Times ?? "", link(other.DisplayTitle, other.Url)]),
            BookingWarningKind.DoubleBooked =>
                (DoubleBookedHere, [Person(), day, Slot(w.Slot), w.Slot?.Times ?? "", Slot(w.OtherSlot), w.OtherSlot?.Times ?? ""]),
            BookingWarningKind.AlsoInOtherEngagement when w.OtherEngagement is { } other =>
                (AlsoInOther, [Person(), link(other.DisplayTitle, other.Url), Date(other.StartsOn) + " – " + Date(other.EndsOn)]),
            BookingWarningKind.NoTimeToTravel =>
                (NoTimeToTravel, [w.FromCity ?? "", w.ToCity ?? "", day, Slot(w.Slot), w.Slot is { } a ? Time(a.EndsAt) : "", Slot(w.OtherSlot), w.OtherSlot is { } b ? Time(b.StartsAt) : ""]),
            BookingWarningKind.BeforeArrival =>
                (BeforeArrival, [Slot(w.Slot), day, w.Slot is { } s ? Time(s.StartsAt) : "", Moment(w.At)]),
            _ => (AfterDeparture, [Slot(w.Slot), day, w.Slot is { } e ? Time(e.EndsAt) : "", Moment(w.At)]),
        };
    }

    /// <summary>The warning as plain text in the current UI language (API, flash messages).</summary>
    public static string Plain(BookingWarning w, Microsoft.Extensions.Localization.IStringLocalizer localizer)
    {
        var (format, args) = Parts(w, (label, _) => label);
        return string.Format(CultureInfo.CurrentCulture, localizer[format].Value, args);
    }

    public static string Time(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Moment(DateTime? at) => at?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
}
