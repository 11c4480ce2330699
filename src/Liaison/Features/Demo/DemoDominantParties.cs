using Liaison.Features.Organizations;
using static Liaison.Features.Demo.PartyTypes;

namespace Liaison.Features.Demo;

// Countries governed by one party throughout the period, with their real main parties.
internal static class DemoDominantParties
{
    private const IdeologyFamily FCom = IdeologyFamily.CommunistWorkers;
    private const IdeologyFamily FSoc = IdeologyFamily.SocialistSocialDemocratic;
    private const IdeologyFamily FLib = IdeologyFamily.Liberal;
    private const IdeologyFamily FCon = IdeologyFamily.Conservative;
    private const IdeologyFamily FNat = IdeologyFamily.Nationalist;
    private const IdeologyFamily FOth = IdeologyFamily.Other;

    private static readonly (string Iso3, string Predecessor, string Successor, LineageKind Kind, string Date, string Note)[] Splits =
    [
        ("MOZ", "RENAMO", "MDM", LineageKind.SplitFrom, "2009-03-07", "Founded by Daviz Simango after his expulsion from RENAMO."),
        ("ZWE", "MDC", "CCC", LineageKind.SplitFrom, "2022-01-24", "Launched by Nelson Chamisa's faction of the MDC Alliance."),
    ];

    public static void AddLineage(IEnumerable<CountryPlan> plans, List<LineageLink> lineage)
    {
        var parties = plans.SelectMany(p => p.Parties).Select(p => p.Org).ToList();
        foreach (var s in Splits)
        {
            var from = parties.FirstOrDefault(o => o.Country?.Iso3 == s.Iso3 && o.Abbreviation == s.Predecessor);
            var to = parties.FirstOrDefault(o => o.Country?.Iso3 == s.Iso3 && o.Abbreviation == s.Successor);
            if (from is not null && to is not null)
            {
                lineage.Add(new LineageLink { Predecessor = from, Successor = to, Kind = s.Kind, Date = DemoDates.D(s.Date), Note = s.Note });
            }
        }
    }

