using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Security;
using static Liaison.Features.Demo.DemoDates;

namespace Liaison.Features.Demo;

// The International Department's own officials (people records of the department's party): deputy heads, a bureau for
// each desk with its director-general, deputy and division directors, and interpreters. They receive and accompany the
// delegations and travel abroad; the party's leaders meet only the most senior guests.
internal static class DemoEngagementOfficials
{
    internal enum Level
    {
        DeputyHead,
        DirectorGeneral,
        DeputyDirectorGeneral,
        DivisionDirector,
        Interpreter,
    }

    internal sealed record Official(PersonPlan Plan, Level Level, string? Desk, string? Language);

    private static readonly (string Desk, string En, string Zh)[] Bureaus =
    [
        ("East Asia", "Bureau of East Asian Affairs", "东亚局"), ("Southeast Asia", "Bureau of Southeast Asian Affairs", "东南亚局"),
        ("South Asia", "Bureau of South Asian Affairs", "南亚局"), ("Central Asia & Russia", "Bureau of Russian and Central Asian Affairs", "俄罗斯中亚局"),
        ("West Asia & North Africa", "Bureau of West Asian and North African Affairs", "西亚北非局"), ("Sub-Saharan Africa", "Bureau of African Affairs", "非洲局"),
        ("Western Europe", "Bureau of West European Affairs", "西欧局"), ("Central & Eastern Europe", "Bureau of Central and East European Affairs", "中东欧局"),
        ("North America & Oceania", "Bureau of North American and Oceanian Affairs", "北美大洋洲局"),
        ("Latin America & Caribbean", "Bureau of Latin American and Caribbean Affairs", "拉美局"),
    ];

    private static readonly (string Code, string En, string Zh)[] Languages =
    [
        ("en", "English", "英语"), ("en", "English", "英语"), ("fr", "French", "法语"), ("es", "Spanish", "西班牙语"), ("ru", "Russian", "俄语"),
        ("ar", "Arabic", "阿拉伯语"), ("pt", "Portuguese", "葡萄牙语"), ("vi", "Vietnamese", "越南语"), ("de", "German", "德语"), ("lo", "Lao", "老挝语"),
    ];

    public static List<Official> Create(Organization party, Country china, Random random)
    {
        var naming = new DemoPeopleNaming(random);
        var culture = DemoPeopleNaming.CultureFor("CHN", "zh");
        var officials = new List<Official>();
        Official Add(Level level, string title, string titleZh, int rank, string? desk, string? language, int minAge, int maxAge)
        {
            var gender = random.NextDouble() < 0.35 ? Gender.Female : Gender.Male;
            var name = naming.Make(culture, "CHN", gender);
            var born = Today.Year - random.Next(minAge, maxAge + 1);
            // In post for years (the demo goes six years back), but never before their 24th year.
            var earliest = new DateOnly(born + 24, 1, 1);
            var from = earliest > Today.AddYears(-7) ? earliest : Between(random, earliest > Today.AddYears(-14) ? earliest : Today.AddYears(-14), Today.AddYears(-7));
            var person = name.ToPerson(china.Id);
            person.BirthYear = born;
            person.OtherNames = name.Others;
            person.Languages = language is null ? "zh, en" : $"zh, {language}";
            person.Classification = Classification.Internal;
            person.Tags = "International Department";
            person.Positions.Add(new Position
            {
                OrganizationId = party.Id,
                Kind = PositionKind.PartyPost,
                Title = title,
                TitleZh = titleZh,
                Rank = rank,
                From = from,
            });
            var official = new Official(new PersonPlan(person, party, china, culture) { Rank = rank }, level, desk, language);
            officials.Add(official);
            return official;
        }

        for (var i = 0; i < 4; i++)
        {
            Add(Level.DeputyHead, "Deputy Head of the International Department", "中联部副部长", 15, null, null, 52, 60);
        }

        foreach (var (desk, en, zh) in Bureaus)
        {
            Add(Level.DirectorGeneral, $"Director-General, {en}", $"{zh}局长", 30, desk, null, 45, 56);
            Add(Level.DeputyDirectorGeneral, $"Deputy Director-General, {en}", $"{zh}副局长", 35, desk, null, 40, 52);
            Add(Level.DivisionDirector, $"Division Director, {en}", $"{zh}处长", 40, desk, null, 34, 46);
        }

        foreach (var (code, en, zh) in Languages)
        {
            Add(Level.Interpreter, $"{en} interpreter, International Department", $"中联部{zh}翻译", 60, null, code, 26, 40);
        }

        return officials;
    }
}
