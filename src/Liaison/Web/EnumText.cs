using System.Globalization;
using System.Resources;
using Liaison.Features.Countries;
using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Documents;
using Liaison.Features.Engagements.Itinerary;
using Liaison.Features.Engagements.Logistics;
using Liaison.Features.Engagements.Outcomes;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Features.Relationships;
using Liaison.Features.Touchpoints;
using Liaison.Features.Work;
using Liaison.Security;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Liaison.Web;

/// <summary>
/// Display names of the domain enums: humanized English, translated by <c>Resources/EnumResource.zh-Hans.resx</c>
/// (English text is the key, as for the other resources).
/// </summary>
public static class EnumText
{
    // Read directly rather than through IStringLocalizer so page models, views and exports share one lookup without DI.
    private static readonly ResourceManager Resources = new("Liaison.Resources.EnumResource", typeof(EnumText).Assembly);

    private static readonly Dictionary<Enum, string> EnglishNames = new()
    {
        [OrganizationKind.PoliticalParty] = "Political party",
        [OrganizationKind.PartyInternational] = "Party international",
        [OrganizationKind.PartyWing] = "Party wing",
        [OrganizationKind.ParliamentaryGroup] = "Parliamentary group",
        [OrganizationKind.GovernmentBody] = "Government body",
        [OrganizationKind.ThinkTank] = "Think tank",
        [OrganizationKind.Media] = "Media",
        [OrganizationKind.Ngo] = "NGO",
        [OrganizationKind.TradeUnion] = "Trade union",
        [OrganizationKind.Company] = "Company",
        [OrganizationKind.Other] = "Other",
        [IdeologyFamily.CommunistWorkers] = "Communist / workers'",
        [IdeologyFamily.SocialistSocialDemocratic] = "Socialist / social democratic",
        [IdeologyFamily.Labour] = "Labour",
        [IdeologyFamily.Green] = "Green",
        [IdeologyFamily.Liberal] = "Liberal",
        [IdeologyFamily.ChristianDemocratic] = "Christian democratic",
        [IdeologyFamily.Conservative] = "Conservative",
        [IdeologyFamily.Nationalist] = "Nationalist",
        [IdeologyFamily.Agrarian] = "Agrarian",
        [IdeologyFamily.Regionalist] = "Regionalist",
        [IdeologyFamily.Populist] = "Populist",
        [IdeologyFamily.Other] = "Other",
        [Standing.LeadingRuling] = "Leading ruling party",
        [Standing.CoalitionPartner] = "Governing coalition partner",
        [Standing.SupportPartner] = "Support partner",
        [Standing.Opposition] = "Opposition",
        [Standing.ExtraParliamentary] = "Extra-parliamentary",
        [Standing.BannedOrExile] = "Banned or in exile",
        [Classification.Public] = "Public",
        [Classification.Internal] = "Internal",
        [Classification.Confidential] = "Confidential",
        [Classification.Restricted] = "Restricted",
        [AgreementKind.MemorandumOfUnderstanding] = "Memorandum of understanding",
        [AgreementKind.CooperationAgreement] = "Cooperation agreement",
        [AgreementKind.ExchangeProgramme] = "Exchange programme",
        [AgreementKind.JointStatement] = "Joint statement",
        [AgreementKind.Other] = "Other",
        [MembershipStatus.Full] = "Full member",
        [MembershipStatus.Observer] = "Observer",
        [MembershipStatus.Consultative] = "Consultative member",
        [MembershipStatus.Associate] = "Associate member",
        [LineageKind.RenamedTo] = "Renamed to",
        [LineageKind.MergedInto] = "Merged into",
        [LineageKind.SplitFrom] = "Split from",
        [LineageKind.SucceededBy] = "Succeeded by",
        [ElectionKind.Parliamentary] = "Parliamentary",
        [ElectionKind.Presidential] = "Presidential",
        [ElectionKind.Regional] = "Regional",
        [ElectionKind.Local] = "Local",
        [ElectionKind.EuropeanParliament] = "European Parliament",
        [ElectionKind.Referendum] = "Referendum",
        [ElectionKind.PartyCongress] = "Party congress",
        [OrganizationNameKind.Former] = "Former name",
        [OrganizationNameKind.Alias] = "Also known as",
        [OrganizationNameKind.Translation] = "Translation",
        [OrganizationNameKind.FormerAbbreviation] = "Former abbreviation",
        [Gender.Unknown] = "Not recorded",
        [Gender.Female] = "Female",
        [Gender.Male] = "Male",
        [Gender.Other] = "Other gender",
        [NameOrder.FamilyFirst] = "Family name first",
        [NameOrder.GivenFirst] = "Given name first",
        [PersonNameKind.Transliteration] = "Transliteration",
        [PersonNameKind.Romanization] = "Romanization",
        [PersonNameKind.Alias] = "Also known as",
        [PersonNameKind.Former] = "Former name",
        [PersonNameKind.Translation] = "Translation",
        [PositionKind.PartyPost] = "Party post",
        [PositionKind.GovernmentPost] = "Government post",
        [PositionKind.ParliamentSeat] = "Parliament seat",
        [PositionKind.Other] = "Other",
        [ChannelKind.Email] = "E-mail",
        [ChannelKind.Phone] = "Phone",
        [ChannelKind.Mobile] = "Mobile",
        [ChannelKind.WeChat] = "WeChat",
        [ChannelKind.WhatsApp] = "WhatsApp",
        [ChannelKind.Telegram] = "Telegram",
        [ChannelKind.Signal] = "Signal",
        [ChannelKind.Line] = "LINE",
        [ChannelKind.Postal] = "Postal address",
        [ChannelKind.Other] = "Other",
        [Consent.Unknown] = "Consent not recorded",
        [Consent.Given] = "Consent given",
        [Consent.Refused] = "Consent refused",
        [Consent.Withdrawn] = "Consent withdrawn",
        [TouchpointChannel.Meeting] = "Meeting",
        [TouchpointChannel.Call] = "Phone call",
        [TouchpointChannel.Email] = "E-mail",
        [TouchpointChannel.Message] = "Message",
        [TouchpointChannel.Letter] = "Letter",
        [TouchpointChannel.Gift] = "Gift",
        [TouchpointChannel.Reception] = "Reception",
        [TouchpointChannel.VideoCall] = "Video call",
        [TouchpointChannel.Other] = "Other",
        [WorkStatus.Open] = "Open",
        [WorkStatus.InProgress] = "In progress",
        [WorkStatus.Done] = "Done",
        [WorkStatus.Cancelled] = "Cancelled",
        [EngagementKind.InboundVisit] = "Inbound delegation visit",
        [EngagementKind.OutboundVisit] = "Outbound delegation visit",
        [EngagementKind.HighLevelTalks] = "High-level talks",
        [EngagementKind.BilateralDialogue] = "Bilateral dialogue",
        [EngagementKind.MultilateralForum] = "Multilateral forum / summit",
        [EngagementKind.TheoreticalSeminar] = "Theoretical seminar",
        [EngagementKind.StudyTour] = "Study tour",
        [EngagementKind.TrainingCourse] = "Training course for foreign party cadres",
        [EngagementKind.VideoMeeting] = "Video meeting",
        [EngagementKind.Reception] = "Reception",
        [EngagementKind.Other] = "Other",
        [EngagementStatus.Proposed] = "Proposed",
        [EngagementStatus.Approved] = "Approved",
        [EngagementStatus.Confirmed] = "Confirmed",
        [EngagementStatus.UnderWay] = "Under way",
        [EngagementStatus.Completed] = "Completed",
        [EngagementStatus.Cancelled] = "Cancelled",
        [EngagementStatus.Postponed] = "Postponed",
        [EngagementSide.Delegation] = "Delegation",
        [EngagementSide.Host] = "Hosts",
        [DelegationRole.Head] = "Head of delegation",
        [DelegationRole.DeputyHead] = "Deputy head",
        [DelegationRole.Member] = "Member",
        [DelegationRole.Staff] = "Staff",
        [DelegationRole.Interpreter] = "Interpreter",
        [DelegationRole.Host] = "Host",
        [DelegationRole.Participant] = "Participant",
        [ItineraryActivity.Talks] = "Talks",
        [ItineraryActivity.Meeting] = "Meeting",
        [ItineraryActivity.SiteVisit] = "Site visit",
        [ItineraryActivity.Banquet] = "Banquet",
        [ItineraryActivity.Travel] = "Travel",
        [ItineraryActivity.StudySession] = "Study session",
        [ItineraryActivity.FreeTime] = "Free time",
        [ItineraryActivity.Other] = "Other",
        [LogisticsKind.Arrival] = "Arrival",
        [LogisticsKind.Departure] = "Departure",
        [LogisticsKind.Accommodation] = "Accommodation",
        [LogisticsKind.Transport] = "Transport",
        [LogisticsKind.Other] = "Other",
        [GiftDirection.Given] = "Given",
        [GiftDirection.Received] = "Received",
        [OutcomeKind.Agreement] = "Agreement signed",
        [OutcomeKind.JointStatement] = "Joint statement or communiqué",
        [OutcomeKind.Commitment] = "Commitment",
        [OutcomeKind.Other] = "Other",
        [EngagementDocumentKind.VisitReport] = "Visit report",
        [EngagementDocumentKind.Speech] = "Speech",
        [EngagementDocumentKind.Photo] = "Photo",
        [EngagementDocumentKind.Briefing] = "Briefing",
        [EngagementDocumentKind.Agreement] = "Agreement text",
        [EngagementDocumentKind.Other] = "Other",
    };

