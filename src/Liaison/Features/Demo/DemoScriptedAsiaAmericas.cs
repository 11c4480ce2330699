using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using static Liaison.Features.Demo.PartyTypes;

namespace Liaison.Features.Demo;

// Real histories: the governing parties of the socialist states, and the United States.
internal static class DemoScriptedAsiaAmericas
{
    private const IdeologyFamily FCom = IdeologyFamily.CommunistWorkers;

    public static CountryPlan China(Country country)
    {
        var s = new DemoScript(country);
        var cpc = s.Party(R(FCom, "Communist Party of China", "中国共产党", "中国共产党", "Zhōngguó Gòngchǎndǎng", "CPC", "1921-07-01"));
        s.Government("1949-10-01", "Founding of the People's Republic of China 1949-10-01", cpc,
            note: "Leading party of the system of multi-party cooperation and political consultation.");
        string[] congresses = ["1992-10-12", "1997-09-12", "2002-11-08", "2007-10-15", "2012-11-08", "2017-10-18", "2022-10-16"];
        for (var i = 0; i < congresses.Length; i++)
        {
            s.Congress(congresses[i], $"{14 + i}th National Congress of the Communist Party of China");
        }

        s.Next("2027-10-15", ElectionKind.PartyCongress);
        return s.Plan;
    }

    public static CountryPlan Vietnam(Country country)
    {
        var s = new DemoScript(country);
        var cpv = s.Party(R(FCom, "Communist Party of Vietnam", "越南共产党", "Đảng Cộng sản Việt Nam", null, "CPV", "1930-02-03"));
        s.Government("1976-07-02", "Reunification: Socialist Republic of Vietnam proclaimed 1976-07-02", cpv);
        string[] congresses = ["1991-06-24", "1996-06-28", "2001-04-19", "2006-04-18", "2011-01-12", "2016-01-20", "2021-01-25", "2026-01-19"];
        for (var i = 0; i < congresses.Length; i++)
        {
            s.Congress(congresses[i], $"{7 + i}th National Congress of the Communist Party of Vietnam");
        }

        s.Election(ElectionKind.Parliamentary, "2016-05-22", 494, (cpv, 473));
        s.Election(ElectionKind.Parliamentary, "2021-05-23", 499, (cpv, 485));
        return s.Plan;
    }

    public static CountryPlan Laos(Country country)
    {
        var s = new DemoScript(country);
        var lprp = s.Party(R(FCom, "Lao People's Revolutionary Party", "老挝人民革命党", "ພັກປະຊາຊົນປະຕິວັດລາວ", "Phak Paxaxon Pativat Lao", "LPRP", "1955-03-22"));
        s.Government("1975-12-02", "Lao People's Democratic Republic proclaimed 1975-12-02", lprp);
        string[] congresses = ["1991-03-27", "1996-03-18", "2001-03-12", "2006-03-18", "2011-03-17", "2016-01-18", "2021-01-13"];
        for (var i = 0; i < congresses.Length; i++)
        {
            s.Congress(congresses[i], $"{5 + i}th Congress of the Lao People's Revolutionary Party");
        }

        return s.Plan;
    }

    public static CountryPlan Cuba(Country country)
    {
        var s = new DemoScript(country);
        var pcc = s.Party(R(FCom, "Communist Party of Cuba", "古巴共产党", "Partido Comunista de Cuba", null, "PCC", "1965-10-03"));
        s.Government("1976-02-24", "Constitution of 1976-02-24", pcc);
        s.Congress("1991-10-10", "4th Congress of the Communist Party of Cuba");
        s.Congress("1997-10-08", "5th Congress of the Communist Party of Cuba");
        s.Congress("2011-04-16", "6th Congress of the Communist Party of Cuba");
        s.Congress("2016-04-16", "7th Congress of the Communist Party of Cuba");
        s.Congress("2021-04-16", "8th Congress of the Communist Party of Cuba");
        return s.Plan;
    }

    public static CountryPlan NorthKorea(Country country)
    {
        var s = new DemoScript(country);
        var wpk = s.Party(R(FCom, "Workers' Party of Korea", "朝鲜劳动党", "조선로동당", "Chosŏn Rodongdang", "WPK", "1945-10-10"));
        s.Government("1948-09-09", "Founding of the Democratic People's Republic of Korea 1948-09-09", wpk);
        s.Congress("2016-05-06", "7th Congress of the Workers' Party of Korea");
        s.Congress("2021-01-05", "8th Congress of the Workers' Party of Korea");
        return s.Plan;
    }

    public static CountryPlan UnitedStates(Country country)
    {
        var s = new DemoScript(country);
        var dem = s.Party(R(IdeologyFamily.Liberal, "Democratic Party", "民主党", "Democratic Party", null, "DEM", "1828-01-08"));
        var gop = s.Party(R(IdeologyFamily.Conservative, "Republican Party", "共和党", "Republican Party", null, "GOP", "1854-03-20"));
        s.Government("1989-01-20", "Presidential election 1988-11-08", gop);
        s.Government("1993-01-20", "Presidential election 1992-11-03", dem);
        s.Government("2001-01-20", "Presidential election 2000-11-07", gop);
        s.Government("2009-01-20", "Presidential election 2008-11-04", dem);
        s.Government("2017-01-20", "Presidential election 2016-11-08", gop);
        s.Government("2021-01-20", "Presidential election 2020-11-03", dem);
        s.Government("2025-01-20", "Presidential election 2024-11-05", gop);
        (string Date, int D, int R)[] presidential =
        [
            ("1992-11-03", 430, 374), ("1996-11-05", 492, 407), ("2000-11-07", 484, 479), ("2004-11-02", 483, 507), ("2008-11-04", 529, 457),
            ("2012-11-06", 511, 472), ("2016-11-08", 482, 461), ("2020-11-03", 513, 468), ("2024-11-05", 483, 498),
        ];
        foreach (var (date, d, r) in presidential)
        {
            s.Election(ElectionKind.Presidential, date, null, (dem, d), (gop, r));
        }

        s.Election(ElectionKind.Parliamentary, "1994-11-08", 435, (gop, 230), (dem, 204));
        s.Election(ElectionKind.Parliamentary, "2006-11-07", 435, (dem, 233), (gop, 202));
        s.Election(ElectionKind.Parliamentary, "2010-11-02", 435, (gop, 242), (dem, 193));
        s.Election(ElectionKind.Parliamentary, "2018-11-06", 435, (dem, 235), (gop, 199));
        s.Election(ElectionKind.Parliamentary, "2022-11-08", 435, (gop, 222), (dem, 213));
        s.Election(ElectionKind.Parliamentary, "2024-11-05", 435, (gop, 220), (dem, 215));
        s.Next("2028-11-07", ElectionKind.Presidential);
        return s.Plan;
    }
}
