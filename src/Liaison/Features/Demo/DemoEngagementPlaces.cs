namespace Liaison.Features.Demo;

// Where the demo's engagements take place: Chinese cities with their sites, party committees and hotels; capitals abroad.
internal static class DemoEngagementPlaces
{
    internal sealed record Site(string En, string Zh, string Theme);

    internal sealed record City(string En, string Zh, string Airport, string Hotel, string HotelZh, string Committee, string CommitteeZh, Site[] Sites);

    public static readonly City Beijing = new("Beijing", "北京", "Beijing Capital International Airport", "Diaoyutai State Guesthouse", "钓鱼台国宾馆",
        "Beijing Municipal Party Committee", "中共北京市委",
        [
            new("the Exhibition on the history of the Communist Party of China", "中国共产党历史展览馆", "party"),
            new("the China Executive Leadership Academy", "中国干部学习网络学院", "party"),
            new("Zhongguancun Science Park", "中关村科技园区", "digital"),
            new("Beijing Daxing International Airport", "北京大兴国际机场", "urban"),
            new("a community service centre in Dongcheng District", "东城区社区服务中心", "urban"),
        ]);

    public static readonly City[] Provinces =
    [
        new("Shanghai", "上海", "Shanghai Pudong International Airport", "Jinjiang Hotel", "锦江饭店", "Shanghai Municipal Party Committee", "中共上海市委",
        [
            new("the Site of the First National Congress of the CPC", "中共一大会址", "party"),
            new("the Pudong New Area Planning Exhibition Hall", "浦东新区规划展览馆", "urban"),
            new("Yangshan Deep-Water Port", "洋山深水港", "economy"),
            new("a community centre in Hongqiao sub-district", "虹桥街道社区中心", "urban"),
        ]),
        new("Shenzhen", "深圳", "Shenzhen Bao'an International Airport", "Wuzhou Guest House", "五洲宾馆", "Shenzhen Municipal Party Committee", "中共深圳市委",
        [
            new("the Shenzhen Museum of Reform and Opening-up", "深圳改革开放展览馆", "economy"),
            new("the Qianhai Shenzhen–Hong Kong cooperation zone", "前海深港现代服务业合作区", "economy"),
            new("a technology park in Nanshan District", "南山区科技园", "digital"),
        ]),
        new("Hangzhou", "杭州", "Hangzhou Xiaoshan International Airport", "West Lake State Guesthouse", "西湖国宾馆", "Zhejiang Provincial Party Committee", "中共浙江省委",
        [
            new("Yucun Village, Anji County", "安吉县余村", "green"),
            new("the Dream Town internet start-up park", "梦想小镇", "digital"),
            new("the Liangzhu Ancient City Ruins", "良渚古城遗址", "culture"),
        ]),
        new("Xi'an", "西安", "Xi'an Xianyang International Airport", "Shaanxi Guesthouse", "陕西宾馆", "Shaanxi Provincial Party Committee", "中共陕西省委",
        [
            new("the Museum of the Terracotta Warriors", "秦始皇兵马俑博物馆", "culture"),
            new("Liangjiahe Village, Yanchuan County", "延川县梁家河村", "poverty"),
            new("the Xi'an International Inland Port", "西安国际港务区", "economy"),
        ]),
        new("Kunming", "昆明", "Kunming Changshui International Airport", "Kunming Haigeng Hotel", "昆明海埂宾馆", "Yunnan Provincial Party Committee", "中共云南省委",
        [
            new("Kunming South Station of the China–Laos Railway", "中老铁路昆明南站", "economy"),
            new("the Dianchi Lake ecological restoration project", "滇池生态修复工程", "green"),
            new("a relocated village in Nujiang Prefecture", "怒江州易地扶贫搬迁安置点", "poverty"),
        ]),
        new("Guiyang", "贵阳", "Guiyang Longdongbao International Airport", "Guizhou Park Hotel", "贵州饭店", "Guizhou Provincial Party Committee", "中共贵州省委",
        [
            new("the Guizhou big-data industrial park", "贵州大数据产业园", "digital"),
            new("a poverty alleviation relocation community in Bijie", "毕节市易地扶贫搬迁社区", "poverty"),
            new("the Zunyi Conference Memorial", "遵义会议纪念馆", "party"),
        ]),
        new("Chengdu", "成都", "Chengdu Tianfu International Airport", "Jinniu Hotel", "金牛宾馆", "Sichuan Provincial Party Committee", "中共四川省委",
        [
            new("the Chengdu Research Base of Giant Panda Breeding", "成都大熊猫繁育研究基地", "culture"),
            new("Tianfu New Area", "天府新区", "urban"),
            new("Zhanqi Village, Pidu District", "郫都区战旗村", "rural"),
        ]),
        new("Changsha", "长沙", "Changsha Huanghua International Airport", "Hunan Guesthouse", "湖南宾馆", "Hunan Provincial Party Committee", "中共湖南省委",
        [
            new("Shaoshan, birthplace of Mao Zedong", "韶山毛泽东同志故居", "party"),
            new("Shibadong Village, Xiangxi Prefecture", "湘西州十八洞村", "poverty"),
        ]),
        new("Fuzhou", "福州", "Fuzhou Changle International Airport", "Xihu Hotel", "西湖大酒店", "Fujian Provincial Party Committee", "中共福建省委",
        [
            new("the Ningde poverty alleviation exhibition", "宁德摆脱贫困展览馆", "poverty"),
            new("the venue of the Digital China Summit", "数字中国建设峰会展馆", "digital"),
        ]),
        new("Nanning", "南宁", "Nanning Wuxu International Airport", "Xiangsihu International Hotel", "相思湖国际大酒店", "Guangxi Regional Party Committee", "中共广西区委",
        [
            new("the China–ASEAN Expo centre", "中国—东盟博览会会展中心", "economy"),
            new("a rural revitalization model village", "乡村振兴示范村", "rural"),
        ]),
        new("Yan'an", "延安", "Yan'an Nanniwan Airport", "Yan'an Hotel", "延安宾馆", "Yan'an Municipal Party Committee", "中共延安市委",
        [
            new("the Yan'an Revolutionary Memorial Hall", "延安革命纪念馆", "party"),
            new("the Yangjialing revolutionary site", "杨家岭革命旧址", "party"),
        ]),
    ];

