using Liaison.Features.Organizations;
using static Liaison.Features.Demo.PartyTypes;

namespace Liaison.Features.Demo;

// Party-name material for languages written in the Latin script (with their diacritics).
internal static class DemoLanguagesLatin
{
    private const IdeologyFamily FCom = IdeologyFamily.CommunistWorkers;
    private const IdeologyFamily FSoc = IdeologyFamily.SocialistSocialDemocratic;
    private const IdeologyFamily FGrn = IdeologyFamily.Green;
    private const IdeologyFamily FLib = IdeologyFamily.Liberal;
    private const IdeologyFamily FCd = IdeologyFamily.ChristianDemocratic;
    private const IdeologyFamily FCon = IdeologyFamily.Conservative;
    private const IdeologyFamily FNat = IdeologyFamily.Nationalist;
    private const IdeologyFamily FAgr = IdeologyFamily.Agrarian;
    private const IdeologyFamily FReg = IdeologyFamily.Regionalist;
    private const IdeologyFamily FPop = IdeologyFamily.Populist;
    private const IdeologyFamily FOth = IdeologyFamily.Other;

    public static readonly Dictionary<string, PartyName[]> Names = new()
    {
        ["fr"] =
        [
            Soc("Parti socialiste {C}"), X(FCon, "Rally for the Republic", "共和联盟", "Rassemblement pour la République"),
            Dem("Parti démocratique {C}"), Lib("Parti libéral {C}"), X(FSoc, "Union of Progressive Forces", "进步力量联盟", "Union des forces progressistes"),
            Com("Parti communiste {C}"), Grn("Les Verts"), Nf("Front national"), Fu("Union paysanne"),
            Cd("Parti chrétien-démocrate"), Wrk("Parti du travail"), Cit("Mouvement citoyen"), Fed("Mouvement fédéraliste"),
        ],
        ["es"] =
        [
            Soc("Partido Socialista {C}"), Con("Partido Conservador {C}"), Lib("Partido Liberal {C}"),
            X(FSoc, "Broad Front", "广泛阵线", "Frente Amplio"), Cd("Partido Demócrata Cristiano {C}"), Ppl("Partido Popular"),
            X(FOth, "Democratic Revolutionary Party", "民主革命党", "Partido Revolucionario Democrático"), Com("Partido Comunista {C}"),
            Grn("Partido Verde {C}"), Wrk("Partido de los Trabajadores"), X(FNat, "National Renewal", "民族革新党", "Renovación Nacional"),
            Fu("Unión Campesina"), Cit("Movimiento Ciudadano"), X(FReg, "Regionalist Party", "地区主义党", "Partido Regionalista"),
        ],
        ["pt"] =
        [
            Soc("Partido Socialista {C}"), Sd("Partido Social Democrata"), Wrk("Partido dos Trabalhadores"),
            X(FOth, "Party for Democratic Convergence", "民主趋同党", "Partido da Convergência Democrática"),
            X(FNat, "African Party for the Independence {C}", "非洲独立党", "Partido Africano da Independência {C}"),
            Com("Partido Comunista {C}"), Grn("Partido Verde"), Lib("Partido Liberal"), Ppl("Partido Popular"),
            Fu("União dos Agricultores"), Cit("Movimento Cidadão"),
        ],
        ["de"] =
        [
            Sd("Sozialdemokratische Partei {C}"), X(FCd, "Christian Social People's Party", "基督教社会人民党", "Christlich-Soziale Volkspartei"),
            Grn("Die Grünen"), Lib("Liberale Partei {C}"), X(FNat, "Homeland Party", "家园党", "Heimatpartei"),
            Com("Kommunistische Partei {C}"), Fu("Bauernbund"), Cit("Bürgerbewegung"), Fed("Föderalistische Bewegung"),
        ],
        ["it"] =
        [
            X(FCd, "Christian Democracy", "天主教民主党", "Democrazia Cristiana"), Soc("Partito Socialista {C}"),
            X(FOth, "Democratic Party", "民主党", "Partito Democratico"), Com("Partito Comunista {C}"), Lib("Partito Liberale {C}"),
            X(FReg, "Northern League", "北方联盟", "Lega Nord"), Grn("Federazione dei Verdi"), Cit("Movimento dei Cittadini"),
        ],
        ["nl"] =
        [
            Lab("Partij van de Arbeid"), X(FLib, "People's Party for Freedom and Democracy", "自由民主人民党", "Volkspartij voor Vrijheid en Democratie"),
            X(FCd, "Christian Democratic Appeal", "基督教民主联盟", "Christen-Democratisch Appèl"), X(FGrn, "GreenLeft", "绿色左派", "GroenLinks"),
            X(FLib, "Democrats 66", "民主66党", "Democraten 66"), Com("Communistische Partij van {C}"),
            X(FAgr, "Farmer–Citizen Movement", "农民公民运动", "BoerBurgerBeweging"), Soc("Socialistische Partij"),
        ],
        ["en"] =
        [
            E(IdeologyFamily.Labour, "工党", "Labour Party"), E(FCon, "保守党", "Conservative Party"), E(FSoc, "人民民族党", "People's National Party"),
            E(FLib, "自由党", "Liberal Party"), E(FCon, "新爱国党", "New Patriotic Party"), E(FSoc, "全国民主大会党", "National Democratic Congress"),
            E(FLib, "统一民主党", "United Democratic Party"), E(FOth, "人民进步党", "People's Progressive Party"), E(FOth, "民主党", "Democratic Party"),
            E(FGrn, "绿党", "Green Party of {C}"), E(FCom, "共产党", "Communist Party of {C}"), E(FSoc, "社会民主阵线", "Social Democratic Front"),
            E(FCd, "基督教民主党", "Christian Democratic Party"), E(FNat, "民族阵线", "National Front"), E(FAgr, "农民联盟", "Farmers' Union"),
            E(FPop, "公民运动", "Citizens' Movement"), E(FReg, "联邦主义运动", "Federalist Movement"),
        ],
        ["pl"] =
        [
            X(FCon, "Law and Justice", "法律与公正党", "Prawo i Sprawiedliwość"), X(FLib, "Civic Platform", "公民纲领党", "Platforma Obywatelska"),
            X(FSoc, "Democratic Left Alliance", "民主左派联盟", "Sojusz Lewicy Demokratycznej"), X(FAgr, "Polish People's Party", "人民党", "Polskie Stronnictwo Ludowe"),
            X(FGrn, "The Greens", "绿党", "Partia Zieloni"), X(FNat, "National Movement", "民族运动", "Ruch Narodowy"), X(IdeologyFamily.Labour, "Labour Union", "劳工联盟", "Unia Pracy"),
        ],
        ["cs"] =
        [
            X(FPop, "ANO 2011", "ANO运动", "ANO 2011"), X(FCon, "Civic Democratic Party", "公民民主党", "Občanská demokratická strana"),
            X(FSoc, "Czech Social Democratic Party", "社会民主党", "Česká strana sociálně demokratická"),
            X(FCom, "Communist Party of Bohemia and Moravia", "和摩拉维亚共产党", "Komunistická strana Čech a Moravy"),
            X(FCd, "Christian and Democratic Union", "基督教民主联盟", "Křesťanská a demokratická unie"), X(FGrn, "Green Party", "绿党", "Strana zelených"),
        ],
        ["hu"] =
        [
            X(FCon, "Fidesz – Hungarian Civic Alliance", "青年民主主义者联盟", "Fidesz – Magyar Polgári Szövetség"),
            X(FSoc, "Hungarian Socialist Party", "社会党", "Magyar Szocialista Párt"), X(FLib, "Alliance of Free Democrats", "自由民主主义者联盟", "Szabad Demokraták Szövetsége"),
            X(FCd, "Christian Democratic People's Party", "基督教民主人民党", "Kereszténydemokrata Néppárt"),
            X(FAgr, "Independent Smallholders' Party", "独立小农党", "Független Kisgazdapárt"), X(FNat, "Jobbik", "尤比克党", "Jobbik Magyarországért Mozgalom"),
            X(FGrn, "LMP – Hungary's Green Party", "绿党", "LMP – Magyarország Zöld Pártja"),
        ],
        ["ro"] =
        [
            Sd("Partidul Social Democrat"), X(FLib, "National Liberal Party", "国家自由党", "Partidul Național Liberal"),
            X(FCom, "Party of Communists {C}", "共产党人党", "Partidul Comuniștilor {C}"), Dem("Partidul Democrat {C}"),
            X(FNat, "Alliance for the Union of Romanians", "罗马尼亚人团结联盟", "Alianța pentru Unirea Românilor"), Agr("Partidul Agrar"),
            Grn("Partidul Verde"), Ppl("Partidul Popular"),
        ],
        ["sv"] =
        [
            X(FSoc, "Swedish Social Democratic Party", "社会民主党", "Sveriges socialdemokratiska arbetareparti"),
            X(FCon, "Moderate Party", "温和联合党", "Moderata samlingspartiet"), X(FNat, "Sweden Democrats", "民主党", "Sverigedemokraterna"),
            X(FAgr, "Centre Party", "中间党", "Centerpartiet"), X(FLib, "Liberals", "自由党", "Liberalerna"),
            X(FCd, "Christian Democrats", "基督教民主党", "Kristdemokraterna"), X(FGrn, "Green Party", "环境党-绿党", "Miljöpartiet de gröna"),
            X(FCom, "Left Party", "左翼党", "Vänsterpartiet"),
        ],
        ["fi"] =
        [
            X(FSoc, "Social Democratic Party of Finland", "社会民主党", "Suomen Sosialidemokraattinen Puolue"),
            X(FCon, "National Coalition Party", "民族联合党", "Kansallinen Kokoomus"), X(FAgr, "Centre Party", "中间党", "Suomen Keskusta"),
            X(FNat, "Finns Party", "正统芬兰人党", "Perussuomalaiset"), X(FGrn, "Green League", "绿色联盟", "Vihreä liitto"),
            X(FCom, "Left Alliance", "左翼联盟", "Vasemmistoliitto"),
        ],
        ["tr"] =
        [
            X(FCon, "Justice and Development Party", "正义与发展党", "Adalet ve Kalkınma Partisi"), X(FSoc, "Republican People's Party", "共和人民党", "Cumhuriyet Halk Partisi"),
            X(FNat, "Nationalist Movement Party", "民族行动党", "Milliyetçi Hareket Partisi"), X(FNat, "Good Party", "好党", "İyi Parti"),
            X(FReg, "Peoples' Equality and Democracy Party", "人民平等与民主党", "Halkların Eşitlik ve Demokrasi Partisi"),
            X(FLib, "Democrat Party", "民主党", "Demokrat Parti"), Com("{C} Komünist Partisi"), Grn("Yeşiller Partisi"),
        ],
        ["id"] =
        [
            X(FNat, "Indonesian Democratic Party of Struggle", "民主斗争党", "Partai Demokrasi Indonesia Perjuangan"),
            X(FCon, "Party of Functional Groups", "专业集团党", "Partai Golongan Karya"), X(FNat, "Great Indonesia Movement Party", "大印尼运动党", "Partai Gerakan Indonesia Raya"),
            X(FOth, "National Awakening Party", "民族觉醒党", "Partai Kebangkitan Bangsa"), X(FOth, "Prosperous Justice Party", "繁荣公正党", "Partai Keadilan Sejahtera"),
            X(FLib, "Democratic Party", "民主党", "Partai Demokrat"),
        ],
        ["ms"] =
        [
            X(FNat, "United Malays National Organisation", "巫统", "Pertubuhan Kebangsaan Melayu Bersatu"),
            X(FLib, "People's Justice Party", "人民公正党", "Parti Keadilan Rakyat"), X(FSoc, "Democratic Action Party", "民主行动党", "Parti Tindakan Demokratik"),
            X(FOth, "Malaysian Islamic Party", "伊斯兰党", "Parti Islam Se-Malaysia"), X(FCon, "Malaysian Chinese Association", "马华公会", "Persatuan Cina Malaysia"),
        ],
        ["tl"] =
        [
            X(FLib, "Liberal Party", "自由党", "Partido Liberal ng Pilipinas"), X(FCon, "Nacionalista Party", "国民党", "Partido Nacionalista"),
            X(FOth, "PDP–Laban", "民主人民力量党", "Partido Demokratiko Pilipino–Lakas ng Bayan"),
            X(FCd, "Lakas–CMD", "基督教穆斯林民主力量党", "Lakas–Christian Muslim Democrats"), X(FSoc, "Akbayan", "公民行动党", "Akbayan Citizens' Action Party"),
        ],
        ["hr"] =
        [
            X(FCon, "Croatian Democratic Union", "民主联盟", "Hrvatska demokratska zajednica"),
            X(FSoc, "Social Democratic Party of Croatia", "社会民主党", "Socijaldemokratska partija Hrvatske"),
            X(FAgr, "Croatian Peasant Party", "农民党", "Hrvatska seljačka stranka"), X(FNat, "Homeland Movement", "祖国运动", "Domovinski pokret"),
            X(FGrn, "We Can!", "我们能党", "Možemo!"), X(FLib, "Croatian People's Party", "人民党", "Hrvatska narodna stranka"),
        ],
    };
}
