using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Features.Search;
using Liaison.Security;

namespace Liaison.Features.Demo.Scale;

// Organizations of every kind in every country, with names in English, Chinese and (for parties) the country's own language.
// New parties never lead a government: they are in opposition or outside parliament, so one leading party per country stays true.
internal static class ScaleOrganizations
{
    private static readonly (OrganizationKind Kind, double Weight)[] Mix =
    [
        (OrganizationKind.PoliticalParty, 0.28), (OrganizationKind.PartyWing, 0.14), (OrganizationKind.ThinkTank, 0.12), (OrganizationKind.Ngo, 0.12),
        (OrganizationKind.Media, 0.10), (OrganizationKind.TradeUnion, 0.08), (OrganizationKind.GovernmentBody, 0.08),
        (OrganizationKind.ParliamentaryGroup, 0.05), (OrganizationKind.Company, 0.03),
    ];

    private static readonly (string En, string Zh)[] Sectors =
    [
        ("Metal", "金属"), ("Transport", "运输"), ("Teachers'", "教师"), ("Agricultural", "农业"), ("Health", "卫生"), ("Textile", "纺织"),
        ("Mining", "矿业"), ("Energy", "能源"), ("Construction", "建筑"), ("Public Service", "公共服务"),
    ];

    private static readonly (string En, string Zh)[] Papers = [("Herald", "先驱报"), ("Tribune", "论坛报"), ("Times", "时报"), ("Courier", "信使报"), ("Voice", "之声"), ("Review", "评论")];

    public sealed record Batch(List<Organization> Organizations, List<OrganizationName> Names, List<StandingSpan> Spans, List<SearchEntry> Entries);

    public static Batch Create(ScaleWorld world, int count, int firstId, Random random)
    {
        var batch = new Batch([], [], [], []);
        var naming = new DemoPeopleNaming(random);
        for (var i = 0; i < count; i++)
        {
            // The department's home country has many domestic partners (academies, media, ministries); the rest spread over the world.
            var country = i % 12 == 0 ? world.China : world.Countries[random.Next(world.Countries.Count)];
            var kind = Pick(random);
            var language = world.Language(country);
            var org = new Organization { Id = firstId + i, Kind = kind, CountryId = country.Id, Classification = Classify(random) };
            Name(org, country, language, world, naming, random);
            org.Founded = new DateOnly(random.Next(1900, 2015), random.Next(1, 13), random.Next(1, 29));
            org.CreatedAt = At(world.Today.AddDays(-random.Next(30, 9000)));
            org.UpdatedAt = org.CreatedAt.AddDays(random.Next(0, 400));
            if (org.Abbreviation is { } abbreviation && !world.TakenAbbreviations.Add(abbreviation))
            {
                org.Abbreviation = null;
            }

            if (random.NextDouble() < 0.08)
            {
                org.Description = $"Partner of the department since {org.Founded.Value.Year + random.Next(5, 20)}; contacts through the {country.NameEn} desk.";
            }

            batch.Organizations.Add(org);
            if (random.NextDouble() < 0.12)
            {
                var changed = org.Founded.Value.AddYears(random.Next(3, 20));
                batch.Names.Add(new OrganizationName
                {
                    OrganizationId = org.Id,
                    Name = "United " + org.NameEn,
                    Kind = OrganizationNameKind.Former,
                    Language = "en",
                    ValidTo = changed,
                });
            }

            if (kind == OrganizationKind.PoliticalParty)
            {
                Spans(org, random, batch.Spans, world.Today);
            }

            batch.Entries.AddRange(SearchIndexer.OrganizationEntries(org, batch.Names.Where(n => n.OrganizationId == org.Id).Select(n => n.Name)));
            world.Orgs.Add(new ScaleOrg(org.Id, country, kind, org.NameEn, org.NameZh, org.Classification));
        }

        return batch;
    }

