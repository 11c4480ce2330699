using Liaison.Features.People;

namespace Liaison.Features.Demo;

// Posts in parties, governments, parliaments and other bodies, in English and Chinese, with their leadership rank.
internal sealed record Title(string En, string Zh, int Rank, PositionKind Kind = PositionKind.PartyPost);

internal static class DemoPeopleTitles
{
    public static readonly Title GeneralSecretary = new("General Secretary", "总书记", 1);
    public static readonly Title FirstSecretary = new("First Secretary", "第一书记", 1);
    public static readonly Title Chair = new("Chair", "主席", 1);
    public static readonly Title President = new("President", "主席", 1);
    public static readonly Title Leader = new("Leader", "党首", 1);
    public static readonly Title ViceChair = new("Vice-Chair", "副主席", 2);
    public static readonly Title DeputyLeader = new("Deputy Leader", "副党首", 2);
    public static readonly Title SecretaryGeneral = new("Secretary-General", "秘书长", 3);
    public static readonly Title StandingSecretary = new("Permanent Member of the Secretariat", "书记处常务书记", 3);
    public static readonly Title International = new("Secretary for International Affairs", "国际事务书记", 5);
    public static readonly Title HeadExternal = new("Head of the Commission for External Relations", "对外联络委员会主任", 5);
    public static readonly Title DeputyExternal = new("Deputy Head of the International Department", "国际部副部长", 15);
    public static readonly Title YouthLeader = new("Leader of the Youth Wing", "青年组织负责人", 8);
    public static readonly Title WomenLeader = new("Chair of the Women's Wing", "妇女组织主席", 9);
    public static readonly Title Spokesperson = new("Spokesperson", "发言人", 11);
    public static readonly Title Treasurer = new("Treasurer", "财务主管", 12);
    public static readonly Title Politburo = new("Member of the Politburo", "政治局委员", 10);
    public static readonly Title Presidium = new("Member of the National Executive", "全国执行委员会委员", 10);
    public static readonly Title CentralCommittee = new("Member of the Central Committee", "中央委员会委员", 20);
    public static readonly Title PartyCouncil = new("Member of the Party Council", "党务委员会委员", 20);
    public static readonly Title HonoraryChair = new("Honorary Chair", "名誉主席", 7);

    public static readonly Title PrimeMinister = new("Prime Minister", "总理", 1, PositionKind.GovernmentPost);
    public static readonly Title HeadOfState = new("President of the Republic", "总统", 1, PositionKind.GovernmentPost);
    public static readonly Title DeputyPrimeMinister = new("Deputy Prime Minister", "副总理", 2, PositionKind.GovernmentPost);
    public static readonly Title StateSecretary = new("State Secretary", "国务秘书", 10, PositionKind.GovernmentPost);
    public static readonly Title AmbassadorToChina = new("Ambassador to China", "驻华大使", 20, PositionKind.GovernmentPost);

    public static readonly Title[] Ministers =
    [
        new("Minister of Foreign Affairs", "外交部长", 3, PositionKind.GovernmentPost), new("Minister of Finance", "财政部长", 4, PositionKind.GovernmentPost),
        new("Minister of Economy", "经济部长", 5, PositionKind.GovernmentPost), new("Minister of Agriculture", "农业部长", 5, PositionKind.GovernmentPost),
        new("Minister of Education", "教育部长", 5, PositionKind.GovernmentPost), new("Minister of Health", "卫生部长", 5, PositionKind.GovernmentPost),
        new("Minister of Trade", "贸易部长", 5, PositionKind.GovernmentPost), new("Minister of Defence", "国防部长", 4, PositionKind.GovernmentPost),
        new("Minister of Culture", "文化部长", 5, PositionKind.GovernmentPost), new("Minister of Labour", "劳动部长", 5, PositionKind.GovernmentPost),
        new("Minister of Infrastructure", "基础设施部长", 5, PositionKind.GovernmentPost), new("Minister of Energy", "能源部长", 5, PositionKind.GovernmentPost),
    ];

    public static readonly Title MemberOfParliament = new("Member of Parliament", "议员", 50, PositionKind.ParliamentSeat);
    public static readonly Title ForeignCommittee = new("Chair of the Foreign Affairs Committee", "外交委员会主席", 10, PositionKind.ParliamentSeat);

    // Heads and staff of other kinds of organization.
    public static readonly Title IntlPresident = new("President", "主席", 1);
    public static readonly Title IntlSecretaryGeneral = new("Secretary General", "秘书长", 2);
    public static readonly Title IntlVicePresident = new("Vice-President", "副主席", 3);
    public static readonly Title PolicyOfficer = new("Policy Officer", "政策官员", 40, PositionKind.Other);
    public static readonly Title Director = new("Director", "所长", 1, PositionKind.Other);
    public static readonly Title SeniorFellow = new("Senior Fellow", "高级研究员", 20, PositionKind.Other);
    public static readonly Title Researcher = new("Research Fellow", "研究员", 30, PositionKind.Other);
    public static readonly Title EditorInChief = new("Editor-in-Chief", "总编辑", 1, PositionKind.Other);
    public static readonly Title Correspondent = new("Foreign Desk Editor", "国际部编辑", 20, PositionKind.Other);
    public static readonly Title UnionPresident = new("President", "主席", 1, PositionKind.Other);
    public static readonly Title UnionInternational = new("International Secretary", "国际书记", 5, PositionKind.Other);
    public static readonly Title WingChair = new("Chair", "主席", 1);
    public static readonly Title WingVice = new("Vice-Chair", "副主席", 2);
    public static readonly Title Official = new("Director-General for Asia", "亚洲司司长", 10, PositionKind.GovernmentPost);
    public static readonly Title Deputy = new("Deputy", "代表", 50, PositionKind.ParliamentSeat);
}
