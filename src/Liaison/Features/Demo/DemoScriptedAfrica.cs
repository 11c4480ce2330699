using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using static Liaison.Features.Demo.PartyTypes;

namespace Liaison.Features.Demo;

// Real histories of South Africa and Ethiopia since 1989.
internal static class DemoScriptedAfrica
{
    private const ElectionKind Parliament = ElectionKind.Parliamentary;

    public static CountryPlan SouthAfrica(Country country, List<LineageLink> lineage)
    {
        var s = new DemoScript(country);
        var anc = s.Party(R(IdeologyFamily.SocialistSocialDemocratic, "African National Congress", "非洲人国民大会", "African National Congress", null, "ANC", "1912-01-08"));
        var sacp = s.Party(R(IdeologyFamily.CommunistWorkers, "South African Communist Party", "南非共产党", "South African Communist Party", null, "SACP", "1921-07-30"));
        var np = s.Party(R(IdeologyFamily.Conservative, "New National Party", "新国民党", "Nuwe Nasionale Party", null, "NNP", "1914-07-01"), false, "2005-04-09");
        var ifp = s.Party(R(IdeologyFamily.Regionalist, "Inkatha Freedom Party", "因卡塔自由党", "IQembu leNkatha yeNkululeko", null, "IFP", "1975-03-21"));
        var da = s.Party(R(IdeologyFamily.Liberal, "Democratic Alliance", "民主联盟", "Democratic Alliance", null, "DA", "1989-04-08"));
        var eff = s.Party(R(IdeologyFamily.Populist, "Economic Freedom Fighters", "经济自由斗士党", "Economic Freedom Fighters", null, "EFF", "2013-07-26"));
        var mk = s.Party(R(IdeologyFamily.Populist, "uMkhonto weSizwe Party", "民族之矛党", "uMkhonto weSizwe", null, "MK", "2023-09-08"), false);
        lineage.Add(new LineageLink { Predecessor = np.Org, Successor = anc.Org, Kind = LineageKind.MergedInto, Date = DemoDates.D("2005-04-09"), Note = "The NNP federal council voted to disband and join the ANC." });

        s.Government("1989-09-20", "Election 1989-09-06", np, banned: [anc, sacp]);
        s.Government("1990-02-02", "Unbanning of the liberation movements 1990-02-02", np, outside: [anc, sacp]);
        s.Government("1994-05-10", "Election 1994-04-27", anc, [np, ifp], [sacp], note: "Government of National Unity.");
        s.Government("1996-07-01", "NNP withdraws from the Government of National Unity 1996-06-30", anc, [ifp], [sacp]);
        s.Government("2004-04-28", "Election 2004-04-14", anc, support: [sacp]);
        s.Government("2009-05-09", "Election 2009-04-22", anc, support: [sacp]);
        s.Government("2014-05-25", "Election 2014-05-07", anc, support: [sacp]);
        s.Government("2024-06-30", "Election 2024-05-29", anc, [da, ifp], [sacp], note: "Government of National Unity.");

        s.Election(Parliament, "1994-04-27", 400, (anc, 252), (np, 82), (ifp, 43), (da, 7));
        s.Election(Parliament, "1999-06-02", 400, (anc, 266), (da, 38), (ifp, 34), (np, 28));
        s.Election(Parliament, "2004-04-14", 400, (anc, 279), (da, 50), (ifp, 28), (np, 7));
        s.Election(Parliament, "2009-04-22", 400, (anc, 264), (da, 67), (ifp, 18));
        s.Election(Parliament, "2014-05-07", 400, (anc, 249), (da, 89), (eff, 25), (ifp, 10));
        s.Election(Parliament, "2019-05-08", 400, (anc, 230), (da, 84), (eff, 44), (ifp, 14));
        s.Election(Parliament, "2024-05-29", 400, (anc, 159), (da, 87), (mk, 58), (eff, 39), (ifp, 17));
        s.Next("2029-05-16", Parliament);
        return s.Plan;
    }

    public static CountryPlan Ethiopia(Country country, List<LineageLink> lineage)
    {
        var s = new DemoScript(country);
        var eprdf = s.Party(R(IdeologyFamily.SocialistSocialDemocratic, "Ethiopian People's Revolutionary Democratic Front", "埃塞俄比亚人民革命民主阵线",
            "የኢትዮጵያ ሕዝቦች አብዮታዊ ዴሞክራሲያዊ ግንባር", "Ye-Ītyōṗṗyā Həzbōč Abyōtāwī Dēmokrāsīyāwī Gənbar", "EPRDF", "1988-05-01"), dissolved: "2019-12-01");
        var pp = s.Party(R(IdeologyFamily.Other, "Prosperity Party", "繁荣党", "የብልጽግና ፓርቲ", "Yä-Bəlṣəgənna Parti", "PP", "2019-11-21"));
        var tplf = s.Party(R(IdeologyFamily.Regionalist, "Tigray People's Liberation Front", "提格雷人民解放阵线", "ህዝባዊ ወያነ ሓርነት ትግራይ", "Həzbawi Wäyyanä Ḥarənnät Təgray", "TPLF", "1975-02-18"), false);
        var ezema = s.Party(R(IdeologyFamily.SocialistSocialDemocratic, "Ethiopian Citizens for Social Justice", "埃塞俄比亚公民社会正义党",
            "የኢትዮጵያ ዜጎች ለማኅበራዊ ፍትሕ", "Yä-Ītyōṗṗyā Zägoč lä-Maḥbärawi Fətəḥ", "EZEMA", "2019-05-10"), false);
        lineage.Add(new LineageLink { Predecessor = eprdf.Org, Successor = pp.Org, Kind = LineageKind.MergedInto, Date = DemoDates.D("2019-12-01"), Note = "Three of the four EPRDF parties merged into the Prosperity Party; the TPLF refused." });

        s.Government("1991-05-28", "Fall of the Derg 1991-05-28", eprdf, [tplf], note: "Transitional government; TPLF as a member of the front.");
        s.Government("1995-08-22", "Election 1995-05-07", eprdf, [tplf]);
        s.Government("2019-12-01", "Founding of the Prosperity Party 2019-12-01", pp);
        s.Government("2021-05-06", "Designation by parliament 2021-05-06", pp, banned: [tplf]);
        s.Government("2021-10-04", "Election 2021-06-21", pp, banned: [tplf]);
        s.Government("2023-03-22", "Designation lifted 2023-03-22", pp);

        s.Election(Parliament, "2005-05-15", 547, (eprdf, 327));
        s.Election(Parliament, "2010-05-23", 547, (eprdf, 499));
        s.Election(Parliament, "2015-05-24", 547, (eprdf, 500));
        s.Election(Parliament, "2021-06-21", 547, (pp, 454), (ezema, 4));
        return s.Plan;
    }
}
