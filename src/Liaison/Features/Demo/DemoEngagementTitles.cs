using Liaison.Features.Engagements;
using Liaison.Features.Organizations;

namespace Liaison.Features.Demo;

// Titles as the department writes them, in English and Chinese; where it took place; what it was for.
internal static class DemoEngagementTitles
{
    private static readonly string[] Nouns =
        ["Party", "Front", "Movement", "Union", "Congress", "Alliance", "League", "Organisation", "Organization", "Council", "Assembly", "Democrats", "Coalition", "Rally", "Bloc"];

    private static readonly (string En, string Zh)[] Forums =
    [
        ("CPC and World Political Parties High-level Dialogue", "中国共产党与世界政党高层对话会"),
        ("World Political Parties Forum on Modernization", "世界政党现代化论坛"),
        ("CPC and World Political Parties Summit", "中国共产党与世界政党领导人峰会"),
    ];

    public static (string En, string Zh) Title(DemoEngagement plan, Random random)
    {
        var e = plan.Engagement;
        var org = plan.Org!;
        var the = The(org);
        var name = Named(org);
        var orgZh = org.NameZh ?? org.NameEn;
        var country = org.Country;
        var countryEn = country?.NameEn ?? org.NameEn;
        var countryZh = country?.NameZh ?? orgZh;
        var head = plan.ForeignHead;
        var ours = plan.OurHead;
        var pair = country is null ? null : DemoEngagementPlaces.ShortZh(country.Iso3);
        var theme = plan.Theme;
        return e.Kind switch
        {
            EngagementKind.InboundVisit => (
                head is null ? $"Delegation of {the}{name}" : $"Delegation of {the}{name} led by {head.Name}, {head.Post.Title}",
                head?.NameZh is { } zh ? $"以{zh}为团长的{orgZh}代表团" : head?.Post.TitleZh is { } title ? $"{orgZh}{title}率领的代表团" : $"{orgZh}代表团"),
            EngagementKind.OutboundVisit => (
                $"CPC delegation to {countryEn} led by {ours?.Name}",
                $"以{ours?.NameZh ?? ours?.Name}为团长的中共代表团访问{countryZh}"),
            EngagementKind.HighLevelTalks => (
                $"High-level talks with {head!.Name}, {head.Post.Title} of {the}{name}",
                $"同{orgZh}{head.Post.TitleZh}{head.NameZh}举行高层会谈"),
            EngagementKind.BilateralDialogue => (
                $"High-level Dialogue between the CPC and {the}{name} ({e.StartsOn.Year})",
                $"中国共产党同{orgZh}高层对话（{e.StartsOn.Year}年）"),
            EngagementKind.TheoreticalSeminar => (
                $"China–{countryEn} Theoretical Seminar on {Capital(theme.En)}",
                pair is not null ? $"中{pair}两党理论研讨会：{theme.Zh}" : $"中国共产党同{orgZh}理论研讨会：{theme.Zh}"),
            EngagementKind.StudyTour => (
                $"Study tour of {the}{name} cadres on {theme.En}",
                $"{orgZh}干部考察团（{theme.Zh}）"),
            EngagementKind.TrainingCourse => (
                $"Training course for cadres of {Region(plan).En} parties on {theme.En}",
                $"{Region(plan).Zh}政党干部研修班（{theme.Zh}）"),
            EngagementKind.MultilateralForum => Forum(plan, random),
            EngagementKind.VideoMeeting => (
                $"Video meeting with {the}{name} on {theme.En}",
                $"同{orgZh}举行视频会议：{theme.Zh}"),
            EngagementKind.Reception => head is not null && head.Post.Title.StartsWith("Ambassador", StringComparison.Ordinal)
                ? ($"Reception for the Ambassador of {countryEn}, {head.Name}", $"宴请{countryZh}驻华大使")
                : org.Founded is { } founded && e.StartsOn.Year - founded.Year > 1
                    ? ($"Reception on the {Ordinal(e.StartsOn.Year - founded.Year)} anniversary of {the}{name}", $"庆祝{orgZh}成立{e.StartsOn.Year - founded.Year}周年招待会")
                    : ($"Reception for {the}{name}", $"招待{orgZh}"),
            _ => ($"Briefing for {the}{name} on the CPC's latest plenary session", $"向{orgZh}通报中共中央全会精神"),
        };
    }

