using Liaison.Features.People;

namespace Liaison.Features.Demo;

// One spelling of a name part: as written natively, its romanization (with diacritics or tone marks) and its plain English form.
internal sealed record NamePart(string Native, string? Roman, string En);

// How people of one country or language are named. Entries are "native|romanized|english" ("|english" optional: it defaults to
// the romanization without diacritics; a Latin-script entry is just the name). Family names "m/f" have male and female forms.
// Cyrillic and Greek entries are romanized by DemoTransliteration.
internal sealed class NameCulture
{
    public required string Code { get; init; }

    // BCP 47 tag of the language spoken (for Person.Languages and PersonName.Language).
    public required string Language { get; init; }
    public NameOrder Order { get; init; } = NameOrder.GivenFirst;

    // Native text is written without a space between family and given name (Chinese, Japanese, Korean).
    public bool Joined { get; init; }

    // The English rendering also puts the family name first (Chinese, Korean, Vietnamese, Japanese).
    public bool EnglishFamilyFirst { get; init; }
    public required string Families { get; init; }
    public required string Male { get; init; }
    public required string Female { get; init; }

    // Spanish-speaking people carry two family names; Russians a patronymic; Malays "bin/binti"; Ethiopians their father's name.
    public bool TwoFamilies { get; init; }
    public bool Patronymic { get; init; }
    public bool BinBinti { get; init; }
    public bool FatherAsFamily { get; init; }
    public string? Religion { get; init; }
    public string? Diet { get; init; }

    // Messaging app most used in the country, and whether it uses a Latin script at all.
    public ChannelKind Messenger { get; init; } = ChannelKind.WhatsApp;

    // The app's name when Messenger is Other (Zalo, KakaoTalk, Viber).
    public string? MessengerName { get; init; }
    public bool Latin => Script is null;
    public string? Script { get; init; }
}