    // Venues in Beijing for talks, meetings and banquets.
    public static readonly (string En, string Zh)[] TalksVenues =
    [
        ("Diaoyutai State Guesthouse", "钓鱼台国宾馆"), ("International Department office building", "中联部办公楼"), ("Great Hall of the People", "人民大会堂"),
    ];

    public static readonly (string En, string Zh)[] Themes =
    [
        ("party building", "党的建设"), ("governance experience", "治国理政经验"), ("poverty reduction", "减贫"), ("green development", "绿色发展"),
        ("the digital economy", "数字经济"), ("youth exchanges", "青年交流"), ("rural revitalization", "乡村振兴"), ("modernization", "现代化建设"),
    ];

    // Chinese names of the capitals of the countries we have ties with.
    private static readonly Dictionary<string, string> Capitals = new(StringComparer.Ordinal)
    {
        ["Abuja"] = "阿布贾", ["Accra"] = "阿克拉", ["Addis Ababa"] = "亚的斯亚贝巴", ["Algiers"] = "阿尔及尔", ["Amsterdam"] = "阿姆斯特丹", ["Ankara"] = "安卡拉",
        ["Antananarivo"] = "塔那那利佛", ["Astana"] = "阿斯塔纳", ["Asunción"] = "亚松森", ["Baghdad"] = "巴格达", ["Baku"] = "巴库", ["Bamako"] = "巴马科",
        ["Bangkok"] = "曼谷", ["Beirut"] = "贝鲁特", ["Belgrade"] = "贝尔格莱德", ["Berlin"] = "柏林", ["Bern"] = "伯尔尼", ["Bogotá"] = "波哥大",
        ["Brasília"] = "巴西利亚", ["Brussels"] = "布鲁塞尔", ["Bucharest"] = "布加勒斯特", ["Budapest"] = "布达佩斯", ["Buenos Aires"] = "布宜诺斯艾利斯",
        ["Cairo"] = "开罗", ["Canberra"] = "堪培拉", ["Chișinău"] = "基希讷乌", ["Colombo"] = "科伦坡", ["Dakar"] = "达喀尔", ["Dhaka"] = "达卡",
        ["Dushanbe"] = "杜尚别", ["Georgetown"] = "乔治敦", ["Guatemala City"] = "危地马拉城", ["Hanoi"] = "河内", ["Harare"] = "哈拉雷", ["Havana"] = "哈瓦那",
        ["Helsinki"] = "赫尔辛基", ["Islamabad"] = "伊斯兰堡", ["Jakarta"] = "雅加达", ["Kampala"] = "坎帕拉", ["Kathmandu"] = "加德满都", ["Khartoum"] = "喀土穆",
        ["Kuala Lumpur"] = "吉隆坡", ["Kyiv"] = "基辅", ["Libreville"] = "利伯维尔", ["Lima"] = "利马", ["Lisbon"] = "里斯本", ["Lomé"] = "洛美",
        ["London"] = "伦敦", ["Luanda"] = "罗安达", ["Lusaka"] = "卢萨卡", ["Madrid"] = "马德里", ["Manila"] = "马尼拉", ["Maputo"] = "马普托",
        ["Mexico City"] = "墨西哥城", ["Minsk"] = "明斯克", ["Montevideo"] = "蒙得维的亚", ["Moscow"] = "莫斯科", ["New Delhi"] = "新德里", ["Nicosia"] = "尼科西亚",
        ["Ottawa"] = "渥太华", ["Ouagadougou"] = "瓦加杜古", ["Panama City"] = "巴拿马城", ["Paris"] = "巴黎", ["Prague"] = "布拉格", ["Praia"] = "普拉亚",
        ["Pretoria"] = "比勒陀利亚", ["Pyongyang"] = "平壤", ["Quito"] = "基多", ["Rabat"] = "拉巴特", ["Rome"] = "罗马", ["San José"] = "圣何塞",
        ["San Salvador"] = "圣萨尔瓦多", ["Santiago"] = "圣地亚哥", ["Santo Domingo"] = "圣多明各", ["Singapore"] = "新加坡", ["Sofia"] = "索非亚",
        ["Stockholm"] = "斯德哥尔摩", ["Sucre"] = "苏克雷", ["Tbilisi"] = "第比利斯", ["Tegucigalpa"] = "特古西加尔巴", ["Tehran"] = "德黑兰", ["Tokyo"] = "东京",
        ["Ulan Bator"] = "乌兰巴托", ["Vienna"] = "维也纳", ["Vientiane"] = "万象", ["Warsaw"] = "华沙", ["Washington D.C."] = "华盛顿", ["Wellington"] = "惠灵顿",
        ["Windhoek"] = "温得和克", ["Yamoussoukro"] = "亚穆苏克罗", ["Yaoundé"] = "雅温得", ["Yerevan"] = "埃里温", ["Zagreb"] = "萨格勒布", ["Phnom Penh"] = "金边",
        ["Seoul"] = "首尔", ["Caracas"] = "加拉加斯", ["Managua"] = "马那瓜", ["Naypyidaw"] = "内比都", ["Ulaanbaatar"] = "乌兰巴托",
    };

