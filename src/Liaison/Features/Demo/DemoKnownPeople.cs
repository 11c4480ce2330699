using Liaison.Features.People;

namespace Liaison.Features.Demo;

// Well-known public figures of the real parties in the demo, with their public posts. Org is the party's abbreviation, or
// "gov" for the country's government, "parl" for its parliament. Dates are public record; a year alone where the day is not.
internal static class DemoKnownPeople
{
    internal sealed record Post(string Org, PositionKind Kind, string Title, string TitleZh, int Rank, string From, string? To = null);

    internal sealed record Known(
        string Iso3, string En, string? Native, string? Romanized, string Zh, string Family, string Given, NameOrder Order, Gender Gender,
        string Born, string Languages, string? Honorific, string FormOfAddress, string Bio, Post[] Posts);

    private const PositionKind P = PositionKind.PartyPost;
    private const PositionKind G = PositionKind.GovernmentPost;
    private const NameOrder FF = NameOrder.FamilyFirst;
    private const NameOrder GF = NameOrder.GivenFirst;
    private const Gender M = Gender.Male;
    private const Gender F = Gender.Female;

    // People whose posts are all in the government: the party they belong to.
    private static readonly Dictionary<string, string> Affiliations = new() { ["Donald J. Trump"] = "GOP", ["Olaf Scholz"] = "SPD" };

    public static bool Belongs(Known k, string? party) =>
        party is not null && (k.Posts.Any(p => p.Org == party) || Affiliations.TryGetValue(k.En, out var a) && a == party);

