using Liaison.Features.People;

namespace Liaison.Features.Demo;

internal static class DemoPeopleNames
{
    public static readonly NameCulture[] Cultures =
    [
        new()
        {
            Code = "zh", Language = "zh", Order = NameOrder.FamilyFirst, Joined = true, EnglishFamilyFirst = true, Script = "Hans", Messenger = ChannelKind.WeChat,
            Families = "王|Wáng 李|Lǐ 张|Zhāng 刘|Liú 陈|Chén 杨|Yáng 黄|Huáng 赵|Zhào 吴|Wú 周|Zhōu 徐|Xú 孙|Sūn 马|Mǎ 朱|Zhū 胡|Hú 郭|Guō 何|Hé 林|Lín 罗|Luó 高|Gāo 郑|Zhèng 梁|Liáng 谢|Xiè 宋|Sòng 唐|Táng 韩|Hán 冯|Féng 邓|Dèng 曹|Cáo 彭|Péng",
            Male = "伟|wěi 强|qiáng 军|jūn 磊|lěi 勇|yǒng 杰|jié 涛|tāo 明|míng 超|chāo 刚|gāng 平|píng 辉|huī 建国|jiànguó 志强|zhìqiáng 国华|guóhuá 文斌|wénbīn 海峰|hǎifēng 建华|jiànhuá 立新|lìxīn 振宇|zhènyǔ 卫东|wèidōng 晓东|xiǎodōng 宏伟|hóngwěi 俊|jùn",
            Female = "芳|fāng 娜|nà 敏|mǐn 静|jìng 丽|lì 艳|yàn 娟|juān 霞|xiá 玲|líng 燕|yàn 秀英|xiùyīng 桂英|guìyīng 晓红|xiǎohóng 丽华|lìhuá 雪梅|xuěméi 海燕|hǎiyàn 慧敏|huìmǐn 婷|tíng 佳|jiā 颖|yǐng",
        },
        new()
        {
            Code = "zh-SG", Language = "zh", Order = NameOrder.FamilyFirst, Joined = true, EnglishFamilyFirst = true, Script = "Hans", Messenger = ChannelKind.WhatsApp,
            Families = "陈|Tan 林|Lim 李|Lee 黄|Ng 吴|Goh 王|Ong 张|Teo 杨|Yeo 刘|Lau 郑|Tay",
            Male = "伟明|Wei_Ming 志强|Chee_Keong 国华|Kok_Wah 俊杰|Jun_Jie 文辉|Boon_Hui 建明|Kian_Beng 家豪|Jia_Hao",
            Female = "美玲|Mei_Ling 丽华|Lay_Hwa 慧敏|Hui_Min 淑芬|Siew_Hoon 佩佩|Pei_Pei 雪莉|Shirley",
        },
        new()
        {
            Code = "vi", Language = "vi", Order = NameOrder.FamilyFirst, EnglishFamilyFirst = true, Messenger = ChannelKind.Other, MessengerName = "Zalo",
            Families = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh",
            Male = "Văn_Hùng Văn_Dũng Minh_Tuấn Quốc_Cường Đức_Thắng Văn_Bình Thanh_Sơn Xuân_Hải Hữu_Quang Minh_Trung Văn_Long Quang_Vinh Đức_Anh Tiến_Dũng Văn_Nam",
            Female = "Thị_Lan Thị_Hương Thị_Mai Thanh_Hoa Phương_Thảo Thị_Ngân Thu_Hằng Thùy_Linh Thị_Trang Hải_Yến Thị_Hà Ngọc_Anh",
            Religion = "Buddhist",
        },
        new()
        {
            Code = "lo", Language = "lo", Script = "Laoo", Messenger = ChannelKind.WhatsApp,
            Families = "ພົມວິຫານ|Phomvihane ວົງສາ|Vongsa ແກ້ວມະນີ|Keomany ສຸລິວົງ|Soulivong ອິນທະວົງ|Inthavong ພິລາວົງ|Philavong ສີຫາລາດ|Sihalath ຈັນທະລາ|Chanthala",
            Male = "ສົມພອນ|Somphone ບຸນມີ|Bounmy ຄຳພັນ|Khamphanh ທອງສີ|Thongsy ວິໄລ|Vilay ສຸກສະຫວັນ|Souksavanh ພອນໄຊ|Phonexay ບົວລະພາ|Bualapha",
            Female = "ມະນີວອນ|Manivone ຈັນທະວີ|Chanthavy ແສງເດືອນ|Sengdeuane ບົວສອນ|Bouasone ວັນນະພອນ|Vannaphone ສຸດາລັດ|Soudalath",
            Religion = "Buddhist",
        },
        new()
        {
            Code = "ko", Language = "ko", Order = NameOrder.FamilyFirst, Joined = true, EnglishFamilyFirst = true, Script = "Kore", Messenger = ChannelKind.Other, MessengerName = "KakaoTalk",
            Families = "김|Kim 이|Lee 박|Park 최|Choi 정|Jung 강|Kang 조|Cho 윤|Yoon 장|Jang 임|Lim 한|Han 오|Oh 서|Seo 신|Shin",
            Male = "민준|Min-jun 성호|Seong-ho 재현|Jae-hyun 동훈|Dong-hoon 영수|Young-soo 상철|Sang-cheol 준호|Jun-ho 태식|Tae-sik 경민|Kyung-min",
            Female = "지은|Ji-eun 수진|Su-jin 미경|Mi-kyung 혜진|Hye-jin 은영|Eun-young 서연|Seo-yeon 현주|Hyun-joo",
        },
        new()
        {
            Code = "ko-KP", Language = "ko", Order = NameOrder.FamilyFirst, Joined = true, EnglishFamilyFirst = true, Script = "Kore", Messenger = ChannelKind.Email,
            Families = "김|Kim 리|Ri 박|Pak 최|Choe 정|Jong 강|Kang 조|Jo 한|Han 림|Rim 현|Hyon",
            Male = "철|Chol 영철|Yong_Chol 명수|Myong_Su 광호|Kwang_Ho 성남|Song_Nam 룡해|Ryong_Hae 창복|Chang_Bok",
            Female = "영희|Yong_Hui 순옥|Sun_Ok 명숙|Myong_Suk 금순|Kum_Sun 춘희|Chun_Hui",
        },
        new()
        {
            Code = "ja", Language = "ja", Order = NameOrder.FamilyFirst, Joined = true, EnglishFamilyFirst = true, Script = "Jpan", Messenger = ChannelKind.Line,
            Families = "佐藤|Satō 鈴木|Suzuki 高橋|Takahashi 田中|Tanaka 渡辺|Watanabe 伊藤|Itō 山本|Yamamoto 中村|Nakamura 小林|Kobayashi 加藤|Katō 吉田|Yoshida 山田|Yamada 岡田|Okada 石井|Ishii",
            Male = "太郎|Tarō 健一|Ken'ichi 浩|Hiroshi 誠|Makoto 大輔|Daisuke 直樹|Naoki 和也|Kazuya 隆|Takashi 修|Osamu 哲也|Tetsuya",
            Female = "恵子|Keiko 裕子|Yūko 美穂|Miho 直子|Naoko 由美|Yumi 真理子|Mariko 明美|Akemi 陽子|Yōko",
        },
        new()
        {
            Code = "th", Language = "th", Script = "Thai", Messenger = ChannelKind.Line, Religion = "Buddhist",
            Families = "ศรีสุข|Srisuk วงศ์สวัสดิ์|Wongsawat จันทร์เพ็ญ|Chanpen สุวรรณ|Suwan ทองดี|Thongdi แก้วมณี|Kaewmanee บุญมา|Boonma รัตนพันธ์|Rattanaphan ศักดิ์สิทธิ์|Saksit",
            Male = "สมชาย|Somchai วิชัย|Wichai สุรชัย|Surachai ธนากร|Thanakorn ณัฐพล|Nattapon กิตติ|Kitti อภิชาติ|Apichat ประเสริฐ|Prasert",
            Female = "สุดารัตน์|Sudarat พรทิพย์|Porntip วรรณา|Wanna ศิริพร|Siriporn นภา|Napha กัลยา|Kanlaya อรุณี|Arunee",
        },
        new()
        {
            Code = "ar", Language = "ar", Script = "Arab", Religion = "Muslim", Diet = "Halal",
            Families = "المصري|al-Maṣrī الحسيني|al-Ḥusaynī الخطيب|al-Khaṭīb حداد|Ḥaddād منصور|Manṣūr العمري|al-ʿUmarī السعيد|al-Saʿīd عبد_الله|ʿAbd_Allāh بوزيد|Būzīd الشريف|al-Sharīf الزين|al-Zayn",
            Male = "محمد|Muḥammad أحمد|Aḥmad|Ahmed علي|ʿAlī حسن|Ḥasan خالد|Khālid يوسف|Yūsuf عمر|ʿUmar كريم|Karīm سامي|Sāmī طارق|Ṭāriq",
            Female = "فاطمة|Fāṭima مريم|Maryam ليلى|Laylā سلمى|Salmā نادية|Nādiya هدى|Hudā أمينة|Amīna",
        },
        new()
        {
            Code = "fa", Language = "fa", Script = "Arab", Religion = "Muslim", Diet = "Halal", Messenger = ChannelKind.Telegram,
            Families = "رضایی|Reẓāʾi|Rezaei احمدی|Aḥmadi|Ahmadi حسینی|Ḥoseyni|Hosseini کریمی|Karimi محمدی|Moḥammadi|Mohammadi موسوی|Musavi جعفری|Jaʿfari|Jafari صادقی|Ṣādeqi|Sadeghi",
            Male = "علی|ʿAli محمدرضا|Moḥammadreżā|Mohammadreza حسین|Ḥoseyn|Hossein مهدی|Mahdi رضا|Reżā|Reza مسعود|Masʿud|Masoud",
            Female = "زهرا|Zahrā مریم|Maryam فاطمه|Fāṭeme|Fatemeh لیلا|Leylā نسرین|Nasrin",
        },
        new()
        {
            Code = "he", Language = "he", Script = "Hebr", Religion = "Jewish", Diet = "Kosher",
            Families = "כהן|Kohen|Cohen לוי|Levi מזרחי|Mizraḥi|Mizrahi פרץ|Peretz ביטון|Biton אברהם|Avraham פרידמן|Fridman|Friedman שפירא|Shapira",
            Male = "דוד|David יוסף|Yosef משה|Moshe אבי|Avi יעקב|Yaʿakov|Yaakov איתן|Eitan עמית|Amit",
            Female = "שרה|Sara|Sarah רחל|Raḥel|Rachel מיכל|Mikhal|Michal נועה|Noʿa|Noa תמר|Tamar יעל|Yaʿel|Yael",
        },
        new()
        {
            Code = "hi", Language = "hi", Script = "Deva", Religion = "Hindu", Diet = "Vegetarian",
            Families = "शर्मा|Śarmā|Sharma वर्मा|Varmā|Verma गुप्ता|Guptā|Gupta सिंह|Siṃh|Singh यादव|Yādav|Yadav मिश्रा|Miśrā|Mishra पटेल|Paṭel|Patel रेड्डी|Reḍḍī|Reddy चौहान|Cauhān|Chauhan",
            Male = "राजेश|Rājeś|Rajesh अमित|Amit सुनील|Sunīl|Sunil विजय|Vijay अनिल|Anil राहुल|Rāhul|Rahul संजय|Sañjay|Sanjay अरविंद|Arvind",
            Female = "प्रिया|Priyā|Priya सुनीता|Sunītā|Sunita अनीता|Anītā|Anita कविता|Kavitā|Kavita पूजा|Pūjā|Pooja मीना|Mīnā|Meena",
        },
        new()
        {
            Code = "ne", Language = "ne", Script = "Deva", Religion = "Hindu",
            Families = "श्रेष्ठ|Śreṣṭha|Shrestha पौडेल|Pauḍel|Paudel अधिकारी|Adhikārī|Adhikari थापा|Thāpā|Thapa गुरुङ|Guruṅ|Gurung कोइराला|Koirālā|Koirala भट्टराई|Bhaṭṭarāī|Bhattarai",
            Male = "राम|Rām|Ram कृष्ण|Kṛṣṇa|Krishna बिष्णु|Biṣṇu|Bishnu गोपाल|Gopāl|Gopal प्रकाश|Prakāś|Prakash दीपक|Dīpak|Deepak",
            Female = "सीता|Sītā|Sita गीता|Gītā|Gita सरिता|Saritā|Sarita कमला|Kamalā|Kamala सुशीला|Suśīlā|Sushila",
        },
        new()
        {
            Code = "bn", Language = "bn", Script = "Beng", Religion = "Muslim", Diet = "Halal",
            Families = "হোসেন|Hossain রহমান|Rahman আহমেদ|Ahmed চৌধুরী|Chowdhury ইসলাম|Islam খান|Khan সরকার|Sarkar",
            Male = "আব্দুল|Abdul মোহাম্মদ|Mohammad রফিক|Rafiq কামাল|Kamal সাইফুল|Saiful জাহিদ|Zahid",
            Female = "ফাতেমা|Fatema নাসরিন|Nasrin শাহানা|Shahana রুমানা|Rumana তাসলিমা|Taslima",
        },
        new()
        {
            Code = "ur", Language = "ur", Script = "Arab", Religion = "Muslim", Diet = "Halal",
            Families = "خان|Khān|Khan قریشی|Qureshī|Qureshi چوہدری|Chaudhrī|Chaudhry ملک|Malik بٹ|Baṭ|Butt شاہ|Shāh|Shah رانا|Rāṇā|Rana",
            Male = "محمد|Muḥammad|Muhammad عمران|ʿImrān|Imran علی|ʿAlī|Ali احمد|Aḥmad|Ahmed شاہد|Shāhid|Shahid فیصل|Faiṣal|Faisal",
            Female = "عائشہ|ʿĀʾisha|Ayesha فاطمہ|Fāṭima|Fatima صائمہ|Ṣāʾima|Saima نازیہ|Nāziya|Nazia",
        },
        new()
        {
            Code = "am", Language = "am", Script = "Ethi", FatherAsFamily = true, Religion = "Orthodox Christian", Messenger = ChannelKind.Telegram,
            Families = "",
            Male = "አበበ|Abäbä|Abebe ተስፋዬ|Täsfaye|Tesfaye ዳዊት|Dawit ሙሉጌታ|Mulugéta|Mulugeta ብርሃኑ|Bərhanu|Birhanu ግርማ|Gərma|Girma ሰለሞን|Sälomon|Solomon",
            Female = "ሰላማዊት|Sälamawit|Selamawit መሠረት|Mäsärät|Meseret ትዕግሥት|Təʿəgəśt|Tigist ሄለን|Helen ብሩክታዊት|Bəruktawit|Bruktawit",
        },
        new()
        {
            Code = "ka", Language = "ka", Script = "Geor",
            Families = "ბერიძე|Beridze კაპანაძე|Kapanadze გელაშვილი|Gelashvili მაისურაძე|Maisuradze ლომიძე|Lomidze ჯაფარიძე|Japaridze ხარაიშვილი|Kharaishvili",
            Male = "გიორგი|Giorgi დავით|Davit ლევან|Levan ნიკოლოზ|Nikoloz ირაკლი|Irakli ზურაბ|Zurab",
            Female = "ნინო|Nino მარიამ|Mariam თამარ|Tamar ეკატერინე|Ekaterine ქეთევან|Ketevan ანა|Ana",
            Religion = "Orthodox Christian",
        },
        new()
        {
            Code = "hy", Language = "hy", Script = "Armn",
            Families = "Հովհաննիսյան|Hovhannisyan Գրիգորյան|Grigoryan Պետրոսյան|Petrosyan Հարությունյան|Harutyunyan Մկրտչյան|Mkrtchyan Ավետիսյան|Avetisyan Կարապետյան|Karapetyan",
            Male = "Արմեն|Armen Արամ|Aram Դավիթ|Davit Տիգրան|Tigran Գևորգ|Gevorg Կարեն|Karen",
            Female = "Անի|Ani Լուսինե|Lusine Մարիամ|Mariam Նարինե|Narine Գայանե|Gayane",
            Religion = "Armenian Apostolic",
        },
        new()
        {
            Code = "ru", Language = "ru", Script = "Cyrl", Patronymic = true, Messenger = ChannelKind.Telegram, Religion = "Orthodox Christian",
            Families = "Иванов/Иванова Смирнов/Смирнова Кузнецов/Кузнецова Попов/Попова Соколов/Соколова Лебедев/Лебедева Козлов/Козлова Новиков/Новикова Морозов/Морозова Волков/Волкова Зайцев/Зайцева Павлов/Павлова",
            Male = "Александр Сергей Дмитрий Андрей Алексей Владимир Михаил Николай Юрий Игорь",
            Female = "Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Екатерина",
        },
        new()
        {
            Code = "uk", Language = "uk", Script = "Cyrl", Messenger = ChannelKind.Telegram, Religion = "Orthodox Christian",
            Families = "Шевченко Коваленко Бондаренко Ткаченко Кравченко Мельник Бойко Савчук Лисенко Олійник",
            Male = "Олександр Андрій Сергій Василь Дмитро Микола Тарас Юрій",
            Female = "Олена Наталія Оксана Тетяна Ірина Юлія Галина",
        },
        new()
        {
            Code = "sr", Language = "sr", Script = "Cyrl", Messenger = ChannelKind.Other, MessengerName = "Viber", Religion = "Orthodox Christian",
            Families = "Јовановић Петровић Николић Марковић Ђорђевић Стојановић Илић Павловић Милошевић Ђурић",
            Male = "Александар Никола Марко Милош Драган Зоран Душан Небојша",
            Female = "Милица Јелена Ана Марија Драгана Снежана Весна",
        },
        new()
        {
            Code = "bg", Language = "bg", Script = "Cyrl", Messenger = ChannelKind.Other, MessengerName = "Viber", Religion = "Orthodox Christian",
            Families = "Иванов/Иванова Георгиев/Георгиева Димитров/Димитрова Петров/Петрова Николов/Николова Стоянов/Стоянова Христов/Христова",
            Male = "Георги Иван Димитър Николай Христо Стефан Пламен",
            Female = "Мария Иванка Елена Десислава Радост Цветелина",
        },
        new()
        {
            Code = "mn", Language = "mn", Script = "Cyrl", Order = NameOrder.FamilyFirst, Religion = "Buddhist",
            Families = "Батын Доржийн Ганбаатарын Цэдэнгийн Пүрэвийн Нямын Очирын Сүхийн",
            Male = "Бат-Эрдэнэ Ганбаатар Төмөрбаатар Мөнх-Очир Болд Ганзориг Энхтүвшин",
            Female = "Оюунчимэг Сарантуяа Нарантуяа Энхтуяа Батцэцэг Болормаа",
        },
        new()
        {
            Code = "kk", Language = "kk", Script = "Cyrl", Messenger = ChannelKind.Telegram, Religion = "Muslim",
            Families = "Ахметов/Ахметова Оспанов/Оспанова Сұлтанов/Сұлтанова Жұмабаев/Жұмабаева Әбдірахманов/Әбдірахманова Серікбаев/Серікбаева",
            Male = "Асқар Ерлан Нұрлан Серік Дәурен Бауыржан Ғалым",
            Female = "Айгүл Гүлнар Динара Жанар Салтанат Әсел",
        },
        new()
        {
            Code = "tg", Language = "tg", Script = "Cyrl", Messenger = ChannelKind.Telegram, Religion = "Muslim", Diet = "Halal",
            Families = "Раҳимов/Раҳимова Қодиров/Қодирова Сафаров/Сафарова Шарипов/Шарипова Назаров/Назарова Ҷалолов/Ҷалолова",
            Male = "Фаридун Рустам Шамсиддин Бахтиёр Далер Ҷамшед",
            Female = "Гулнора Нигина Мадина Зарина Фарзона",
        },
        new()
        {
            Code = "el", Language = "el", Script = "Grek", Messenger = ChannelKind.Other, MessengerName = "Viber", Religion = "Orthodox Christian",
            Families = "Παπαδόπουλος/Παπαδοπούλου Παπαδάκης/Παπαδάκη Γεωργίου/Γεωργίου Οικονόμου/Οικονόμου Καραγιάννης/Καραγιάννη Βασιλείου/Βασιλείου Νικολάου/Νικολάου Αθανασίου/Αθανασίου",
            Male = "Γιώργος Νίκος Κώστας Δημήτρης Γιάννης Αλέξανδρος Παναγιώτης Σταύρος",
            Female = "Μαρία Ελένη Αικατερίνη Σοφία Δέσποινα Άννα Ευαγγελία",
        },
        new()
        {
            Code = "az", Language = "az", Messenger = ChannelKind.WhatsApp, Religion = "Muslim",
            Families = "Məmmədov/Məmmədova Əliyev/Əliyeva Hüseynov/Hüseynova Quliyev/Quliyeva Həsənov/Həsənova İsmayılov/İsmayılova",
            Male = "Elçin Rəşad Tural Orxan Vüqar Kamran", Female = "Aynur Günay Leyla Səbinə Nərgiz",
        },
        new()
        {
            Code = "en", Language = "en",
            Families = "Smith Jones Taylor Brown Williams Wilson Evans Thompson Walker Robinson Wright Hughes Clarke Harris Mitchell Campbell Stewart Bennett",
            Male = "James John David Michael Andrew Peter Richard Thomas Daniel Mark Paul Stephen",
            Female = "Sarah Emma Catherine Rachel Helen Laura Margaret Claire Rebecca Louise Hannah",
        },
        new()
        {
            Code = "en-IE", Language = "en",
            Families = "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor Doyle McCarthy Gallagher",
            Male = "Seán Patrick Conor Ciarán Declan Eamon Michael", Female = "Aoife Siobhán Niamh Mary Áine Gráinne Róisín",
        },
        new()
        {
            Code = "en-AF", Language = "en",
            Families = "",
            Male = "Joseph Emmanuel Samuel Peter John Moses Daniel Kwame Kofi Tendai Sipho Thabo Godfrey Patrick",
            Female = "Grace Mary Esther Ruth Akosua Abena Chipo Nomvula Thandiwe Faith Joyce Agnes",
        },
        new()
        {
            Code = "lk", Language = "si",
            Families = "Perera Fernando de_Silva Jayawardena Gunasekara Bandara Dissanayake Senanayake Herath Weerasinghe",
            Male = "Nimal Sunil Chaminda Ruwan Kasun Lasantha Asanka", Female = "Kumari Dilani Nirosha Sanduni Anoma Shiromi",
            Religion = "Buddhist",
        },
        new()
        {
            Code = "fr", Language = "fr",
            Families = "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Girard Fontaine Rousseau Mercier",
            Male = "Jean Pierre François Philippe Nicolas Laurent Olivier Julien Benoît Stéphane", Female = "Marie Sophie Isabelle Nathalie Claire Céline Hélène Élise Anne-Sophie",
        },
        new()
        {
            Code = "fr-AF", Language = "fr", Religion = "Muslim",
            Families = "",
            Male = "Amadou Ibrahim Moussa Ousmane Mamadou Abdoulaye Jean-Baptiste Serge Alassane Yves Koffi",
            Female = "Aminata Fatoumata Mariam Awa Aïcha Brigitte Christiane Adjoua Rokia",
        },
        new()
        {
            Code = "es", Language = "es", TwoFamilies = true, Religion = "Catholic",
            Families = "García Rodríguez Martínez López González Pérez Sánchez Ramírez Torres Flores Díaz Morales Castillo Herrera Vargas Jiménez Ruiz Mendoza",
            Male = "José Juan Carlos Luis Miguel Javier Alejandro Andrés Jorge Fernando Raúl Diego", Female = "María Ana Lucía Carmen Isabel Laura Gabriela Valeria Patricia Marta Rosa",
        },
        new()
        {
            Code = "pt", Language = "pt", Religion = "Catholic",
            Families = "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Almeida Carvalho Gomes Ribeiro Lima",
            Male = "João José António Francisco Paulo Carlos Manuel Pedro Luís Ricardo", Female = "Maria Ana Fernanda Beatriz Joana Mariana Luísa Teresa Catarina",
        },
        new()
        {
            Code = "pt-AF", Language = "pt",
            Families = "Nhantumbo Machava Cossa Tembe Neto Mbunda Chivambo Muianga Kiala Ndala",
            Male = "João Manuel Alberto Armando Domingos Filipe Graça Jorge", Female = "Esperança Graça Luísa Rosa Celina Albertina",
        },
        new()
        {
            Code = "de", Language = "de",
            Families = "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Wolf Schröder Neumann Krüger Lehmann Köhler Huber Gruber Keller",
            Male = "Thomas Michael Andreas Stefan Markus Jan Tobias Jürgen Klaus Matthias Florian", Female = "Anna Katharina Julia Sabine Claudia Petra Miriam Ursula Jana Franziska",
        },
        new()
        {
            Code = "it", Language = "it", Religion = "Catholic",
            Families = "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca",
            Male = "Marco Giuseppe Giovanni Luca Andrea Francesco Matteo Alessandro Paolo", Female = "Giulia Francesca Chiara Elena Sara Valentina Paola Silvia",
        },
        new()
        {
            Code = "nl", Language = "nl",
            Families = "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder Bos",
            Male = "Jan Pieter Dirk Willem Sander Thijs Bas Maarten", Female = "Anne Femke Lotte Sanne Marieke Ingrid Esther",
        },
        new()
        {
            Code = "pl", Language = "pl", Religion = "Catholic",
            Families = "Nowak/Nowak Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik/Wójcik Kowalczyk/Kowalczyk Kamiński/Kamińska Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska",
            Male = "Piotr Krzysztof Tomasz Paweł Marcin Michał Andrzej Grzegorz", Female = "Anna Katarzyna Małgorzata Agnieszka Joanna Ewa Magdalena",
        },
        new()
        {
            Code = "cs", Language = "cs",
            Families = "Novák/Nováková Svoboda/Svobodová Novotný/Novotná Dvořák/Dvořáková Černý/Černá Procházka/Procházková Kučera/Kučerová Veselý/Veselá",
            Male = "Jan Petr Jiří Pavel Tomáš Martin Jaroslav", Female = "Jana Eva Hana Lenka Petra Kateřina Lucie",
        },
        new()
        {
            Code = "hu", Language = "hu", Order = NameOrder.FamilyFirst,
            Families = "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh",
            Male = "László István József Zoltán Gábor Péter Attila Tamás", Female = "Katalin Erzsébet Ildikó Zsuzsanna Eszter Judit Anikó",
        },
        new()
        {
            Code = "ro", Language = "ro", Religion = "Orthodox Christian",
            Families = "Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Rusu Munteanu Matei Constantin Ciobanu",
            Male = "Ion Andrei Mihai Alexandru Gheorghe Cristian Vasile Dan Sorin", Female = "Maria Elena Ioana Andreea Mihaela Ana Cristina Simona",
        },
        new()
        {
            Code = "sv", Language = "sv",
            Families = "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Lindqvist",
            Male = "Erik Lars Anders Johan Per Karl Magnus Fredrik", Female = "Anna Maria Karin Eva Kristina Lena Sara Ingrid",
        },
        new()
        {
            Code = "fi", Language = "fi",
            Families = "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen",
            Male = "Matti Timo Juha Mikko Jari Antti Pekka Ville", Female = "Anna Päivi Tiina Sanna Riikka Johanna Aino",
        },
        new()
        {
            Code = "tr", Language = "tr", Religion = "Muslim", Diet = "Halal",
            Families = "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç",
            Male = "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Emre Murat", Female = "Ayşe Fatma Emine Hatice Zeynep Elif Selin Esra",
        },
        new()
        {
            Code = "id", Language = "id", Religion = "Muslim", Diet = "Halal",
            Families = "Santoso Wijaya Hidayat Kusuma Setiawan Pratama Nugroho Saputra Siregar Lubis Sitompul Gunawan",
            Male = "Budi Agus Joko Bambang Hendra Rizal Dedi Ahmad Yusuf", Female = "Sri Siti Dewi Ratna Wulan Putri Indah Rina",
        },
        new()
        {
            Code = "ms", Language = "ms", BinBinti = true, Religion = "Muslim", Diet = "Halal",
            Families = "Ismail Hassan Abdullah Yusof Ibrahim Osman Rahman Zakaria Hamid",
            Male = "Ahmad Mohd_Faizal Azman Hafiz Khairul Rosli Zulkifli Amirul", Female = "Siti_Aminah Nur_Aisyah Noraini Farah Zuraidah Nurul_Huda",
        },
        new()
        {
            Code = "tl", Language = "tl", Religion = "Catholic",
            Families = "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Villanueva Ramos Dela_Cruz Gonzales",
            Male = "Jose Juan Ramon Antonio Mark Paolo Emmanuel Renato", Female = "Maria Ana Kristine Liza Grace Joy Maricel Rowena",
        },
        new()
        {
            Code = "hr", Language = "hr", Religion = "Catholic",
            Families = "Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković",
            Male = "Ivan Marko Josip Tomislav Ante Luka Davor Stjepan", Female = "Ana Marija Ivana Petra Maja Vesna Sanja",
        },
    ];

