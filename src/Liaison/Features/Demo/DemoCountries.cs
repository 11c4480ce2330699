namespace Liaison.Features.Demo;

// How a country's parties are named and governed in the generated demo world.
internal sealed record CountrySpec(string Iso3, string Language, string Phrase, string? PhraseRomanized = null, bool Presidential = false, int Seats = 150)
{
    // Real parties to use instead of picks from the language's name material; with Dominant the first one always governs.
    public PartyName[]? Parties { get; init; }
    public bool Dominant { get; init; }
}

// The countries whose politics are generated: language, the country phrase used inside party names, system, chamber size.
internal static class DemoCountries
{
    public static readonly CountrySpec[] Generated =
    [
        new("FRA", "fr", "français", Presidential: true, Seats: 577), new("BEL", "fr", "belge", Seats: 150), new("SEN", "fr", "sénégalais", Presidential: true, Seats: 165), new("CIV", "fr", "ivoirien", Presidential: true, Seats: 255),
        new("CMR", "fr", "camerounais", Presidential: true, Seats: 180), new("MLI", "fr", "malien", Presidential: true, Seats: 147),
        new("BFA", "fr", "burkinabè", Presidential: true, Seats: 127), new("TGO", "fr", "togolais", Presidential: true, Seats: 113), new("GAB", "fr", "gabonais", Presidential: true, Seats: 145),
        new("MDG", "fr", "malgache", Presidential: true, Seats: 151), new("ESP", "es", "de España", Seats: 350), new("MEX", "es", "de México", Presidential: true, Seats: 500),
        new("ARG", "es", "de Argentina", Presidential: true, Seats: 257), new("CHL", "es", "de Chile", Presidential: true, Seats: 155),
        new("COL", "es", "de Colombia", Presidential: true, Seats: 188), new("PER", "es", "del Perú", Presidential: true, Seats: 130),
        new("BOL", "es", "de Bolivia", Presidential: true, Seats: 130), new("ECU", "es", "del Ecuador", Presidential: true, Seats: 151),
        new("URY", "es", "del Uruguay", Presidential: true, Seats: 99), new("PRY", "es", "del Paraguay", Presidential: true, Seats: 80),
        new("CRI", "es", "de Costa Rica", Presidential: true, Seats: 57), new("PAN", "es", "de Panamá", Presidential: true, Seats: 71),
        new("GTM", "es", "de Guatemala", Presidential: true, Seats: 160), new("HND", "es", "de Honduras", Presidential: true, Seats: 128),
        new("SLV", "es", "de El Salvador", Presidential: true, Seats: 60), new("DOM", "es", "de la República Dominicana", Presidential: true, Seats: 190),
        new("PRT", "pt", "de Portugal", Seats: 230), new("BRA", "pt", "do Brasil", Presidential: true, Seats: 513),
        new("CPV", "pt", "de Cabo Verde", Seats: 72), new("AUT", "de", "Österreichs", Seats: 183), new("CHE", "de", "der Schweiz", Seats: 200), new("ITA", "it", "Italiano", Seats: 400),
        new("NLD", "nl", "Nederland", Seats: 150), new("IRL", "en", "Ireland", Seats: 174), new("CAN", "en", "Canada", Seats: 343), new("AUS", "en", "Australia", Seats: 150),
        new("NZL", "en", "New Zealand", Seats: 123), new("JAM", "en", "Jamaica", Seats: 63), new("GHA", "en", "Ghana", Presidential: true, Seats: 276), new("NGA", "en", "Nigeria", Presidential: true, Seats: 360),
        new("KEN", "en", "Kenya", Presidential: true, Seats: 349), new("ZMB", "en", "Zambia", Presidential: true, Seats: 167),
        new("GUY", "en", "Guyana", Presidential: true, Seats: 65), new("LKA", "en", "Sri Lanka", Presidential: true, Seats: 225), new("POL", "pl", "Polska", Seats: 460), new("CZE", "cs", "Česko", Seats: 200), new("HUN", "hu", "Magyarország", Seats: 199),
        new("ROU", "ro", "din România", Seats: 330), new("MDA", "ro", "din Republica Moldova", Seats: 101),
        new("SWE", "sv", "Sverige", Seats: 349), new("FIN", "fi", "Suomi", Seats: 200), new("TUR", "tr", "Türkiye", Presidential: true, Seats: 600),
        new("IDN", "id", "Indonesia", Presidential: true, Seats: 580), new("MYS", "ms", "Malaysia", Seats: 222), new("PHL", "tl", "Pilipinas", Presidential: true, Seats: 316),
        new("HRV", "hr", "Hrvatska", Seats: 151),
        new("RUS", "ru", "России", "Rossii", Presidential: true, Seats: 450), new("BLR", "ru", "Беларуси", "Belarusi", Presidential: true, Seats: 110),
        new("UKR", "uk", "України", "Ukrainy", Presidential: true, Seats: 450), new("SRB", "sr", "Србије", "Srbije", Seats: 250),
        new("BGR", "bg", "на България", "na Bulgariya", Seats: 240), new("MNG", "mn", "Монгол", "Mongol", Seats: 126),
        new("GRC", "el", "Ελλάδας", "Elládas", Seats: 300), new("CYP", "el", "Κύπρου", "Kýprou", Presidential: true, Seats: 56),
        new("EGY", "ar", "المصري", "al-Miṣrī", Presidential: true, Seats: 596), new("DZA", "ar", "الجزائري", "al-Jazāʾirī", Presidential: true, Seats: 407),
        new("MAR", "ar", "المغربي", "al-Maghribī", Seats: 395), new("TUN", "ar", "التونسي", "al-Tūnisī", Presidential: true, Seats: 161),
        new("IRQ", "ar", "العراقي", "al-ʿIrāqī", Seats: 329), new("LBN", "ar", "اللبناني", "al-Lubnānī", Seats: 128), new("SDN", "ar", "السوداني", "al-Sūdānī", Presidential: true, Seats: 426),
        new("IRN", "fa", "ایران", "Īrān", Presidential: true, Seats: 290), new("ISR", "he", "ישראל", "Yisrael", Seats: 120),
        new("IND", "hi", "भारत", "Bhārat", Seats: 543), new("NPL", "ne", "नेपाल", "Nepāl", Seats: 275), new("BGD", "bn", "বাংলাদেশ", "Bangladesh", Seats: 350),
        new("PAK", "ur", "پاکستان", "Pākistān", Seats: 336), new("THA", "th", "ไทย", "Thai", Seats: 500),
        new("GEO", "ka", "საქართველოს", "Sakartvelos", Seats: 150), new("ARM", "hy", "Հայաստանի", "Hayastani", Seats: 107),
        new("KOR", "ko", "대한민국", "Daehan Minguk", Presidential: true, Seats: 300), new("JPN", "ja", "日本", "Nihon", Seats: 465),
    ];
}