    public static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc);

    private static OrganizationKind Pick(Random random)
    {
        var x = random.NextDouble();
        foreach (var (kind, weight) in Mix)
        {
            x -= weight;
            if (x < 0)
            {
                return kind;
            }
        }

        return OrganizationKind.Other;
    }

    private static Classification Classify(Random random) => random.NextDouble() switch
    {
        < 0.15 => Classification.Public,
        < 0.86 => Classification.Internal,
        < 0.98 => Classification.Confidential,
        _ => Classification.Restricted,
    };

    private static void Name(Organization org, Country country, string language, ScaleWorld world, DemoPeopleNaming naming, Random random)
    {
        var c = country.NameEn;
        var cz = country.NameZh ?? country.NameEn;
        var topic = ScaleText.Topics[random.Next(ScaleText.Topics.Length)];
        var topicTitle = char.ToUpperInvariant(topic.En[0]) + topic.En[1..];
        switch (org.Kind)
        {
            case OrganizationKind.PoliticalParty:
                var names = DemoLanguagesLatin.Names.GetValueOrDefault(language) ?? DemoLanguagesScripts.Names.GetValueOrDefault(language) ?? DemoLanguagesLatin.Names["en"];
                var name = names[random.Next(names.Length)];
                var spec = new CountrySpec(country.Iso3, language, c);
                var party = PartyNaming.Party(name, country, spec);
                var qualifier = random.Next(4) switch { 0 => ("New ", "新"), 1 => ("United ", "统一"), 2 => ("Renewed ", "革新"), _ => ("", "") };
                org.NameEn = qualifier.Item1 + party.NameEn;
                org.NameZh = party.NameZh!.StartsWith(cz, StringComparison.Ordinal) ? cz + qualifier.Item2 + party.NameZh[cz.Length..] : qualifier.Item2 + party.NameZh;
                org.NameNative = party.NameNative;
                org.NameRomanized = party.NameRomanized;
                org.Abbreviation = party.Abbreviation;
                org.Family = party.Family;
                break;
            case OrganizationKind.PartyWing or OrganizationKind.ParliamentaryGroup:
                var parents = world.Parties.Where(p => p.CountryId == country.Id).ToList();
                var parent = parents.Count > 0 ? parents[random.Next(parents.Count)] : null;
                var parentEn = parent?.NameEn ?? "National Democratic Party of " + c;
                var parentZh = parent?.NameZh ?? cz + "民族民主党";
                org.ParentId = parent?.Id;
                (org.NameEn, org.NameZh) = org.Kind == OrganizationKind.ParliamentaryGroup ? ($"{parentEn} Parliamentary Group", parentZh + "议会党团")
                    : random.Next(3) switch
                    {
                        0 => ($"Women's League of the {parentEn}", parentZh + "妇女联盟"),
                        1 => ($"{parentEn} Youth", parentZh + "青年团"),
                        _ => ($"Veterans' Association of the {parentEn}", parentZh + "老战士协会"),
                    };
                break;
            case OrganizationKind.ThinkTank:
                var founder = naming.Make(ScaleWorld.CultureOf(country, language), country.Iso3, Gender.Male);
                (org.NameEn, org.NameZh, org.NameNative) = random.Next(3) switch
                {
                    0 => ($"{c} Institute of {topicTitle} Studies", $"{cz}{topic.Zh}研究所", null),
                    1 => ($"{founder.En} Foundation", $"{founder.Zh ?? founder.En}基金会", founder.Native is null ? null : founder.Native + " Foundation"),
                    _ => ($"{country.Capital ?? c} Centre for {topicTitle}", $"{cz}{topic.Zh}中心", null),
                };
                break;
            case OrganizationKind.Ngo:
                (org.NameEn, org.NameZh) = ($"{c} Association for {topicTitle}", $"{cz}{topic.Zh}协会");
                break;
            case OrganizationKind.Media:
                var paper = Papers[random.Next(Papers.Length)];
                (org.NameEn, org.NameZh) = ($"The {country.Capital ?? c} {paper.En}", $"{cz}{paper.Zh}");
                break;
            case OrganizationKind.TradeUnion:
                var sector = Sectors[random.Next(Sectors.Length)];
                (org.NameEn, org.NameZh) = ($"{c} Federation of {sector.En} Workers", $"{cz}{sector.Zh}工人联合会");
                org.Abbreviation = PartyNaming.Abbreviate(org.NameEn, org.NameEn);
                break;
            case OrganizationKind.GovernmentBody:
                (org.NameEn, org.NameZh) = random.Next(2) == 0
                    ? ($"Ministry of Foreign Affairs of {c}", $"{cz}外交部")
                    : ($"{c} Commission for {topicTitle}", $"{cz}{topic.Zh}委员会");
                break;
            default:
                var industry = Sectors[random.Next(Sectors.Length)];
                (org.NameEn, org.NameZh) = ($"{c} {industry.En.TrimEnd('\'', 's')} Corporation", $"{cz}{industry.Zh}集团");
                break;
        }

        if (language == "en" && org.NameNative is null)
        {
            org.NameNative = org.NameEn;
        }
    }

    // Opposition and extra-parliamentary spells, one after the other; a new party never leads nor joins a government.
    private static void Spans(Organization org, Random random, List<StandingSpan> spans, DateOnly today)
    {
        if (random.NextDouble() < 0.3)
        {
            return;
        }

        var from = org.Founded!.Value < new DateOnly(1990, 1, 1) ? new DateOnly(1990, 1, 1).AddDays(random.Next(0, 3000)) : org.Founded.Value;
        while (from < today)
        {
            var to = from.AddYears(random.Next(3, 12));
            var standing = random.NextDouble() < 0.6 ? Standing.Opposition : Standing.ExtraParliamentary;
            spans.Add(new StandingSpan { OrganizationId = org.Id, Standing = standing, From = from, To = to >= today ? null : to, Source = "Generated" });
            from = to;
        }
    }
}
