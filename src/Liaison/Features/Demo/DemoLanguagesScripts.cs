using Liaison.Features.Organizations;
using static Liaison.Features.Demo.PartyTypes;

namespace Liaison.Features.Demo;

// Party-name material for languages in other scripts, each with a romanization.
internal static class DemoLanguagesScripts
{
    private const IdeologyFamily FCom = IdeologyFamily.CommunistWorkers;
    private const IdeologyFamily FSoc = IdeologyFamily.SocialistSocialDemocratic;
    private const IdeologyFamily FLab = IdeologyFamily.Labour;
    private const IdeologyFamily FGrn = IdeologyFamily.Green;
    private const IdeologyFamily FLib = IdeologyFamily.Liberal;
    private const IdeologyFamily FCon = IdeologyFamily.Conservative;
    private const IdeologyFamily FNat = IdeologyFamily.Nationalist;
    private const IdeologyFamily FReg = IdeologyFamily.Regionalist;
    private const IdeologyFamily FPop = IdeologyFamily.Populist;
    private const IdeologyFamily FOth = IdeologyFamily.Other;

    public static readonly Dictionary<string, PartyName[]> Names = new()
    {
        ["ru"] =
        [
            X(FCon, "Party of Unity", "统一党", "Партия единства", "Partiya yedinstva"), Com("Коммунистическая партия {C}", "Kommunisticheskaya partiya {C}"),
            X(FLib, "Liberal Democratic Party of {C}", "自由民主党", "Либерально-демократическая партия {C}", "Liberalno-demokraticheskaya partiya {C}"),
            X(FSoc, "Party of Justice", "公正党", "Партия справедливости", "Partiya spravedlivosti"), Sd("Социал-демократическая партия {C}", "Sotsial-demokraticheskaya partiya {C}"),
            Agr("Аграрная партия {C}", "Agrarnaya partiya {C}"), Ppl("Народная партия {C}", "Narodnaya partiya {C}"),
            X(FNat, "Patriots of {C}", "爱国者党", "Патриоты {C}", "Patrioty {C}"), Grn("Партия зелёных", "Partiya zelyonykh"),
        ],
        ["uk"] =
        [
            X(FPop, "Servant of the People", "人民公仆党", "Слуга народу", "Sluha narodu"), X(FNat, "People's Front", "人民阵线", "Народний фронт", "Narodnyi front"),
            Sd("Соціал-демократична партія {C}", "Sotsial-demokratychna partiia {C}"), Soc("Соціалістична партія {C}", "Sotsialistychna partiia {C}"),
            Com("Комуністична партія {C}", "Komunistychna partiia {C}"), Agr("Аграрна партія {C}", "Ahrarna partiia {C}"),
            Lib("Ліберальна партія {C}", "Liberalna partiia {C}"), Grn("Партія зелених {C}", "Partiia zelenykh {C}"),
        ],
        ["sr"] =
        [
            X(FCon, "Serbian Progressive Party", "前进党", "Српска напредна странка", "Srpska napredna stranka"),
            Soc("Социјалистичка партија {C}", "Socijalistička partija {C}"), Dem("Демократска странка", "Demokratska stranka"),
            X(FNat, "Serbian Radical Party", "激进党", "Српска радикална странка", "Srpska radikalna stranka"),
            X(IdeologyFamily.Agrarian, "Peasant Party", "农民党", "Сељачка странка", "Seljačka stranka"), Grn("Зелени {C}", "Zeleni {C}"),
            X(FLib, "Liberal Democratic Party", "自由民主党", "Либерално-демократска партија", "Liberalno-demokratska partija"),
        ],
        ["bg"] =
        [
            X(FSoc, "Bulgarian Socialist Party", "社会党", "Българска социалистическа партия", "Balgarska sotsialisticheska partiya"),
            X(FCon, "Union of Democratic Forces", "民主力量联盟", "Съюз на демократичните сили", "Sayuz na demokratichnite sili"),
            X(FReg, "Movement for Rights and Freedoms", "争取权利与自由运动", "Движение за права и свободи", "Dvizhenie za prava i svobodi"),
            Com("Комунистическа партия {C}", "Komunisticheska partiya {C}"), Fu("Земеделски съюз", "Zemedelski sayuz"),
            Dem("Демократическа партия", "Demokraticheska partiya"), Grn("Зелена партия", "Zelena partiya"), Nf("Национален фронт", "Natsionalen front"),
        ],
        ["mn"] =
        [
            X(FSoc, "Mongolian People's Party", "人民党", "Монгол Ардын Нам", "Mongol Ardyn Nam"), X(FLib, "Democratic Party", "民主党", "Ардчилсан Нам", "Ardchilsan Nam"),
            X(FNat, "National Labour Party", "国家劳动党", "Хөдөлмөрийн Үндэсний Нам", "Khödölmöriin Ündesnii Nam"),
            X(FGrn, "Civil Will–Green Party", "公民意志-绿党", "Иргэний Зориг Ногоон Нам", "Irgenii Zorig Nogoon Nam"),
            X(FSoc, "Mongolian People's Revolutionary Party", "人民革命党", "Монгол Ардын Хувьсгалт Нам", "Mongol Ardyn Khuvsgalt Nam"),
        ],
        ["el"] =
        [
            X(FCon, "New Democracy", "新民主党", "Νέα Δημοκρατία", "Néa Dimokratía"),
            X(FSoc, "Panhellenic Socialist Movement", "泛希腊社会主义运动", "Πανελλήνιο Σοσιαλιστικό Κίνημα", "Panellínio Sosialistikó Kínima"),
            X(FCom, "Progressive Party of Working People", "劳动人民进步党", "Ανορθωτικό Κόμμα Εργαζόμενου Λαού", "Anorthotikó Kómma Ergazómenou Laoú"),
            Com("Κομμουνιστικό Κόμμα {C}", "Kommounistikó Kómma {C}"), Sd("Σοσιαλδημοκρατικό Κόμμα", "Sosialdimokratikó Kómma"),
            Lib("Φιλελεύθερο Κόμμα", "Fileléfthero Kómma"), Grn("Οικολόγοι Πράσινοι", "Oikológoi Prásinoi"), Nf("Εθνικό Μέτωπο", "Ethnikó Métopo"),
            Fu("Αγροτική Ένωση", "Agrotikí Énosi"),
        ],
        ["ar"] =
        [
            X(FNat, "National Liberation Front", "民族解放阵线", "جبهة التحرير الوطني", "Jabhat al-Taḥrīr al-Waṭanī"),
            X(FCon, "Justice and Development Party", "公正与发展党", "حزب العدالة والتنمية", "Ḥizb al-ʿAdāla wa-l-Tanmiya"),
            Soc("الحزب الاشتراكي {C}", "al-Ḥizb al-Ishtirākī {C}"), Dem("الحزب الديمقراطي {C}", "al-Ḥizb al-Dīmuqrāṭī {C}"),
            X(FOth, "Renaissance Movement", "复兴运动", "حركة النهضة", "Ḥarakat al-Nahḍa"), Ppl("حزب الشعب", "Ḥizb al-Shaʿb"),
            Com("الحزب الشيوعي {C}", "al-Ḥizb al-Shuyūʿī {C}"), Lib("حزب الأحرار", "Ḥizb al-Aḥrār"), Nf("الجبهة الوطنية", "al-Jabha al-Waṭaniyya"),
            Wrk("حزب العمال", "Ḥizb al-ʿUmmāl"), Fu("اتحاد الفلاحين", "Ittiḥād al-Fallāḥīn"),
        ],
        ["fa"] =
        [
            X(FCon, "Islamic Coalition Party", "伊斯兰联合党", "حزب مؤتلفه اسلامی", "Ḥezb-e Moʾtalefe-ye Eslāmi"),
            X(FOth, "Moderation and Development Party", "温和与发展党", "حزب اعتدال و توسعه", "Ḥezb-e Eʿtedāl va Towseʿe"),
            X(FLib, "Executives of Construction Party", "建设公仆党", "حزب کارگزاران سازندگی", "Ḥezb-e Kārgozārān-e Sāzandegi"),
            X(FCon, "Front of Islamic Revolution Stability", "伊斯兰革命坚定阵线", "جبهه پایداری انقلاب اسلامی", "Jebhe-ye Pāydāri-ye Enqelāb-e Eslāmi"),
            Grn("حزب سبز", "Ḥezb-e Sabz"),
        ],
        ["he"] =
        [
            X(FCon, "Likud", "利库德集团", "הליכוד", "HaLikud"), Lab("מפלגת העבודה", "Mifleget HaAvoda"), X(FLib, "Yesh Atid", "拥有未来党", "יש עתיד", "Yesh Atid"),
            X(FOth, "Shas", "沙斯党", "ש״ס", "Shas"), X(FNat, "Yisrael Beiteinu", "以色列我们的家园党", "ישראל ביתנו", "Yisrael Beiteinu"),
            X(FCom, "Israeli Communist Party", "共产党", "המפלגה הקומוניסטית הישראלית", "HaMiflaga HaKomunistit HaYisraelit"), Grn("הירוקים", "HaYerukim"),
        ],
        ["hi"] =
        [
            X(FCon, "Bharatiya Janata Party", "人民党", "भारतीय जनता पार्टी", "Bhāratīya Janatā Pārṭī"),
            X(FSoc, "Indian National Congress", "国民大会党", "भारतीय राष्ट्रीय कांग्रेस", "Bhāratīya Rāṣṭrīya Kāṅgres"),
            X(FCom, "Communist Party of India (Marxist)", "共产党（马克思主义）", "भारत की कम्युनिस्ट पार्टी (मार्क्सवादी)", "Bhārat kī Kamyunisṭ Pārṭī (Mārksvādī)"),
            X(FSoc, "Samajwadi Party", "社会党", "समाजवादी पार्टी", "Samājvādī Pārṭī"), X(FPop, "Aam Aadmi Party", "平民党", "आम आदमी पार्टी", "Ām Ādmī Pārṭī"),
            X(FCom, "Communist Party of India", "共产党", "भारतीय कम्युनिस्ट पार्टी", "Bhāratīya Kamyunisṭ Pārṭī"),
            X(FReg, "Janata Dal (United)", "人民党（联合派）", "जनता दल (यूनाइटेड)", "Janatā Dal (Yūnāiṭeḍ)"),
        ],
        ["ne"] =
        [
            X(FSoc, "Nepali Congress", "大会党", "नेपाली काँग्रेस", "Nepālī Kāṅgres"),
            X(FCom, "Communist Party of Nepal (Unified Marxist–Leninist)", "共产党（联合马列）", "नेपाल कम्युनिष्ट पार्टी (एकीकृत मार्क्सवादी–लेनिनवादी)", "Nepāl Kamyunisṭ Pārṭī (Ekīkṛt Mārksvādī–Leninvādī)"),
            X(FCom, "Communist Party of Nepal (Maoist Centre)", "共产党（毛主义中心）", "नेपाल कम्युनिष्ट पार्टी (माओवादी केन्द्र)", "Nepāl Kamyunisṭ Pārṭī (Māovādī Kendra)"),
            X(FCon, "Rastriya Prajatantra Party", "国家民主党", "राष्ट्रिय प्रजातन्त्र पार्टी", "Rāṣṭriya Prajātantra Pārṭī"),
            X(FPop, "Rastriya Swatantra Party", "国家独立党", "राष्ट्रिय स्वतन्त्र पार्टी", "Rāṣṭriya Svatantra Pārṭī"),
        ],
        ["bn"] =
        [
            X(FNat, "Bangladesh Nationalist Party", "民族主义党", "বাংলাদেশ জাতীয়তাবাদী দল", "Bangladesh Jatiyatabadi Dal"),
            X(FSoc, "Awami League", "人民联盟", "বাংলাদেশ আওয়ামী লীগ", "Bangladesh Awami League"), X(FNat, "Jatiya Party", "民族党", "জাতীয় পার্টি", "Jatiya Party"),
            X(FCom, "Workers Party of Bangladesh", "工人党", "বাংলাদেশের ওয়ার্কার্স পার্টি", "Bangladesher Workers Party"),
            X(FCom, "Communist Party of Bangladesh", "共产党", "বাংলাদেশের কমিউনিস্ট পার্টি", "Bangladesher Communist Party"),
        ],
        ["ur"] =
        [
            X(FCon, "Pakistan Muslim League (N)", "穆斯林联盟（谢里夫派）", "پاکستان مسلم لیگ (ن)", "Pākistān Muslim Līg (Nūn)"),
            X(FSoc, "Pakistan Peoples Party", "人民党", "پاکستان پیپلز پارٹی", "Pākistān Pīpalz Pārṭī"),
            X(FPop, "Pakistan Tehreek-e-Insaf", "正义运动党", "پاکستان تحریک انصاف", "Pākistān Tehrīk-e-Inṣāf"),
            X(FReg, "Muttahida Qaumi Movement", "统一民族运动", "متحدہ قومی موومنٹ", "Muttaḥida Qaumī Mūvmanṭ"),
            X(FReg, "Awami National Party", "人民民族党", "عوامی نیشنل پارٹی", "Awāmī Nēshanal Pārṭī"),
        ],
        ["th"] =
        [
            X(FLib, "Democrat Party", "民主党", "พรรคประชาธิปัตย์", "Phak Prachathipat"), X(FPop, "Pheu Thai Party", "为泰党", "พรรคเพื่อไทย", "Phak Phuea Thai"),
            X(FCon, "Bhumjaithai Party", "自豪党", "พรรคภูมิใจไทย", "Phak Phum Chai Thai"), X(FNat, "Thai Nation Party", "民族党", "พรรคชาติไทย", "Phak Chat Thai"),
            Sd("พรรคสังคมประชาธิปไตย", "Phak Sangkhom Prachathipatai"), Grn("พรรคสีเขียว", "Phak Si Khiao"),
            X(IdeologyFamily.Agrarian, "Farmers' Party", "农民党", "พรรคเกษตรกร", "Phak Kasettakon"),
        ],
        ["ka"] =
        [
            X(FCon, "Georgian Dream", "梦想党", "ქართული ოცნება", "Kartuli Otsneba"),
            X(FLib, "United National Movement", "统一民族运动", "ერთიანი ნაციონალური მოძრაობა", "Ertiani Natsionaluri Modzraoba"),
            X(FLab, "Labour Party of Georgia", "工党", "საქართველოს ლეიბორისტული პარტია", "Sakartvelos Leiboristuli Partia"),
            X(FOth, "Citizens' Union of Georgia", "公民联盟", "საქართველოს მოქალაქეთა კავშირი", "Sakartvelos Mokalaketa Kavshiri"),
            X(FNat, "Alliance of Patriots of Georgia", "爱国者联盟", "საქართველოს პატრიოტთა ალიანსი", "Sakartvelos Patriotta Aliansi"),
        ],
        ["hy"] =
        [
            X(FLib, "Civil Contract", "公民契约党", "Քաղաքացիական պայմանագիր", "Kaghakatsiakan Paymanagir"),
            X(FCon, "Republican Party of Armenia", "共和党", "Հայաստանի Հանրապետական Կուսակցություն", "Hayastani Hanrapetakan Kusaktsutyun"),
            X(FSoc, "Armenian Revolutionary Federation", "革命联盟", "Հայ Յեղափոխական Դաշնակցություն", "Hay Heghapokhakan Dashnaktsutyun"),
            X(FOth, "Pan-Armenian National Movement", "全亚美尼亚民族运动", "Հայոց Համազգային Շարժում", "Hayots Hamazgayin Sharzhum"),
            X(FPop, "Prosperous Armenia", "繁荣亚美尼亚党", "Բարգավաճ Հայաստան", "Bargavach Hayastan"),
        ],
        ["ko"] =
        [
            X(FLib, "Democratic Party of Korea", "共同民主党", "더불어민주당", "Deobureo Minjudang"), X(FCon, "People Power Party", "国民力量党", "국민의힘", "Gungminui Him"),
            X(FSoc, "Justice Party", "正义党", "정의당", "Jeongeuidang"), X(FLib, "Rebuilding Korea Party", "祖国革新党", "조국혁신당", "Joguk Hyeoksindang"),
            X(FSoc, "Progressive Party", "进步党", "진보당", "Jinbodang"), X(FGrn, "Green Party Korea", "绿党", "녹색당", "Noksaekdang"),
        ],
        ["ja"] =
        [
            X(FCon, "Liberal Democratic Party", "自由民主党", "自由民主党", "Jiyū Minshutō"), X(FLib, "Constitutional Democratic Party", "立宪民主党", "立憲民主党", "Rikken Minshutō"),
            X(FOth, "Komeito", "公明党", "公明党", "Kōmeitō"), X(FCon, "Japan Innovation Party", "维新会", "日本維新の会", "Nippon Ishin no Kai"),
            X(FCom, "Japanese Communist Party", "共产党", "日本共産党", "Nihon Kyōsantō"), X(FSoc, "Social Democratic Party", "社会民主党", "社会民主党", "Shakai Minshutō"),
            X(FPop, "Democratic Party For the People", "国民民主党", "国民民主党", "Kokumin Minshutō"),
        ],
    };
}
