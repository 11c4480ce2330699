using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using static Liaison.Features.Demo.PartyTypes;

namespace Liaison.Features.Demo;

// Real histories of Germany and the United Kingdom since 1990.
internal static class DemoScriptedEurope
{
    private const ElectionKind Parliament = ElectionKind.Parliamentary;

    public static CountryPlan Germany(Country country, List<LineageLink> lineage)
    {
        var s = new DemoScript(country);
        var cdu = s.Party(R(IdeologyFamily.ChristianDemocratic, "Christian Democratic Union of Germany", "基督教民主联盟", "Christlich Demokratische Union Deutschlands", null, "CDU", "1945-06-26"));
        var csu = s.Party(R(IdeologyFamily.ChristianDemocratic, "Christian Social Union in Bavaria", "基督教社会联盟", "Christlich-Soziale Union in Bayern", null, "CSU", "1945-10-13"));
        var spd = s.Party(R(IdeologyFamily.SocialistSocialDemocratic, "Social Democratic Party of Germany", "社会民主党", "Sozialdemokratische Partei Deutschlands", null, "SPD", "1863-05-23"));
        var fdp = s.Party(R(IdeologyFamily.Liberal, "Free Democratic Party", "自由民主党", "Freie Demokratische Partei", null, "FDP", "1948-12-11"));
        var greens = s.Party(R(IdeologyFamily.Green, "Alliance 90/The Greens", "联盟90/绿党", "Bündnis 90/Die Grünen", null, "Grüne", "1980-01-13"));
        var pds = s.Party(R(IdeologyFamily.SocialistSocialDemocratic, "Party of Democratic Socialism", "民主社会主义党", "Partei des Demokratischen Sozialismus", null, "PDS", "1989-12-16"), dissolved: "2007-06-16");
        var wasg = s.Party(R(IdeologyFamily.SocialistSocialDemocratic, "Labour and Social Justice – The Electoral Alternative", "劳动与社会公正选举替代党", "Arbeit & soziale Gerechtigkeit – Die Wahlalternative", null, "WASG", "2005-01-22"), false, "2007-06-16");
        var linke = s.Party(R(IdeologyFamily.SocialistSocialDemocratic, "The Left", "左翼党", "Die Linke", null, "Linke", "2007-06-16"));
        var afd = s.Party(R(IdeologyFamily.Nationalist, "Alternative for Germany", "选择党", "Alternative für Deutschland", null, "AfD", "2013-02-06"));
        var bsw = s.Party(R(IdeologyFamily.Populist, "Sahra Wagenknecht Alliance", "萨拉·瓦根克内希特联盟", "Bündnis Sahra Wagenknecht – Vernunft und Gerechtigkeit", null, "BSW", "2024-01-08"), false);
        lineage.Add(new LineageLink { Predecessor = pds.Org, Successor = linke.Org, Kind = LineageKind.MergedInto, Date = DemoDates.D("2007-06-16"), Note = "Linkspartei.PDS and WASG merged to form Die Linke." });
        lineage.Add(new LineageLink { Predecessor = wasg.Org, Successor = linke.Org, Kind = LineageKind.MergedInto, Date = DemoDates.D("2007-06-16") });
        lineage.Add(new LineageLink { Predecessor = linke.Org, Successor = bsw.Org, Kind = LineageKind.SplitFrom, Date = DemoDates.D("2024-01-08"), Note = "Founded by former Left deputies around Sahra Wagenknecht." });

        s.Government("1991-01-17", "Cabinet formation 1991-01-17", cdu, [csu, fdp]);
        s.Government("1994-11-17", "Cabinet formation 1994-11-17", cdu, [csu, fdp]);
        s.Government("1998-10-27", "Election 1998-09-27", spd, [greens]);
        s.Government("2002-10-22", "Election 2002-09-22", spd, [greens], outside: [wasg]);
        s.Government("2005-11-22", "Election 2005-09-18", cdu, [csu, spd], outside: [wasg]);
        s.Government("2007-06-17", "Merger of Linkspartei.PDS and WASG 2007-06-16", cdu, [csu, spd]);
        s.Government("2009-10-28", "Election 2009-09-27", cdu, [csu, fdp]);
        s.Government("2013-12-17", "Election 2013-09-22", cdu, [csu, spd], outside: [fdp, afd]);
        s.Government("2018-03-14", "Cabinet formation 2018-03-14", cdu, [csu, spd]);
        s.Government("2021-12-08", "Cabinet formation 2021-12-08", spd, [greens, fdp]);
        s.Government("2024-11-07", "FDP leaves the coalition 2024-11-07", spd, [greens]);
        s.Government("2025-05-06", "Election 2025-02-23", cdu, [csu, spd], outside: [fdp, bsw]);

        s.Election(Parliament, "1990-12-02", 662, (cdu, 268), (csu, 51), (spd, 239), (fdp, 79), (pds, 17), (greens, 8));
        s.Election(Parliament, "1994-10-16", 672, (cdu, 244), (csu, 50), (spd, 252), (greens, 49), (fdp, 47), (pds, 30));
        s.Election(Parliament, "1998-09-27", 669, (spd, 298), (cdu, 198), (csu, 47), (greens, 47), (fdp, 43), (pds, 36));
        s.Election(Parliament, "2002-09-22", 603, (spd, 251), (cdu, 190), (csu, 58), (greens, 55), (fdp, 47), (pds, 2));
        s.Election(Parliament, "2005-09-18", 614, (spd, 222), (cdu, 180), (csu, 46), (fdp, 61), (pds, 54), (greens, 51));
        s.Election(Parliament, "2009-09-27", 622, (cdu, 194), (csu, 45), (spd, 146), (fdp, 93), (linke, 76), (greens, 68));
        s.Election(Parliament, "2013-09-22", 631, (cdu, 255), (csu, 56), (spd, 193), (linke, 64), (greens, 63), (fdp, 0), (afd, 0));
        s.Election(Parliament, "2017-09-24", 709, (cdu, 200), (csu, 46), (spd, 153), (afd, 94), (fdp, 80), (linke, 69), (greens, 67));
        s.Election(Parliament, "2021-09-26", 736, (spd, 206), (cdu, 152), (csu, 45), (greens, 118), (fdp, 92), (afd, 83), (linke, 39));
        s.Election(Parliament, "2025-02-23", 630, (cdu, 164), (csu, 44), (afd, 152), (spd, 120), (greens, 85), (linke, 64), (fdp, 0), (bsw, 0));
        s.Next("2029-03-25", Parliament);
        return s.Plan;
    }

