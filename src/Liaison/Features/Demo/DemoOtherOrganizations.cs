using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using static Liaison.Features.Demo.DemoDates;

namespace Liaison.Features.Demo;

// Party wings, think tanks, media, government bodies and trade unions.
internal static class DemoOtherOrganizations
{
    private sealed record Entry(OrganizationKind Kind, string Iso3, string En, string Zh, string? Native, string? Roman, string? Abbreviation, string? Founded, string? ParentAbbreviation = null);

    private static readonly Entry[] Entries =
    [
        new(OrganizationKind.PartyWing, "CHN", "Communist Youth League of China", "中国共产主义青年团", "中国共产主义青年团", "Zhōngguó Gòngchǎnzhǔyì Qīngniántuán", "CYLC", "1922-05-05", "CPC"),
        new(OrganizationKind.PartyWing, "VNM", "Ho Chi Minh Communist Youth Union", "胡志明共产主义青年团", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", null, "HCYU", "1931-03-26", "CPV"),
        new(OrganizationKind.PartyWing, "CUB", "Young Communist League", "古巴共产主义青年联盟", "Unión de Jóvenes Comunistas", null, "UJC", "1962-04-04", "PCC"),
        new(OrganizationKind.PartyWing, "ZAF", "ANC Youth League", "非国大青年联盟", "ANC Youth League", null, "ANCYL", "1944-04-02", "ANC"),
        new(OrganizationKind.PartyWing, "ZAF", "ANC Women's League", "非国大妇女联盟", "ANC Women's League", null, "ANCWL", "1948-01-01", "ANC"),
        new(OrganizationKind.PartyWing, "DEU", "Young Socialists in the SPD", "社民党青年社会主义者", "Jungsozialistinnen und Jungsozialisten in der SPD", null, "Jusos", "1904-01-01", "SPD"),
        new(OrganizationKind.PartyWing, "DEU", "Young Union", "青年联盟", "Junge Union Deutschlands", null, "JU", "1947-01-17", "CDU"),
        new(OrganizationKind.PartyWing, "GBR", "Young Labour", "青年工党", "Young Labour", null, null, "1926-01-01", "Lab"),
        new(OrganizationKind.ThinkTank, "DEU", "Friedrich Ebert Foundation", "弗里德里希·艾伯特基金会", "Friedrich-Ebert-Stiftung", null, "FES", "1925-03-02"),
        new(OrganizationKind.ThinkTank, "DEU", "Konrad Adenauer Foundation", "康拉德·阿登纳基金会", "Konrad-Adenauer-Stiftung", null, "KAS", "1964-10-01"),
        new(OrganizationKind.ThinkTank, "DEU", "Rosa Luxemburg Foundation", "罗莎·卢森堡基金会", "Rosa-Luxemburg-Stiftung", null, "RLS", "1990-11-19"),
        new(OrganizationKind.ThinkTank, "FRA", "Jean Jaurès Foundation", "让·饶勒斯基金会", "Fondation Jean-Jaurès", null, "FJJ", "1992-01-01"),
        new(OrganizationKind.ThinkTank, "GBR", "Fabian Society", "费边社", "Fabian Society", null, null, "1884-01-04"),
        new(OrganizationKind.ThinkTank, "ZAF", "Mapungubwe Institute for Strategic Reflection", "马蓬古布韦战略思考研究所", "Mapungubwe Institute for Strategic Reflection", null, "MISTRA", "2010-01-01"),
        new(OrganizationKind.ThinkTank, "VNM", "Ho Chi Minh National Academy of Politics", "胡志明国家政治学院", "Học viện Chính trị quốc gia Hồ Chí Minh", null, "HCMA", "1949-03-30"),
        new(OrganizationKind.ThinkTank, "RUS", "Primakov Institute of World Economy and International Relations", "世界经济与国际关系研究所",
            "Институт мировой экономики и международных отношений имени Е. М. Примакова", "Institut mirovoy ekonomiki i mezhdunarodnykh otnosheniy imeni Ye. M. Primakova", "IMEMO", "1956-04-01"),
        new(OrganizationKind.ThinkTank, "JPN", "Japan Institute of International Affairs", "日本国际问题研究所", "日本国際問題研究所", "Nihon Kokusai Mondai Kenkyūjo", "JIIA", "1959-12-01"),
        new(OrganizationKind.ThinkTank, "IND", "Observer Research Foundation", "观察家研究基金会", "ऑब्जर्वर रिसर्च फाउंडेशन", "Observer Research Foundation", "ORF", "1990-09-05"),
        new(OrganizationKind.Media, "CHN", "People's Daily", "人民日报", "人民日报", "Rénmín Rìbào", null, "1948-06-15"),
        new(OrganizationKind.Media, "VNM", "Nhan Dan", "人民报", "Báo Nhân Dân", null, null, "1951-03-11"),
        new(OrganizationKind.Media, "PRK", "Rodong Sinmun", "劳动新闻", "로동신문", "Rodong Sinmun", null, "1945-11-01"),
        new(OrganizationKind.Media, "CUB", "Granma", "格拉玛报", "Granma", null, null, "1965-10-03"),
        new(OrganizationKind.Media, "FRA", "L'Humanité", "人道报", "L'Humanité", null, null, "1904-04-18"),
        new(OrganizationKind.Media, "RUS", "Pravda", "真理报", "Правда", "Pravda", null, "1912-05-05"),
        new(OrganizationKind.Media, "MMR", "Myanma Alinn", "缅甸之光报", "မြန်မာ့အလင်း", "Myanma Alinn", null, "1914-01-01"),
        new(OrganizationKind.Media, "EGY", "Al-Ahram", "金字塔报", "الأهرام", "al-Ahrām", null, "1875-08-05"),
        new(OrganizationKind.Media, "LAO", "Pasaxon", "人民报", "ປະຊາຊົນ", "Pasaxon", null, "1950-08-13"),
        new(OrganizationKind.GovernmentBody, "DEU", "Federal Foreign Office", "联邦外交部", "Auswärtiges Amt", null, "AA", "1951-03-15"),
        new(OrganizationKind.GovernmentBody, "ZAF", "Department of International Relations and Cooperation", "国际关系与合作部", "Department of International Relations and Cooperation", null, "DIRCO", "2009-05-10"),
        new(OrganizationKind.GovernmentBody, "RUS", "State Duma", "国家杜马", "Государственная дума", "Gosudarstvennaya duma", null, "1993-12-12"),
        new(OrganizationKind.GovernmentBody, "VNM", "National Assembly of Vietnam", "越南国会", "Quốc hội Việt Nam", null, null, "1946-01-06"),
        new(OrganizationKind.GovernmentBody, "IND", "Lok Sabha", "人民院", "लोक सभा", "Lok Sabhā", null, "1952-04-17"),
        new(OrganizationKind.GovernmentBody, "CUB", "National Assembly of People's Power", "全国人民政权代表大会", "Asamblea Nacional del Poder Popular", null, "ANPP", "1976-12-02"),
        new(OrganizationKind.TradeUnion, "ZAF", "Congress of South African Trade Unions", "南非工会大会", "Congress of South African Trade Unions", null, "COSATU", "1985-12-01"),
        new(OrganizationKind.TradeUnion, "DEU", "German Trade Union Confederation", "德国工会联合会", "Deutscher Gewerkschaftsbund", null, "DGB", "1949-10-12"),
        new(OrganizationKind.TradeUnion, "FRA", "General Confederation of Labour", "法国总工会", "Confédération générale du travail", null, "CGT", "1895-09-23"),
        new(OrganizationKind.TradeUnion, "GBR", "Trades Union Congress", "英国职工大会", "Trades Union Congress", null, "TUC", "1868-06-02"),
        new(OrganizationKind.TradeUnion, "BRA", "Unified Workers' Central", "巴西劳动者统一工会", "Central Única dos Trabalhadores", null, "CUT", "1983-08-28"),
        new(OrganizationKind.TradeUnion, "VNM", "Vietnam General Confederation of Labour", "越南劳动总联合会", "Tổng Liên đoàn Lao động Việt Nam", null, "VGCL", "1929-07-28"),
        new(OrganizationKind.TradeUnion, "ISR", "Histadrut", "以色列总工会", "ההסתדרות הכללית של העובדים בארץ ישראל", "HaHistadrut HaKlalit shel HaOvdim BeEretz Yisrael", null, "1920-12-05"),
        new(OrganizationKind.TradeUnion, "JPN", "National Confederation of Trade Unions", "全国劳动组合总联合", "全国労働組合総連合", "Zenkoku Rōdō Kumiai Sōrengō", "Zenroren", "1989-11-21"),
        new(OrganizationKind.Other, "LAO", "Lao Front for National Development", "老挝建国阵线", "ແນວລາວສ້າງຊາດ", "Neo Lao Sang Xat", "LFND", null),
    ];

    private static readonly Dictionary<string, (string Youth, string? Roman)> YouthWords = new()
    {
        ["fr"] = ("Jeunesse", null),
        ["es"] = ("Juventud", null),
        ["pt"] = ("Juventude", null),
        ["de"] = ("Jugend", null),
        ["it"] = ("Giovani", null),
        ["en"] = ("Youth League", null),
        ["ru"] = ("Молодёжь", "Molodyozh"),
        ["ar"] = ("شباب", "Shabāb"),
    };

    public static List<Organization> Create(IReadOnlyDictionary<string, Country> countries, IReadOnlyList<CountryPlan> plans, Random random)
    {
        var parties = plans.SelectMany(p => p.Parties).ToList();
        var list = new List<Organization>();
        foreach (var e in Entries.Where(e => countries.ContainsKey(e.Iso3)))
        {
            var country = countries[e.Iso3];
            list.Add(new Organization
            {
                Kind = e.Kind,
                Country = country,
                CountryId = country.Id,
                NameEn = e.En,
                NameZh = e.Zh,
                NameNative = e.Native,
                NameRomanized = e.Roman,
                Abbreviation = e.Abbreviation,
                Founded = e.Founded is null ? null : D(e.Founded),
                Parent = e.ParentAbbreviation is null ? null : parties.FirstOrDefault(p => p.Org.CountryId == country.Id && p.Org.Abbreviation == e.ParentAbbreviation)?.Org,
            });
        }

        // Youth and women's wings of some of the generated main parties.
        foreach (var party in plans.Where(p => p.Parties.Count > 2 && !p.Parties.Any(x => x.WellKnown)).OrderBy(_ => random.Next()).Take(14).Select(p => p.Parties[0]))
        {
            var women = random.NextDouble() < 0.35;
            YouthWords.TryGetValue(party.Language, out var word);
            list.Add(new Organization
            {
                Kind = OrganizationKind.PartyWing,
                Country = party.Org.Country,
                CountryId = party.Org.CountryId,
                NameEn = women ? $"Women's League of the {party.Org.NameEn}" : $"{party.Org.NameEn} Youth",
                NameZh = party.Org.NameZh + (women ? "妇女联盟" : "青年团"),
                NameNative = women || word.Youth is null ? null : $"{word.Youth} {party.Org.Abbreviation}",
                NameRomanized = women || word.Roman is null ? null : $"{word.Roman} {party.Org.Abbreviation}",
                Founded = party.Org.Founded!.Value.AddYears(random.Next(1, 15)),
                Parent = party.Org,
            });
        }

        return list;
    }
}
