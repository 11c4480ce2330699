namespace Liaison.Features.Demo.Scale;

// Sentences a department writes about its contacts, in the languages its officers and counterparts use. "{o}" is an
// organization, "{p}" a person, "{c}" a country, "{t}" a topic; the generator fills them in.
internal static class ScaleText
{
    public static readonly string[] Languages = ["en", "zh", "es", "fr", "ru", "ar", "vi", "pt", "de"];

    public static readonly (string En, string Zh)[] Topics =
    [
        ("party building", "党的建设"), ("poverty reduction", "减贫"), ("green development", "绿色发展"), ("youth exchanges", "青年交流"),
        ("trade and investment", "贸易与投资"), ("the digital economy", "数字经济"), ("governance experience", "治国理政经验"),
        ("regional security", "地区安全"), ("cadre training", "干部培训"), ("rural revitalization", "乡村振兴"), ("public health", "公共卫生"),
        ("infrastructure cooperation", "基础设施合作"), ("climate change", "气候变化"), ("women's participation", "妇女参与"),
        ("media cooperation", "媒体合作"), ("think-tank dialogue", "智库对话"), ("the coming elections", "即将举行的选举"),
    ];

    public static readonly Dictionary<string, string[]> Subjects = new(StringComparer.Ordinal)
    {
        ["en"] = ["Meeting with {p} on {t}", "Call with {p} about {t}", "{o}: follow-up on {t}", "Working lunch with {p}", "Briefing by {p} on the situation in {c}", "Exchange of views with {o}"],
        ["zh"] = ["会见{p}，就{t}交换意见", "与{p}通电话", "{o}代表团来访后续事宜", "与{p}工作午餐", "听取{p}介绍{c}形势", "与{o}座谈"],
        ["es"] = ["Reunión con {p} sobre {t}", "Llamada con {p}", "{o}: seguimiento de la visita", "Almuerzo de trabajo con {p}", "Intercambio de opiniones con {o}"],
        ["fr"] = ["Entretien avec {p} sur {t}", "Appel avec {p}", "{o} : suites de la visite", "Déjeuner de travail avec {p}", "Échange de vues avec {o}"],
        ["ru"] = ["Встреча с {p}", "Телефонный разговор с {p}", "{o}: итоги визита", "Рабочий обед с {p}", "Обмен мнениями с {o}"],
        ["ar"] = ["لقاء مع {p}", "اتصال هاتفي مع {p}", "{o}: متابعة الزيارة", "غداء عمل مع {p}", "تبادل وجهات النظر مع {o}"],
        ["vi"] = ["Gặp {p} trao đổi về {t}", "Điện đàm với {p}", "{o}: theo dõi sau chuyến thăm", "Ăn trưa làm việc với {p}"],
        ["pt"] = ["Reunião com {p} sobre {t}", "Chamada com {p}", "{o}: seguimento da visita", "Almoço de trabalho com {p}"],
        ["de"] = ["Gespräch mit {p} über {t}", "Telefonat mit {p}", "{o}: Nachbereitung des Besuchs", "Arbeitsessen mit {p}"],
    };

