using System.Globalization;
using System.Text;

namespace Liaison.Features.Demo;

// Romanization of Cyrillic and Greek names (simplified national systems), diacritics stripping, and Russian patronymics.
internal static class DemoTransliteration
{
    private static readonly Dictionary<char, string> Russian = Map(
        "а a б b в v г g д d е e ё yo ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya");

    private static readonly Dictionary<string, Dictionary<char, string>> Overrides = new()
    {
        ["uk"] = Map("г h ґ g е e є ye и y і i ї yi й i х kh щ shch ь _"),
        ["bg"] = Map("ъ a щ sht х h й y ь y"),
        ["sr"] = Map("ђ đ ј j љ lj њ nj ћ ć џ dž ж ž ч č ш š ц c х h"),
        ["mn"] = Map("ө ö ү ü х kh е ye й i"),
        ["kk"] = Map("ә ä ғ gh қ q ң ng ө ö ұ u ү ü һ h і i х kh"),
        ["tg"] = Map("ҳ h қ q ғ gh ӣ i ӯ u ҷ j х kh"),
    };

    private static readonly Dictionary<char, string> Greek = Map(
        "α a ά a β v γ g δ d ε e έ e ζ z η i ή i θ th ι i ί i ϊ i κ k λ l μ m ν n ξ x ο o ό o π p ρ r σ s ς s τ t υ y ύ y φ f χ ch ψ ps ω o ώ o");

    public static string Romanize(string native, string language)
    {
        var greek = language == "el";
        var table = greek ? Greek : Russian;
        Overrides.TryGetValue(language, out var over);
        var sb = new StringBuilder(native.Length + 8);
        for (var i = 0; i < native.Length; i++)
        {
            var c = native[i];
            var lower = char.ToLowerInvariant(c);
            if (greek && (lower is 'ο' or 'ό') && i + 1 < native.Length && char.ToLowerInvariant(native[i + 1]) is 'υ' or 'ύ')
            {
                Append(sb, "ou", char.IsUpper(c));
                i++;
                continue;
            }

            if (greek && (lower is 'α' or 'ε' or 'ά' or 'έ') && i + 1 < native.Length && char.ToLowerInvariant(native[i + 1]) is 'υ' or 'ύ')
            {
                Append(sb, (lower is 'α' or 'ά' ? "a" : "e") + "v", char.IsUpper(c));
                i++;
                continue;
            }

            if (over is not null && over.TryGetValue(lower, out var special) || table.TryGetValue(lower, out special))
            {
                Append(sb, special == "_" ? "" : special, char.IsUpper(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    // "Nguyễn Văn Hùng" → "Nguyen Van Hung", "Xí Jìnpíng" → "Xi Jinping", "ʿAlī" → "Ali".
    public static string Plain(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is 'ʿ' or 'ʾ' or '\'')
            {
                continue;
            }

            sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', 'ə' => 'a', 'Ə' => 'A', 'ı' => 'i', 'ł' => 'l', 'Ł' => 'L', 'ø' => 'o', 'ß' => 's', _ => c });
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    // Сергей → Сергеевич / Сергеевна.
    public static string Patronymic(string father, bool female)
    {
        var stem = father switch
        {
            "Михаил" => "Михайлов",
            "Юрий" => "Юрьев",
            "Игорь" => "Игорев",
            _ when father.EndsWith("ий", StringComparison.Ordinal) => father[..^2] + "иев",
            _ when father.EndsWith('й') => father[..^1] + "ев",
            _ => father + "ов",
        };
        return stem + (female ? "на" : "ич");
    }

    private static void Append(StringBuilder sb, string latin, bool upper)
    {
        if (latin.Length == 0)
        {
            return;
        }

        sb.Append(upper ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin);
    }

    private static Dictionary<char, string> Map(string pairs)
    {
        var parts = pairs.Split(' ');
        var map = new Dictionary<char, string>();
        for (var i = 0; i + 1 < parts.Length; i += 2)
        {
            map[parts[i][0]] = parts[i + 1];
        }

        return map;
    }
}