    public static readonly Known[] People =
    [
        new("CHN", "Xi Jinping", "习近平", "Xí Jìnpíng", "习近平", "习", "近平", FF, M, "1953-06-15", "zh", "H.E.", "Dear General Secretary Xi",
            "General Secretary of the Central Committee of the Communist Party of China since November 2012 and President of the People's Republic of China since March 2013.",
            [new("CPC", P, "General Secretary of the Central Committee", "中央委员会总书记", 1, "2012-11-15"),
             new("CPC", P, "Member of the Politburo Standing Committee", "中央政治局常委", 10, "2007-10-22")]),
        new("CHN", "Li Qiang", "李强", "Lǐ Qiáng", "李强", "李", "强", FF, M, "1959", "zh", "H.E.", "Dear Premier Li",
            "Premier of the State Council since March 2023; member of the Politburo Standing Committee since October 2022.",
            [new("CPC", P, "Member of the Politburo Standing Committee", "中央政治局常委", 11, "2022-10-23"), new("gov", G, "Premier", "国务院总理", 1, "2023-03-11")]),
        new("CHN", "Zhao Leji", "赵乐际", "Zhào Lèjì", "赵乐际", "赵", "乐际", FF, M, "1957", "zh", "H.E.", "Dear Chairman Zhao",
            "Member of the Politburo Standing Committee since October 2017.", [new("CPC", P, "Member of the Politburo Standing Committee", "中央政治局常委", 12, "2017-10-25")]),
        new("CHN", "Wang Huning", "王沪宁", "Wáng Hùníng", "王沪宁", "王", "沪宁", FF, M, "1955", "zh", "H.E.", "Dear Chairman Wang",
            "Member of the Politburo Standing Committee since October 2017.", [new("CPC", P, "Member of the Politburo Standing Committee", "中央政治局常委", 13, "2017-10-25")]),
        new("CHN", "Cai Qi", "蔡奇", "Cài Qí", "蔡奇", "蔡", "奇", FF, M, "1955", "zh", "H.E.", "Dear Secretary Cai",
            "Member of the Politburo Standing Committee since October 2022.", [new("CPC", P, "Member of the Politburo Standing Committee", "中央政治局常委", 14, "2022-10-23")]),
        new("CHN", "Ding Xuexiang", "丁薛祥", "Dīng Xuēxiáng", "丁薛祥", "丁", "薛祥", FF, M, "1962-09-13", "zh", "H.E.", "Dear Vice Premier Ding",
            "Member of the Politburo Standing Committee since October 2022.", [new("CPC", P, "Member of the Politburo Standing Committee", "中央政治局常委", 15, "2022-10-23")]),
        new("CHN", "Li Xi", "李希", "Lǐ Xī", "李希", "李", "希", FF, M, "1956", "zh", "H.E.", "Dear Secretary Li",
            "Member of the Politburo Standing Committee since October 2022.", [new("CPC", P, "Member of the Politburo Standing Committee", "中央政治局常委", 16, "2022-10-23")]),
        new("CHN", "Hu Jintao", "胡锦涛", "Hú Jǐntāo", "胡锦涛", "胡", "锦涛", FF, M, "1942-12-21", "zh", "H.E.", "Dear Comrade Hu Jintao",
            "General Secretary of the Central Committee from 2002 to 2012.", [new("CPC", P, "General Secretary of the Central Committee", "中央委员会总书记", 1, "2002-11-15", "2012-11-15")]),
        new("VNM", "To Lam", "Tô Lâm", null, "苏林", "Tô", "Lâm", FF, M, "1957-07-10", "vi", "H.E.", "Dear General Secretary To Lam",
            "General Secretary of the Communist Party of Vietnam since August 2024; previously Minister of Public Security and, in 2024, State President.",
            [new("CPV", P, "General Secretary", "总书记", 1, "2024-08-03"), new("CPV", P, "Member of the Politburo", "政治局委员", 10, "2016-01-28"),
             new("gov", G, "Minister of Public Security", "公安部长", 5, "2016-04-09", "2024-05-22")]),
        new("LAO", "Thongloun Sisoulith", "ທອງລຸນ ສີສຸລິດ", "Thongloun Sisoulith", "通伦·西苏里", "ສີສຸລິດ", "ທອງລຸນ", GF, M, "1945-11-10", "lo, vi, ru", "H.E.", "Dear General Secretary",
            "General Secretary of the Lao People's Revolutionary Party since January 2021; earlier Prime Minister (2016–2021).",
            [new("LPRP", P, "General Secretary", "总书记", 1, "2021-01-15"), new("gov", G, "Prime Minister", "总理", 1, "2016-04-20", "2021-03-22")]),
        new("CUB", "Miguel Díaz-Canel Bermúdez", null, null, "米格尔·迪亚斯-卡内尔", "Díaz-Canel Bermúdez", "Miguel", GF, M, "1960-04-20", "es", "H.E.", "Estimado compañero Primer Secretario",
            "First Secretary of the Communist Party of Cuba since April 2021 and President of the Republic.",
            [new("PCC", P, "First Secretary of the Central Committee", "中央委员会第一书记", 1, "2021-04-19"), new("gov", G, "President of the Republic", "国家主席", 1, "2019-10-10")]),
        new("CUB", "Raúl Castro Ruz", null, null, "劳尔·卡斯特罗", "Castro Ruz", "Raúl", GF, M, "1931-06-03", "es, ru", "H.E.", "Estimado compañero General de Ejército",
            "First Secretary of the Communist Party of Cuba from 2011 to 2021.",
            [new("PCC", P, "First Secretary of the Central Committee", "中央委员会第一书记", 1, "2011-04-19", "2021-04-19")]),
        new("PRK", "Kim Jong Un", "김정은", "Kim Chŏng-ŭn", "金正恩", "김", "정은", FF, M, "1984-01-08", "ko", null, "Respected General Secretary",
            "General Secretary of the Workers' Party of Korea since January 2021; party leader since 2012.",
            [new("WPK", P, "General Secretary", "总书记", 1, "2021-01-10"), new("WPK", P, "Chairman", "委员长", 1, "2016-05-09", "2021-01-10"),
             new("WPK", P, "First Secretary", "第一书记", 1, "2012-04-11", "2016-05-09")]),
        new("DEU", "Friedrich Merz", null, null, "弗里德里希·默茨", "Merz", "Friedrich", GF, M, "1955-11-11", "de, en, fr", null, "Sehr geehrter Herr Bundeskanzler",
            "Chair of the CDU since January 2022 and Federal Chancellor since May 2025.",
            [new("CDU", P, "Chair", "主席", 1, "2022-01-31"), new("gov", G, "Federal Chancellor", "联邦总理", 1, "2025-05-06")]),
        new("DEU", "Angela Merkel", null, null, "安格拉·默克尔", "Merkel", "Angela", GF, F, "1954-07-17", "de, en, ru", "Dr.", "Sehr geehrte Frau Dr. Merkel",
            "Chair of the CDU from 2000 to 2018 and Federal Chancellor from 2005 to 2021.",
            [new("CDU", P, "Chair", "主席", 1, "2000-04-10", "2018-12-07"), new("gov", G, "Federal Chancellor", "联邦总理", 1, "2005-11-22", "2021-12-08")]),
        new("DEU", "Annegret Kramp-Karrenbauer", null, null, "安妮格雷特·克兰普-卡伦鲍尔", "Kramp-Karrenbauer", "Annegret", GF, F, "1962-08-09", "de, fr", null, "Sehr geehrte Frau Kramp-Karrenbauer",
            "Chair of the CDU from 2018 to 2021.", [new("CDU", P, "Chair", "主席", 1, "2018-12-07", "2021-01-22")]),
        new("DEU", "Armin Laschet", null, null, "阿明·拉舍特", "Laschet", "Armin", GF, M, "1961-02-18", "de, fr", null, "Sehr geehrter Herr Laschet",
            "Chair of the CDU in 2021.", [new("CDU", P, "Chair", "主席", 1, "2021-01-22", "2022-01-31")]),
        new("DEU", "Lars Klingbeil", null, null, "拉尔斯·克林拜尔", "Klingbeil", "Lars", GF, M, "1978-02-23", "de, en", null, "Sehr geehrter Herr Klingbeil",
            "Co-Chair of the SPD since December 2021; Vice-Chancellor and Federal Minister of Finance since May 2025.",
            [new("SPD", P, "Co-Chair", "联合主席", 1, "2021-12-11"), new("gov", G, "Vice-Chancellor and Federal Minister of Finance", "副总理兼联邦财政部长", 2, "2025-05-06")]),
        new("DEU", "Bärbel Bas", null, null, "贝尔贝尔·巴斯", "Bas", "Bärbel", GF, F, "1968-05-03", "de", null, "Sehr geehrte Frau Bas",
            "Co-Chair of the SPD since June 2025; Federal Minister of Labour and Social Affairs.",
            [new("SPD", P, "Co-Chair", "联合主席", 2, "2025-06-27"), new("gov", G, "Federal Minister of Labour and Social Affairs", "联邦劳动和社会事务部长", 5, "2025-05-06")]),
        new("DEU", "Saskia Esken", null, null, "萨斯基亚·艾斯肯", "Esken", "Saskia", GF, F, "1961-08-28", "de, en", null, "Sehr geehrte Frau Esken",
            "Co-Chair of the SPD from 2019 to 2025.", [new("SPD", P, "Co-Chair", "联合主席", 2, "2019-12-06", "2025-06-27")]),
        new("DEU", "Olaf Scholz", null, null, "奥拉夫·朔尔茨", "Scholz", "Olaf", GF, M, "1958-06-14", "de, en", null, "Sehr geehrter Herr Scholz",
            "Federal Chancellor from 2021 to 2025.", [new("gov", G, "Federal Chancellor", "联邦总理", 1, "2021-12-08", "2025-05-06")]),
        new("DEU", "Markus Söder", null, null, "马库斯·索德尔", "Söder", "Markus", GF, M, "1967-01-05", "de", "Dr.", "Sehr geehrter Herr Ministerpräsident",
            "Chair of the CSU since January 2019 and Minister-President of Bavaria.", [new("CSU", P, "Chair", "主席", 1, "2019-01-19")]),
        new("DEU", "Christian Lindner", null, null, "克里斯蒂安·林德纳", "Lindner", "Christian", GF, M, "1979-01-07", "de, en", null, "Sehr geehrter Herr Lindner",
            "Chair of the FDP from 2013 to 2025; Federal Minister of Finance from 2021 to 2024.",
            [new("FDP", P, "Chair", "主席", 1, "2013-12-07", "2025-05-16"), new("gov", G, "Federal Minister of Finance", "联邦财政部长", 5, "2021-12-08", "2024-11-07")]),
        new("GBR", "Keir Starmer", null, null, "基尔·斯塔默", "Starmer", "Keir", GF, M, "1962-09-02", "en, fr", "The Rt Hon Sir", "Dear Prime Minister",
            "Leader of the Labour Party since April 2020 and Prime Minister since July 2024.",
            [new("Lab", P, "Leader", "党首", 1, "2020-04-04"), new("gov", G, "Prime Minister", "首相", 1, "2024-07-05")]),
        new("GBR", "Kemi Badenoch", null, null, "凯米·巴德诺赫", "Badenoch", "Kemi", GF, F, "1980-01-02", "en, yo", "The Rt Hon", "Dear Mrs Badenoch",
            "Leader of the Conservative Party and Leader of the Opposition since November 2024.", [new("Con", P, "Leader", "党首", 1, "2024-11-02")]),
        new("GBR", "Rishi Sunak", null, null, "里希·苏纳克", "Sunak", "Rishi", GF, M, "1980-05-12", "en", "The Rt Hon", "Dear Mr Sunak",
            "Leader of the Conservative Party from 2022 to 2024 and Prime Minister from October 2022 to July 2024.",
            [new("Con", P, "Leader", "党首", 1, "2022-10-24", "2024-11-02"), new("gov", G, "Prime Minister", "首相", 1, "2022-10-25", "2024-07-05")]),
        new("GBR", "Ed Davey", null, null, "埃德·戴维", "Davey", "Ed", GF, M, "1965-12-25", "en", "The Rt Hon Sir", "Dear Sir Ed",
            "Leader of the Liberal Democrats since August 2020.", [new("LD", P, "Leader", "党首", 1, "2020-08-27")]),
        new("USA", "Donald J. Trump", null, null, "唐纳德·特朗普", "Trump", "Donald", GF, M, "1946-06-14", "en", "The Honorable", "Dear Mr President",
            "45th and 47th President of the United States.",
            [new("gov", G, "President of the United States", "总统", 1, "2025-01-20"), new("gov", G, "President of the United States", "总统", 1, "2017-01-20", "2021-01-20")]),
        new("ZAF", "Cyril Ramaphosa", null, null, "西里尔·拉马福萨", "Ramaphosa", "Cyril", GF, M, "1952-11-17", "en, ve, zu", "H.E.", "Your Excellency",
            "President of the African National Congress since December 2017 and President of South Africa since February 2018.",
            [new("ANC", P, "President", "主席", 1, "2017-12-18"), new("gov", G, "President of the Republic", "总统", 1, "2018-02-15")]),
        new("ETH", "Abiy Ahmed Ali", "ዐቢይ አሕመድ ዐሊ", "ʿAbiy Aḥmäd ʿAli", "阿比·艾哈迈德·阿里", "አሕመድ", "ዐቢይ", GF, M, "1976-08-15", "am, om, en", "H.E. Dr.", "Your Excellency",
            "President of the Prosperity Party since its founding in 2019 and Prime Minister since April 2018.",
            [new("PP", P, "President", "主席", 1, "2019-12-01"), new("gov", G, "Prime Minister", "总理", 1, "2018-04-02")]),
    ];
}