    public static readonly CountrySpec[] Countries =
    [
        new("TZA", "sw", "Tanzania", Presidential: true, Seats: 393)
        {
            Dominant = true,
            Parties =
            [
                R(FSoc, "Chama Cha Mapinduzi (Party of the Revolution)", "革命党", "Chama Cha Mapinduzi", null, "CCM", "1977-02-05"),
                R(FLib, "Party for Democracy and Progress", "民主与发展党", "Chama cha Demokrasia na Maendeleo", null, "CHADEMA", "1992-05-28"),
                R(FLib, "Civic United Front", "公民联合阵线", "Chama cha Wananchi", null, "CUF", "1992-05-28"),
                R(FSoc, "Alliance for Change and Transparency", "变革与透明联盟", "ACT-Wazalendo", null, "ACT", "2014-05-05"),
            ],
        },
        new("AGO", "pt", "de Angola", Presidential: true, Seats: 220)
        {
            Dominant = true,
            Parties =
            [
                R(FSoc, "People's Movement for the Liberation of Angola", "安哥拉人民解放运动", "Movimento Popular de Libertação de Angola", null, "MPLA", "1956-12-10"),
                R(FCon, "National Union for the Total Independence of Angola", "争取安哥拉彻底独立全国联盟", "União Nacional para a Independência Total de Angola", null, "UNITA", "1966-03-13"),
                R(FNat, "National Front for the Liberation of Angola", "安哥拉民族解放阵线", "Frente Nacional de Libertação de Angola", null, "FNLA", "1954-07-07"),
            ],
        },
        new("MOZ", "pt", "de Moçambique", Presidential: true, Seats: 250)
        {
            Dominant = true,
            Parties =
            [
                R(FSoc, "Mozambique Liberation Front", "莫桑比克解放阵线党", "Frente de Libertação de Moçambique", null, "FRELIMO", "1962-06-25"),
                R(FCon, "Mozambican National Resistance", "莫桑比克全国抵抗运动", "Resistência Nacional Moçambicana", null, "RENAMO", "1975-05-01"),
                R(FLib, "Democratic Movement of Mozambique", "莫桑比克民主运动", "Movimento Democrático de Moçambique", null, "MDM", "2009-03-07"),
            ],
        },
        new("NAM", "en", "Namibia", Presidential: true, Seats: 104)
        {
            Dominant = true,
            Parties =
            [
                R(FSoc, "South West Africa People's Organisation", "西南非洲人民组织", "South West Africa People's Organisation", null, "SWAPO", "1960-04-19"),
                R(FCon, "Popular Democratic Movement", "人民民主运动", "Popular Democratic Movement", null, "PDM", "1977-11-05"),
                R(FLib, "Independent Patriots for Change", "独立爱国者变革党", "Independent Patriots for Change", null, "IPC", "2020-08-01"),
            ],
        },
        new("ZWE", "en", "Zimbabwe", Presidential: true, Seats: 280)
        {
            Dominant = true,
            Parties =
            [
                R(FNat, "Zimbabwe African National Union – Patriotic Front", "津巴布韦非洲民族联盟-爱国阵线", "Zimbabwe African National Union – Patriotic Front", null, "ZANU–PF", "1987-12-22"),
                R(FSoc, "Movement for Democratic Change", "民主变革运动", "Movement for Democratic Change", null, "MDC", "1999-09-11"),
                R(FLib, "Citizens Coalition for Change", "公民变革联盟", "Citizens Coalition for Change", null, "CCC", "2022-01-24"),
            ],
        },
        new("UGA", "en", "Uganda", Presidential: true, Seats: 529)
        {
            Dominant = true,
            Parties =
            [
                R(FNat, "National Resistance Movement", "全国抵抗运动", "National Resistance Movement", null, "NRM", "1981-02-06"),
                R(FLib, "Forum for Democratic Change", "民主变革论坛", "Forum for Democratic Change", null, "FDC", "2004-12-16"),
                R(FSoc, "National Unity Platform", "民族团结平台", "National Unity Platform", null, "NUP", "2020-07-22"),
                R(FCon, "Democratic Party", "民主党", "Democratic Party", null, "DP", "1954-10-01"),
            ],
        },
        new("SGP", "en", "Singapore", Seats: 97)
        {
            Dominant = true,
            Parties =
            [
                R(FCon, "People's Action Party", "人民行动党", "People's Action Party", null, "PAP", "1954-11-21"),
                R(FSoc, "Workers' Party", "工人党", "Workers' Party", null, "WP", "1957-11-03"),
                R(FLib, "Singapore Democratic Party", "民主党", "Singapore Democratic Party", null, "SDP", "1980-08-06"),
                R(FOth, "Progress Singapore Party", "前进党", "Progress Singapore Party", null, "PSP", "2019-03-28"),
            ],
        },
        new("KAZ", "kk", "Қазақстан", "Qazaqstan", Presidential: true, Seats: 98)
        {
            Dominant = true,
            Parties =
            [
                R(FCon, "Amanat", "阿马纳特党", "Аманат", "Amanat", "AMANAT", "1999-03-01"),
                R(FLib, "Ak Zhol Democratic Party", "光明道路民主党", "Ақ жол демократиялық партиясы", "Aq jol demokratiialyq partiiasy", "Ak Zhol", "2002-03-01"),
                R(FCom, "People's Party of Kazakhstan", "人民党", "Қазақстан Халық партиясы", "Qazaqstan Halyq partiiasy", "QHP", "2004-06-07"),
                R(IdeologyFamily.Agrarian, "Auyl People's Democratic Patriotic Party", "农村人民民主爱国党", "Ауыл халықтық-демократиялық патриоттық партиясы", "Auyl halyqtyq-demokratiialyq patriottyq partiiasy", "AUYL", "2000-03-01"),
            ],
        },
        new("TJK", "tg", "Тоҷикистон", "Tojikiston", Presidential: true, Seats: 63)
        {
            Dominant = true,
            Parties =
            [
                R(FCon, "People's Democratic Party of Tajikistan", "人民民主党", "Ҳизби Халқии Демократии Тоҷикистон", "Hizbi Xalqii Demokratii Tojikiston", "PDPT", "1994-12-10"),
                R(FCom, "Communist Party of Tajikistan", "共产党", "Ҳизби Коммунистии Тоҷикистон", "Hizbi Kommunistii Tojikiston", "CPT", "1924-11-01"),
                R(FOth, "Islamic Renaissance Party of Tajikistan", "伊斯兰复兴党", "Ҳизби Наҳзати Исломии Тоҷикистон", "Hizbi Nahzati Islomii Tojikiston", "IRPT", "1990-10-26")
                    with { BannedFrom = DemoDates.D("2015-09-29") },
            ],
        },
        new("AZE", "az", "Azərbaycan", Presidential: true, Seats: 125)
        {
            Dominant = true,
            Parties =
            [
                R(FCon, "New Azerbaijan Party", "新阿塞拜疆党", "Yeni Azərbaycan Partiyası", null, "YAP", "1992-11-21"),
                R(FNat, "Azerbaijan Popular Front Party", "人民阵线党", "Azərbaycan Xalq Cəbhəsi Partiyası", null, "AXCP", "1992-07-18"),
                R(FLib, "Musavat", "平等党", "Müsavat", null, "MP", "1992-07-01"),
            ],
        },
    ];
}
