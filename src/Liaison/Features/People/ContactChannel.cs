namespace Liaison.Features.People;

public enum ChannelKind
{
    Email = 0,
    Phone = 1,
    Mobile = 2,
    WeChat = 3,
    WhatsApp = 4,
    Telegram = 5,
    Signal = 6,
    Line = 7,
    Postal = 8,
    Other = 9,
}

public enum Consent
{
    Unknown = 0,
    Given = 1,
    Refused = 2,
    Withdrawn = 3,
}

/// <summary>A way to reach a person. Desk business: seen only by contact roles of the person's desk (see Visibility.cs).</summary>
public sealed class ContactChannel
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public ChannelKind Kind { get; set; }

    /// <summary>The address, number or handle; a postal address may span several lines.</summary>
    public string Value { get; set; } = "";
    public string? Label { get; set; }
    public bool Preferred { get; set; }
    public Consent Consent { get; set; }
    public DateOnly? ConsentOn { get; set; }
    public string? ConsentNote { get; set; }
    public DateOnly? LastVerifiedOn { get; set; }
    public int Version { get; set; }
}
