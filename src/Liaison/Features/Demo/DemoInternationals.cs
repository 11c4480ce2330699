using Liaison.Features.Organizations;
using Liaison.Security;
using static Liaison.Features.Demo.DemoDates;

namespace Liaison.Features.Demo;

// Party internationals and regional party organizations, and which parties belong to them.
internal static class DemoInternationals
{
    private sealed record Group(string En, string Zh, string? Native, string Abbreviation, string Founded, string Description, Func<PartyPlan, string?, bool> Admits);

    private static readonly string[] LatinAmerica = ["Caribbean", "Central America", "South America"];

    private static readonly Group[] Groups =
    [
        new("Socialist International", "社会党国际", "Internationale socialiste", "SI", "1951-06-30", "Worldwide association of social democratic, socialist and labour parties; founded in Frankfurt.",
            (p, _) => p.Org.Family is IdeologyFamily.SocialistSocialDemocratic or IdeologyFamily.Labour),
        new("Progressive Alliance", "进步联盟", "Progressive Alliance", "PA", "2013-05-22", "Network of social democratic and progressive parties founded in Leipzig.",
            (p, _) => p.Org.Family is IdeologyFamily.SocialistSocialDemocratic or IdeologyFamily.Labour or IdeologyFamily.Green),
        new("Liberal International", "自由国际", "Liberal International", "LI", "1947-04-14", "World federation of liberal parties; Oxford Manifesto of 1947.",
            (p, _) => p.Org.Family is IdeologyFamily.Liberal),
        new("Centrist Democrat International", "中间派民主国际", "Internacional Demócrata de Centro", "CDI", "1961-07-01", "Christian democratic and centrist parties; known as Christian Democrat International until 1999.",
            (p, _) => p.Org.Family is IdeologyFamily.ChristianDemocratic or IdeologyFamily.Agrarian),
        new("International Democracy Union", "国际民主联盟", "International Democracy Union", "IDU", "1983-06-24", "Alliance of centre-right and conservative parties founded in London.",
            (p, _) => p.Org.Family is IdeologyFamily.Conservative),
        new("International Conference of Asian Political Parties", "亚洲政党国际会议", "International Conference of Asian Political Parties", "ICAPP", "2000-09-17",
            "Open forum of Asian parties of all ideologies, ruling and opposition; first general assembly in Manila.", (_, region) => region == "Asia"),
        new("Permanent Conference of Political Parties of Latin America and the Caribbean", "拉丁美洲和加勒比政党常设大会",
            "Conferencia Permanente de Partidos Políticos de América Latina y el Caribe", "COPPPAL", "1979-10-12", "Regional conference of Latin American and Caribbean parties founded in Oaxaca.",
            (p, region) => region is not null && LatinAmerica.Contains(region) && p.Org.Family is not IdeologyFamily.Conservative),
        new("São Paulo Forum", "圣保罗论坛", "Foro de São Paulo", "FSP", "1990-07-04", "Conference of left-wing parties of Latin America and the Caribbean.",
            (p, region) => region is not null && LatinAmerica.Contains(region) && p.Org.Family is IdeologyFamily.CommunistWorkers or IdeologyFamily.SocialistSocialDemocratic or IdeologyFamily.Labour),
        new("International Meeting of Communist and Workers' Parties", "共产党和工人党国际会议", "International Meeting of Communist and Workers' Parties", "IMCWP", "1998-06-01",
            "Annual meeting of communist and workers' parties; first held in Athens.", (p, _) => p.Org.Family is IdeologyFamily.CommunistWorkers),
        new("Global Greens", "全球绿党", "Global Greens", "GG", "2001-04-14", "Worldwide network of green parties; Canberra Charter of 2001.",
            (p, _) => p.Org.Family is IdeologyFamily.Green),
    ];

    public static List<Organization> Create(IReadOnlyList<CountryPlan> plans, List<Membership> memberships, Random random)
    {
        var groups = new List<Organization>();
        foreach (var g in Groups)
        {
            var founded = D(g.Founded);
            var group = new Organization
            {
                Kind = OrganizationKind.PartyInternational,
                NameEn = g.En,
                NameZh = g.Zh,
                NameNative = g.Native,
                Abbreviation = g.Abbreviation,
                Founded = founded,
                Description = g.Description,
                Classification = Classification.Public,
            };
            groups.Add(group);
            var members = plans.SelectMany(p => p.Parties.Select(party => (party, region: RegionOf(p))))
                .Where(x => !x.party.Minor && g.Admits(x.party, x.region))
                .ToList();
            foreach (var (party, _) in members.Where(_ => random.NextDouble() < 0.7))
            {
                var from = Later(founded, party.Org.Founded).AddDays(random.Next(30, 3000));
                if (from >= Today)
                {
                    continue;
                }

                var membership = new Membership
                {
                    Member = party.Org,
                    Group = group,
                    From = from,
                    Status = random.NextDouble() switch { < 0.75 => MembershipStatus.Full, < 0.9 => MembershipStatus.Observer, < 0.96 => MembershipStatus.Consultative, _ => MembershipStatus.Associate },
                };
                if (party.Org.Dissolved is { } dissolved)
                {
                    membership.To = dissolved;
                }
                else if (random.NextDouble() < 0.06 && from.AddYears(3) < Today)
                {
                    membership.To = Between(random, from.AddYears(2), Today.AddMonths(-2));
                }

                memberships.Add(membership);
            }
        }

        return groups;
    }

    private static string? RegionOf(CountryPlan plan) =>
        plan.Country.Region == "Americas" ? plan.Country.Subregion : plan.Country.Region;

    private static DateOnly Later(DateOnly a, DateOnly? b) => b is { } x && x > a ? x : a;
}