    /// <summary>The humanized English name, whatever the current culture.</summary>
    public static string English(Enum value) => EnglishNames.TryGetValue(value, out var text) ? text : value.ToString();

    /// <summary>The display name in the current UI culture.</summary>
    public static string Name(Enum value)
    {
        var english = English(value);
        return Translate(english, CultureInfo.CurrentUICulture) ?? english;
    }

    /// <summary>Every way a user may write the value: its member name and its English and Chinese display names.</summary>
    public static IEnumerable<string> Spellings(Enum value)
    {
        yield return value.ToString();
        yield return English(value);
        if (Translate(English(value), LiaisonApp.Cultures[1]) is { } chinese)
        {
            yield return chinese;
        }
    }

    /// <summary>The display name of a nullable value; empty when null.</summary>
    public static string Name<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Name(v) : "";

    /// <summary>Select options for every defined value, in declaration order.</summary>
    public static IEnumerable<SelectListItem> Options<TEnum>(TEnum? selected = null, Func<TEnum, bool>? allowed = null)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>()
            .Where(v => allowed is null || allowed(v))
            .Select(v => new SelectListItem(Name(v), v.ToString(), selected is { } s && EqualityComparer<TEnum>.Default.Equals(s, v)));

    /// <summary>Picks the Chinese form of a bilingual name when the UI is Chinese and one exists.</summary>
    public static string Pick(string english, string? chinese) =>
        IsChinese && !string.IsNullOrWhiteSpace(chinese) ? chinese : english;

    private static string? Translate(string english, CultureInfo culture) => Translate(Resources, english, culture);

    // One lookup per manager and culture, kept even when the culture has no resources: asking ResourceManager for a
    // missing set probes the disk for a satellite assembly on every call, under a lock (a quarter of an English person page).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(ResourceManager, CultureInfo), ResourceSet?> Sets = new();

    // Only translations exist (no neutral resources), so walk the culture chain without falling back to a missing neutral set.
    internal static string? Translate(ResourceManager resources, string english, CultureInfo culture)
    {
        for (var c = culture; !c.Equals(CultureInfo.InvariantCulture); c = c.Parent)
        {
            var set = Sets.GetOrAdd((resources, c), key => key.Item1.GetResourceSet(key.Item2, createIfNotExists: true, tryParents: false));
            if (set?.GetString(english) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