    private static (string En, string Zh) Forum(DemoEngagement plan, Random random)
    {
        if (plan.Orgs.Select(o => o.Country).OfType<Countries.Country>().Select(c => DemoEngagementPlaces.Group(c.Region, c.Subregion).Key).Distinct().Count() > 1
            || plan.Orgs.Any(o => o.Country is null))
        {
            return Forums[random.Next(Forums.Length)];
        }

        var region = Region(plan);
        var at = plan.Country is { } host ? $" in {host.Capital ?? host.NameEn}" : "";
        var atZh = plan.Country is { } c ? $"（{DemoEngagementPlaces.CapitalZh(c.Capital) ?? c.NameZh}）" : "";
        return region.Key switch
        {
            "lac" => ($"China–Latin America and the Caribbean Political Parties Forum{at}", $"中国—拉美和加勒比政党论坛{atZh}"),
            "africa" => ($"China–Africa Political Parties Dialogue{at}", $"中非政党对话会{atZh}"),
            "arab" => ($"China–Arab States Political Parties Dialogue{at}", $"中阿政党对话会{atZh}"),
            "sea" => ($"China–ASEAN Political Parties Forum{at}", $"中国—东盟政党论坛{atZh}"),
            "eu" => ($"China–Europe Political Parties High-level Forum{at}", $"中欧政党高层论坛{atZh}"),
            _ => ($"China–{region.En} Political Parties Forum{at}", $"中国—{region.Zh}政党论坛{atZh}"),
        };
    }

    // The region of the parties taking part, from the first with a country.
    private static (string En, string Zh, string Key) Region(DemoEngagement plan)
    {
        var c = plan.Orgs.Select(o => o.Country).OfType<Countries.Country>().FirstOrDefault();
        var (en, zh, key) = DemoEngagementPlaces.Group(c?.Region, c?.Subregion);
        var adjective = key switch
        {
            "africa" => "African", "eu" => "European", "lac" => "Latin American and Caribbean", "sea" => "Southeast Asian", "sa" => "South Asian", "ca" => "Central Asian",
            "arab" => "Arab", "nea" => "Northeast Asian", "na" => "North American", "pac" => "Pacific Island", _ => en,
        };
        return (adjective, zh, key);
    }

    public static string Location(DemoEngagement plan)
    {
        var cities = plan.Itinerary.Select(i => i.City).OfType<string>().Distinct().ToList();
        var where = cities.Count > 0 ? string.Join(", ", cities) : "Beijing";
        return plan.Abroad && plan.Country is { } c ? $"{where}, {c.NameEn}" : where;
    }

    public static string Purpose(DemoEngagement plan, Random random)
    {
        var org = plan.Org!;
        var name = $"{The(org)}{org.NameEn}";
        if (random.NextDouble() < 0.12)
        {
            return $"落实两党交往计划，就**{plan.Theme.Zh}**交流经验，增进同{org.NameZh ?? org.NameEn}的了解与互信。";
        }

        var why = plan.Kind switch
        {
            EngagementKind.InboundVisit or EngagementKind.StudyTour => $"At the invitation of the International Department. The guests asked to learn about **{plan.Theme.En}**.",
            EngagementKind.OutboundVisit => $"At the invitation of {name}. Deepen party-to-party relations and exchange experience on **{plan.Theme.En}**.",
            EngagementKind.MultilateralForum or EngagementKind.TrainingCourse => $"Multilateral exchange on **{plan.Theme.En}** with {plan.Orgs.Count} parties.",
            _ => $"Exchange with {name} on **{plan.Theme.En}**.",
        };
        return $"{why}\n\n- Follow up on the last exchange of delegations.\n- {(random.NextDouble() < 0.5 ? "Prepare talking points on the regional situation." : "Brief the guests on the outcomes of the latest plenary session.")}";
    }

    // The party's name, with its country when the name alone does not say which party it is.
    private static string Named(Organization org) =>
        org.Country is { } c && !org.NameEn.Contains(c.NameEn, StringComparison.Ordinal) ? $"{org.NameEn} ({c.NameEn})" : org.NameEn;

    // "the Communist Party of Vietnam", but "Sinn Féin".
    public static string The(Organization org) =>
        org.NameEn.StartsWith("The ", StringComparison.Ordinal) || !Nouns.Any(n => org.NameEn.Contains(n, StringComparison.Ordinal)) ? "" : "the ";

    // "the digital economy" → "the Digital Economy".
    private static string Capital(string text) => string.Join(' ', text.Split(' ').Select(w => w is "the" or "and" or "of" or "on" || w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