    public static string? CapitalZh(string? capital) => capital is not null && Capitals.TryGetValue(capital, out var zh) ? zh : null;

    // The one-character short form used in names like 中老两党理论研讨会, for the countries that have one.
    private static readonly Dictionary<string, string> Short = new(StringComparer.Ordinal)
    {
        ["VNM"] = "越", ["LAO"] = "老", ["CUB"] = "古", ["PRK"] = "朝", ["RUS"] = "俄", ["KHM"] = "柬", ["MNG"] = "蒙", ["PAK"] = "巴", ["DEU"] = "德",
        ["FRA"] = "法", ["GBR"] = "英", ["JPN"] = "日", ["KOR"] = "韩", ["IND"] = "印", ["ZAF"] = "南", ["ETH"] = "埃", ["SRB"] = "塞", ["HUN"] = "匈",
        ["KAZ"] = "哈", ["NPL"] = "尼", ["LKA"] = "斯", ["TZA"] = "坦", ["MOZ"] = "莫", ["AGO"] = "安", ["NAM"] = "纳", ["ZWE"] = "津", ["BRA"] = "巴",
        ["MEX"] = "墨", ["ESP"] = "西", ["ITA"] = "意", ["USA"] = "美",
    };

    public static string? ShortZh(string iso3) => Short.GetValueOrDefault(iso3);

    // Foreign airlines flying to Beijing, by country; Air China otherwise.
    private static readonly Dictionary<string, string> Airlines = new(StringComparer.Ordinal)
    {
        ["VNM"] = "VN", ["LAO"] = "QV", ["RUS"] = "SU", ["DEU"] = "LH", ["FRA"] = "AF", ["GBR"] = "BA", ["ETH"] = "ET", ["ZAF"] = "SA", ["PRK"] = "JS",
        ["KAZ"] = "KC", ["THA"] = "TG", ["MYS"] = "MH", ["SGP"] = "SQ", ["JPN"] = "NH", ["KOR"] = "KE", ["TUR"] = "TK", ["EGY"] = "MS", ["PAK"] = "PK",
        ["NPL"] = "RA", ["LKA"] = "UL", ["MNG"] = "OM", ["KEN"] = "KQ",
    };

    public static string Flight(string? iso3, Random random) =>
        (iso3 is not null && Airlines.TryGetValue(iso3, out var code) ? code : random.NextDouble() < 0.7 ? "CA" : random.NextDouble() < 0.5 ? "MU" : "CZ")
        + " " + random.Next(101, 999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static readonly string[] HotelChains = ["Sheraton", "InterContinental", "Radisson Blu", "Hilton", "Sofitel", "Marriott", "Novotel", "Hyatt Regency"];

    // Groups of countries for regional forums and training courses: name in English and Chinese.
    public static (string En, string Zh, string Key) Group(string? region, string? subregion) => (region, subregion) switch
    {
        ("Africa", "Northern Africa") => ("Arab States", "阿拉伯国家", "arab"),
        ("Africa", _) => ("Africa", "非洲", "africa"),
        ("Asia", "South-Eastern Asia") => ("Southeast Asia", "东南亚", "sea"),
        ("Asia", "Southern Asia") => ("South Asia", "南亚", "sa"),
        ("Asia", "Central Asia") => ("Central Asia", "中亚", "ca"),
        ("Asia", "Western Asia") => ("Arab States", "阿拉伯国家", "arab"),
        ("Asia", _) => ("Northeast Asia", "东北亚", "nea"),
        ("Americas", "North America") => ("North America", "北美", "na"),
        ("Americas", _) => ("Latin America and the Caribbean", "拉美和加勒比", "lac"),
        ("Oceania", _) => ("Pacific Islands", "太平洋岛国", "pac"),
        _ => ("Europe", "欧洲", "eu"),
    };
}
