using Liaison.Features.Organizations;
using Liaison.Security;
using static Liaison.Features.Demo.DemoDates;

namespace Liaison.Features.Demo;

// Former names, aliases and translations; and how sensitive each record is.
internal static class DemoOrganizationNames
{
    private sealed record Known(string Country, string Abbreviation, string Name, OrganizationNameKind Kind, string Language, string? From = null, string? To = null);

    private static readonly Known[] KnownNames =
    [
        new("CHN", "CPC", "Chinese Communist Party", OrganizationNameKind.Alias, "en"),
        new("CHN", "CPC", "CCP", OrganizationNameKind.Alias, "en"),
        new("CHN", "CPC", "中共", OrganizationNameKind.Alias, "zh-Hans"),
        new("CHN", "CPC", "Zhongguo Gongchandang", OrganizationNameKind.Alias, "zh-Latn"),
        new("CHN", "CPC", "Коммунистическая партия Китая", OrganizationNameKind.Translation, "ru"),
        new("CHN", "CPC", "Parti communiste chinois", OrganizationNameKind.Translation, "fr"),
        new("CHN", "CPC", "Partido Comunista de China", OrganizationNameKind.Translation, "es"),
        new("CHN", "CPC", "Kommunistische Partei Chinas", OrganizationNameKind.Translation, "de"),
        new("CHN", "CPC", "الحزب الشيوعي الصيني", OrganizationNameKind.Translation, "ar"),
        new("VNM", "CPV", "Đảng Lao động Việt Nam", OrganizationNameKind.Former, "vi", "1951-02-11", "1976-12-20"),
        new("VNM", "CPV", "Vietnam Workers' Party", OrganizationNameKind.Former, "en", "1951-02-11", "1976-12-20"),
        new("DEU", "Grüne", "Die Grünen", OrganizationNameKind.Former, "de", "1980-01-13", "1993-05-14"),
        new("DEU", "PDS", "Die Linkspartei.PDS", OrganizationNameKind.Former, "de", "2005-07-17", "2007-06-16"),
        new("DEU", "SPD", "Sozialdemokraten", OrganizationNameKind.Alias, "de"),
        new("DEU", "CDU", "Union", OrganizationNameKind.Alias, "de"),
        new("GBR", "Reform", "The Brexit Party", OrganizationNameKind.Former, "en", "2018-11-23", "2021-01-06"),
        new("GBR", "Con", "Tories", OrganizationNameKind.Alias, "en"),
        new("ZAF", "NNP", "National Party", OrganizationNameKind.Former, "en", "1914-07-01", "1997-04-01"),
        new("ZAF", "NNP", "Nasionale Party", OrganizationNameKind.Former, "af", "1914-07-01", "1997-04-01"),
        new("ZAF", "DA", "Democratic Party", OrganizationNameKind.Former, "en", "1989-04-08", "2000-06-24"),
        new("KAZ", "AMANAT", "Отан", OrganizationNameKind.Former, "kk", "1999-03-01", "2006-12-22"),
        new("KAZ", "AMANAT", "Нұр Отан", OrganizationNameKind.Former, "kk", "2006-12-22", "2022-03-01"),
        new("KAZ", "AMANAT", "Nur Otan", OrganizationNameKind.Former, "kk-Latn", "2006-12-22", "2022-03-01"),
        new("NAM", "PDM", "Democratic Turnhalle Alliance", OrganizationNameKind.Former, "en", "1977-11-05", "2017-11-04"),
        new("NAM", "PDM", "DTA", OrganizationNameKind.FormerAbbreviation, "en", "1977-11-05", "2017-11-04"),
        new("UGA", "NUP", "National Unity, Reconciliation and Development Party", OrganizationNameKind.Former, "en", null, "2020-07-22"),
        new("USA", "GOP", "Grand Old Party", OrganizationNameKind.Alias, "en"),
        new("", "CDI", "Christian Democrat International", OrganizationNameKind.Former, "en"),
        new("", "CDI", "Internacional Demócrata Cristiana", OrganizationNameKind.Former, "es"),
    ];

    public static void Add(IReadOnlyList<CountryPlan> plans, IReadOnlyList<Organization> internationals, Random random)
    {
        var all = plans.SelectMany(p => p.Parties.Select(x => x.Org)).Concat(internationals).ToList();
        foreach (var k in KnownNames)
        {
            var org = all.FirstOrDefault(o => o.Abbreviation == k.Abbreviation && (o.Country?.Iso3 ?? "") == k.Country);
            org?.OtherNames.Add(new OrganizationName
            {
                Name = k.Name,
                Kind = k.Kind,
                Language = k.Language,
                ValidFrom = k.From is null ? null : D(k.From),
                ValidTo = k.To is null ? null : D(k.To),
            });
        }

        // Cyrillic and Greek names are also known by their native initials (КПРФ-style).
        foreach (var org in all.Where(o => o.NameNative is { } n && n.Any(c => c is >= '\u0370' and < '\u0530')))
        {
            if (PartyNaming.Abbreviate(org.NameNative!, org.NameEn) is { } initials && initials != org.Abbreviation)
            {
                org.OtherNames.Add(new OrganizationName { Name = initials, Kind = OrganizationNameKind.Alias, Language = null });
            }
        }

        // Generated parties: some were renamed once, keeping their old name and abbreviation on file.
        foreach (var plan in plans.Where(p => p.Spec is not null))
        {
            foreach (var party in plan.Parties.Where(p => !p.WellKnown && !p.Minor && random.NextDouble() < 0.3))
            {
                var material = DemoGenerator.NamesFor(party.Language);
                var kin = material.Where(n => n.Family == party.Org.Family).ToList();
                if (DemoGenerator.SingleCountry(material) || kin.Count < 2)
                {
                    continue;
                }

                var old = kin[random.Next(kin.Count)];
                var founded = party.Org.Founded ?? D("1960-01-01");
                var renamed = Between(random, Later(founded.AddYears(2), D("1991-01-01")), D("2019-01-01"));
                var former = PartyNaming.Party(old, plan.Country, plan.Spec!);
                if (former.NameNative == party.Org.NameNative || renamed >= Today)
                {
                    continue;
                }

                var former1 = new OrganizationName { Name = former.NameNative!, Kind = OrganizationNameKind.Former, Language = party.Language, ValidFrom = founded, ValidTo = renamed };
                party.Org.OtherNames.Add(former1);
                if (former.NameRomanized is { } roman)
                {
                    party.Org.OtherNames.Add(new OrganizationName { Name = roman, Kind = OrganizationNameKind.Former, Language = party.Language + "-Latn", ValidFrom = founded, ValidTo = renamed });
                }

                party.Org.OtherNames.Add(new OrganizationName { Name = former.NameEn.Trim(), Kind = OrganizationNameKind.Former, Language = "en", ValidFrom = founded, ValidTo = renamed });
            }
        }
    }

    // Mostly internal; public for the big, well-known ones; about a tenth confidential and a few restricted.
    public static void Classify(IEnumerable<Organization> organizations, IReadOnlySet<Organization> wellKnown, Random random)
    {
        foreach (var org in organizations)
        {
            var x = random.NextDouble();
            org.Classification =
                wellKnown.Contains(org) || org.Kind is OrganizationKind.PartyInternational or OrganizationKind.Media or OrganizationKind.GovernmentBody ? Classification.Public
                : org.Standings.Any(s => s.Standing == Standing.BannedOrExile) ? Classification.Confidential
                : x < 0.045 ? Classification.Restricted
                : x < 0.14 ? Classification.Confidential
                : x < 0.25 ? Classification.Public
                : Classification.Internal;
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