    // Family names of African countries with English, French or Portuguese given names.
    public static readonly Dictionary<string, string> AfricanFamilies = new()
    {
        ["NGA"] = "Okafor Adeyemi Okonkwo Bello Abubakar Eze Ogunleye Nwosu Danjuma",
        ["GHA"] = "Mensah Owusu Boateng Asante Osei Addo Agyeman Darko",
        ["KEN"] = "Kamau Otieno Mwangi Ochieng Kiprono Wambua Njoroge Chebet",
        ["ZMB"] = "Banda Phiri Mwale Tembo Zulu Mulenga Chanda",
        ["ZWE"] = "Moyo Ncube Sibanda Dube Chikwanha Mutasa Nyathi",
        ["UGA"] = "Okello Mugisha Nsubuga Byaruhanga Kato Namubiru Ssali",
        ["NAM"] = "Shikongo Amupanda Shilongo Haufiku Nghifindaka Iipinge",
        ["ZAF"] = "Dlamini Nkosi Ndlovu Khumalo Mokoena van_der_Merwe Botha Naidoo Mthembu",
        ["TZA"] = "Mwakyusa Juma Mohamed Hassan Mushi Massawe Mrema Kikwete_Msuya",
        ["JAM"] = "Campbell Brown Williams Thompson Grant Henry Reid",
        ["GUY"] = "Persaud Singh Ramdass Williams Adams Jagan_Rai",
        ["SEN"] = "Diop Ndiaye Fall Sow Diallo Sarr Mbaye Seck",
        ["CIV"] = "Kouassi Koné Yao Kouamé Bamba Koffi N'Guessan",
        ["CMR"] = "Mbarga Nkoulou Fotso Tchoupo Ateba Ngono Eto'o_Mvondo",
        ["MLI"] = "Traoré Keïta Coulibaly Diarra Touré Sangaré Maïga",
        ["BFA"] = "Ouédraogo Sawadogo Kaboré Compaoré Zongo Ilboudo",
        ["TGO"] = "Amégan Kodjo Akakpo Adjovi Lawson Agbéko",
        ["GAB"] = "Ndong Obame Mba Nguema Moussavou Ondo",
        ["MDG"] = "Rakotomalala Randrianarisoa Rasoanaivo Andrianjafy Razafindrabe Rakotondrabe",
    };
}