    public static readonly Dictionary<string, string[]> Sentences = new(StringComparer.Ordinal)
    {
        ["en"] =
        [
            "{p} thanked the department for the invitation and said {o} valued the channel of communication with us.",
            "The two sides exchanged views on {t} and agreed to keep in close touch before the next party congress.",
            "{p} explained the domestic situation in {c}, where the cost of living dominates the debate.",
            "They asked for a study visit on {t} for a group of mid-level cadres later in the year.",
            "We presented our experience of {t}; the interlocutors took notes and asked detailed questions.",
            "{p} is expected to play a larger role after the leadership changes; worth cultivating.",
            "Follow-up: send the materials on {t} in English and arrange an interpreter for the next meeting.",
            "The meeting was cordial and frank. No commitments were made on the question of the joint seminar.",
        ],
        ["zh"] =
        [
            "{p}感谢我部邀请，表示{o}高度重视同我党的交流渠道。",
            "双方就{t}深入交换意见，同意在下次党代会前保持密切沟通。",
            "{p}介绍了{c}国内形势，指出民生问题是当前辩论的焦点。",
            "对方希望年内派中层干部考察团来华学习{t}方面的经验。",
            "我方介绍了{t}的做法和成效，对方认真记录并提出了具体问题。",
            "{p}在领导层调整后有望发挥更大作用，建议重点做工作。",
            "后续：提供{t}相关材料的外文版，下次会见安排翻译。",
            "会谈气氛友好坦诚，双方未就联合研讨会事宜作出承诺。",
        ],
        ["es"] =
        [
            "{p} agradeció la invitación y afirmó que {o} valora mucho el canal de comunicación con nuestro partido.",
            "Ambas partes intercambiaron opiniones sobre {t} y acordaron mantener un contacto estrecho.",
            "{p} explicó la situación interna de {c}, donde el costo de la vida domina el debate público.",
            "Solicitaron una visita de estudio para un grupo de cuadros medios a finales de año.",
        ],
        ["fr"] =
        [
            "{p} a remercié le département pour l'invitation et a souligné l'importance que {o} attache à ce dialogue.",
            "Les deux parties ont échangé leurs vues sur {t} et sont convenues de rester en contact étroit.",
            "{p} a présenté la situation intérieure en {c}, marquée par le débat sur le pouvoir d'achat.",
            "Ils souhaitent organiser un voyage d'étude pour des cadres intermédiaires d'ici la fin de l'année.",
        ],
        ["ru"] =
        [
            "{p} поблагодарил за приглашение и отметил, что {o} высоко ценит канал связи с нашей партией.",
            "Стороны обменялись мнениями о {t} и договорились поддерживать тесный контакт.",
            "{p} рассказал о внутриполитической ситуации в стране {c}.",
            "Просят организовать ознакомительную поездку для группы партийных работников в конце года.",
        ],
        ["ar"] =
        [
            "شكر {p} الإدارة على الدعوة وأكد أن {o} يقدّر قناة التواصل مع حزبنا.",
            "تبادل الجانبان وجهات النظر حول {t} واتفقا على مواصلة التواصل الوثيق.",
            "شرح {p} الوضع الداخلي في {c}، حيث تهيمن تكاليف المعيشة على النقاش العام.",
            "طلبوا تنظيم زيارة دراسية لمجموعة من الكوادر في وقت لاحق من العام.",
        ],
        ["vi"] =
        [
            "{p} cảm ơn lời mời và khẳng định {o} coi trọng kênh trao đổi với Đảng ta.",
            "Hai bên trao đổi ý kiến về {t} và nhất trí duy trì liên lạc chặt chẽ.",
            "{p} thông báo tình hình trong nước tại {c}.",
        ],
        ["pt"] =
        [
            "{p} agradeceu o convite e afirmou que {o} valoriza o canal de comunicação com o nosso partido.",
            "As duas partes trocaram opiniões sobre {t} e acordaram manter contacto estreito.",
            "{p} explicou a situação interna em {c}.",
        ],
        ["de"] =
        [
            "{p} dankte für die Einladung und betonte, dass {o} den Gesprächskanal mit uns sehr schätzt.",
            "Beide Seiten tauschten sich über {t} aus und vereinbarten, eng in Kontakt zu bleiben.",
            "{p} erläuterte die innenpolitische Lage in {c}.",
        ],
    };

    public static string Fill(string template, string org, string person, string country, string topic) =>
        template.Replace("{o}", org, StringComparison.Ordinal).Replace("{p}", person, StringComparison.Ordinal)
            .Replace("{c}", country, StringComparison.Ordinal).Replace("{t}", topic, StringComparison.Ordinal);

    /// <summary>A few sentences in one language, the length of a note an officer writes after a contact.</summary>
    public static string Note(Random random, string language, string org, string person, string country, string topic, int sentences)
    {
        var pool = Sentences[language];
        var start = random.Next(pool.Length);
        var parts = new string[Math.Min(sentences, pool.Length)];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Fill(pool[(start + i) % pool.Length], org, person, country, topic);
        }

        return string.Join(language is "zh" ? "" : " ", parts);
    }
}