    public static CountryPlan UnitedKingdom(Country country)
    {
        var s = new DemoScript(country);
        var con = s.Party(R(IdeologyFamily.Conservative, "Conservative and Unionist Party", "保守党", "Conservative and Unionist Party", null, "Con", "1834-12-18"));
        var lab = s.Party(R(IdeologyFamily.Labour, "Labour Party", "工党", "Labour Party", null, "Lab", "1900-02-27"));
        var ld = s.Party(R(IdeologyFamily.Liberal, "Liberal Democrats", "自由民主党", "Liberal Democrats", null, "LD", "1988-03-03"));
        var snp = s.Party(R(IdeologyFamily.Regionalist, "Scottish National Party", "苏格兰民族党", "Scottish National Party", null, "SNP", "1934-04-07"));
        var dup = s.Party(R(IdeologyFamily.Nationalist, "Democratic Unionist Party", "民主统一党", "Democratic Unionist Party", null, "DUP", "1971-09-30"), false);
        var green = s.Party(R(IdeologyFamily.Green, "Green Party of England and Wales", "英格兰和威尔士绿党", "Green Party of England and Wales", null, "GPEW", "1990-03-01"), false);
        var reform = s.Party(R(IdeologyFamily.Populist, "Reform UK", "改革党", "Reform UK", null, "Reform", "2018-11-23"));

        s.Government("1990-11-28", "Cabinet formation 1990-11-28", con, outside: [green]);
        s.Government("1992-04-10", "Election 1992-04-09", con, outside: [green]);
        s.Government("1997-05-02", "Election 1997-05-01", lab, outside: [green]);
        s.Government("2010-05-11", "Election 2010-05-06", con, [ld]);
        s.Government("2015-05-08", "Election 2015-05-07", con);
        s.Government("2017-06-09", "Election 2017-06-08", con, support: [dup]);
        s.Government("2019-12-13", "Election 2019-12-12", con, outside: [reform]);
        s.Government("2024-07-05", "Election 2024-07-04", lab);

        s.Election(Parliament, "1992-04-09", 651, (con, 336), (lab, 271), (ld, 20), (snp, 3), (dup, 3));
        s.Election(Parliament, "1997-05-01", 659, (lab, 418), (con, 165), (ld, 46), (snp, 6), (dup, 2));
        s.Election(Parliament, "2001-06-07", 659, (lab, 413), (con, 166), (ld, 52), (snp, 5), (dup, 5));
        s.Election(Parliament, "2005-05-05", 646, (lab, 355), (con, 198), (ld, 62), (snp, 6), (dup, 9));
        s.Election(Parliament, "2010-05-06", 650, (con, 306), (lab, 258), (ld, 57), (snp, 6), (dup, 8), (green, 1));
        s.Election(Parliament, "2015-05-07", 650, (con, 330), (lab, 232), (snp, 56), (ld, 8), (dup, 8), (green, 1));
        s.Election(Parliament, "2017-06-08", 650, (con, 317), (lab, 262), (snp, 35), (ld, 12), (dup, 10), (green, 1));
        s.Election(Parliament, "2019-12-12", 650, (con, 365), (lab, 202), (snp, 48), (ld, 11), (dup, 8), (green, 1), (reform, 0));
        s.Election(Parliament, "2024-07-04", 650, (lab, 411), (con, 121), (ld, 72), (snp, 9), (reform, 5), (dup, 5), (green, 4));
        s.Next("2029-08-15", Parliament);
        return s.Plan;
    }
}
