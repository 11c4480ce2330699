using System.Globalization;
using System.Text;
using System.Text.Json;
using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Security;
using static Liaison.Features.Demo.DemoDates;

namespace Liaison.Features.Demo;

// Everything about a generated person beyond names and posts: languages, forms of address, biography, protocol notes, tags,
// sensitivity, cultivation tier and owner, contact channels.
internal sealed class DemoPeopleDetails(Random random, IReadOnlyDictionary<string, int> tiers, Func<Country?, string?> officerOf)
{
    private static readonly string[] Fields =
    [
        "economics", "law", "political science", "international relations", "history", "engineering", "medicine", "journalism", "agronomy",
        "philosophy", "public administration", "sociology",
    ];

    private static readonly string[] Notes =
    [
        "Prefers morning meetings.", "Likes to be addressed in their own language first.", "Prefers tea to coffee.",
        "Uses a wheelchair: step-free venues and cars.", "Travels with a personal assistant.", "Keen amateur photographer; appreciates books on Chinese landscapes.",
        "Prefers small working dinners to banquets.", "Interested in visiting the provinces, not only the capital.", "Does not eat after 20:00.",
        "Avoid scheduling on Fridays.", "Smoker; needs a designated area.", "Bring business cards in the native script.",
    ];

    private static readonly string[] ExtraTags =
    [
        "economist", "lawyer", "studied in China", "former minister", "reformer", "China expert", "Chinese speaker", "security policy",
        "trade policy", "climate", "party building", "anti-corruption", "poverty alleviation", "digital economy",
    ];

    private static readonly Dictionary<string, (string Code, string Tld)> Telecom = LoadTelecom();

    // Addresses and handles already given out: two people never share one by accident (the deliberate duplicates do).
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public void Fill(PersonPlan plan)
    {
        var p = plan.Person;
        var culture = plan.Culture;
        var age = Today.Year - (p.BirthYear ?? 1970);
        var current = p.Positions.Where(x => x.To is null).OrderBy(x => x.Rank).FirstOrDefault();
        var communist = plan.Org.Family == IdeologyFamily.CommunistWorkers;
        p.Languages ??= Languages(culture, age, communist);
        var excellency = p.Positions.Any(x => x.To is null && x.Kind == PositionKind.GovernmentPost);
        p.Honorific ??= excellency ? "H.E." : communist && random.NextDouble() < 0.5 ? "Comrade" : random.NextDouble() < 0.15 ? "Dr." : null;
        p.FormOfAddress ??= excellency ? "Your Excellency" : Address(p, culture, communist);
        p.Biography ??= Biography(plan, current);
        if (random.NextDouble() < 0.25)
        {
            p.Diet = culture.Diet ?? Pick("No pork", "Vegetarian", "No seafood (allergy)", "No alcohol", "Gluten-free", "Vegan", "No beef");
            p.Religion = culture.Religion;
            p.InterpreterLanguage = p.Languages.Contains("en", StringComparison.Ordinal) && random.NextDouble() < 0.6 ? "en" : culture.Language;
            p.ProtocolNotes = random.NextDouble() < 0.6 ? Notes[random.Next(Notes.Length)] : null;
        }

        if (random.NextDouble() < 0.45)
        {
            p.Tags = DemoPeople.Tags(p.Tags, ExtraTags[random.Next(ExtraTags.Length)]);
        }

        if (age < 40)
        {
            p.Tags = DemoPeople.Tags(p.Tags, random.NextDouble() < 0.5 ? "youth" : "rising star");
        }

        if (p.Gender == Gender.Female && random.NextDouble() < 0.25)
        {
            p.Tags = DemoPeople.Tags(p.Tags, "women's wing");
        }

        if (p.Classification != Classification.Public)
        {
            p.Classification = plan.Rank == 1 && plan.Current && plan.Org.Classification == Classification.Public ? Classification.Public
                : random.NextDouble() < 0.025 ? Classification.Confidential
                : Classification.Internal;
        }

        if (plan.Tie >= 0 && plan.Current)
        {
            var tier = plan.Rank == 1 ? "senior"
                : plan.Rank <= 5 && age >= 55 ? "veteran"
                : age < 42 && random.NextDouble() < 0.7 ? "rising"
                : plan.Rank <= 20 && random.NextDouble() < 0.5 ? "working"
                : null;
            if (tier is not null && tiers.TryGetValue(tier, out var tierId))
            {
                p.TierId = tierId;
                p.OwnerId = officerOf(plan.Country);
            }
        }

        var share = plan.Tie >= 0 ? 0.8 : 0.4;
        if (random.NextDouble() < share)
        {
            Channels(plan);
        }
    }

    public void Channels(PersonPlan plan)
    {
        var p = plan.Person;
        var iso = plan.Country?.Iso3 ?? "";
        var (code, tld) = Telecom.TryGetValue(iso, out var t) ? t : ("44", ".org");
        var local = Ascii(p.GivenName is { } g && plan.Culture.Latin ? g : p.NameEn.Split(' ')[0]) + "." + Ascii(p.NameEn.Split(' ')[^1]);
        if (plan.Culture.EnglishFamilyFirst)
        {
            local = Ascii(p.NameEn.Replace(" ", "", StringComparison.Ordinal));
        }

        var domain = Domain(plan.Org, tld);
        var count = random.Next(1, 4);
        var kinds = new List<ChannelKind> { ChannelKind.Email, ChannelKind.Mobile, plan.Culture.Messenger, ChannelKind.Phone, ChannelKind.Postal };
        for (var i = 0; i < count; i++)
        {
            var kind = i == 0 ? (random.NextDouble() < 0.7 ? ChannelKind.Email : ChannelKind.Mobile) : kinds[random.Next(1, kinds.Count)];
            if (p.Channels.Any(c => c.Kind == kind))
            {
                continue;
            }

            var value = kind switch
            {
                ChannelKind.Email => random.NextDouble() < 0.2 ? local + random.Next(10, 99) + "@gmail.com" : local + "@" + domain,
                ChannelKind.Phone => Phone(iso, code, mobile: false),
                ChannelKind.Mobile or ChannelKind.WhatsApp or ChannelKind.Signal or ChannelKind.Other => Phone(iso, code, mobile: true),
                ChannelKind.Telegram => random.NextDouble() < 0.5 ? Phone(iso, code, mobile: true) : "@" + local.Replace(".", "_", StringComparison.Ordinal),
                ChannelKind.WeChat => "wxid_" + local.Replace(".", "", StringComparison.Ordinal) + random.Next(100, 999),
                ChannelKind.Line => local.Replace(".", "", StringComparison.Ordinal) + random.Next(10, 99),
                ChannelKind.Postal => $"{plan.Org.NameEn}\nInternational Department\n{plan.Country?.Capital ?? "Headquarters"}\n{plan.Country?.NameEn}",
                _ => local + "@" + domain,
            };
            while (kind != ChannelKind.Postal && !_taken.Add(value))
            {
                value = kind == ChannelKind.Email ? value.Replace("@", random.Next(2, 99).ToString(CultureInfo.InvariantCulture) + "@", StringComparison.Ordinal)
                    : value + random.Next(0, 10).ToString(CultureInfo.InvariantCulture);
            }

            var consent = random.NextDouble() switch { < 0.8 => Consent.Given, < 0.95 => Consent.Unknown, < 0.98 => Consent.Withdrawn, _ => Consent.Refused };
            var given = Between(random, Today.AddYears(-6), Today.AddDays(-10));
            p.Channels.Add(new ContactChannel
            {
                Kind = kind,
                Value = value,
                Label = kind switch
                {
                    ChannelKind.Email => value.EndsWith("@gmail.com", StringComparison.Ordinal) ? "personal" : "office",
                    ChannelKind.Other => plan.Culture.MessengerName,
                    ChannelKind.Postal => "party headquarters",
                    _ => null,
                },
                Preferred = i == 0,
                Consent = consent,
                ConsentOn = consent is Consent.Given or Consent.Withdrawn or Consent.Refused ? given : null,
                ConsentNote = consent switch
                {
                    Consent.Given => Pick("Exchanged business cards; agreed to receive invitations.", "Agreed in person during the visit.", "Confirmed by e-mail."),
                    Consent.Withdrawn => "Asked to be contacted through the party office only.",
                    Consent.Refused => "Declined to share personal contact details.",
                    _ => null,
                },
                LastVerifiedOn = random.NextDouble() < 0.75 ? Between(random, given, Today) : null,
            });
        }
    }

    private string Languages(NameCulture culture, int age, bool communist)
    {
        var list = new List<string> { culture.Language == "si" ? "si" : culture.Language };
        if (culture.Language != "en" && random.NextDouble() < 0.6)
        {
            list.Add("en");
        }

        if (communist && age > 55 && culture.Language != "ru" && random.NextDouble() < 0.4)
        {
            list.Add("ru");
        }

        if (culture.Code is "fr-AF" or "ar" && random.NextDouble() < 0.5 && !list.Contains("fr"))
        {
            list.Add("fr");
        }

        if (random.NextDouble() < 0.05 && culture.Language != "zh")
        {
            list.Add("zh");
        }

        return string.Join(", ", list.Distinct());
    }

    private string Address(Person p, NameCulture culture, bool communist)
    {
        var female = p.Gender == Gender.Female;
        var family = p.FamilyName ?? p.NameEn;
        return culture.Language switch
        {
            "zh" => family + (female ? "女士" : "先生"),
            "ja" => family + "様",
            "ko" => p.NameNative + " 님",
            "vi" => (communist ? "Đồng chí " : female ? "Bà " : "Ông ") + (p.GivenName?.Split(' ')[^1] ?? family),
            "ru" => (female ? "Уважаемая " : "Уважаемый ") + p.GivenName,
            "de" => (female ? "Sehr geehrte Frau " : "Sehr geehrter Herr ") + family,
            "fr" => (female ? "Madame " : "Monsieur ") + family,
            "es" => communist ? (female ? "Estimada compañera " : "Estimado compañero ") + family.Split(' ')[0] : (female ? "Estimada Sra. " : "Estimado Sr. ") + family.Split(' ')[0],
            "pt" => (female ? "Prezada Senhora " : "Prezado Senhor ") + family,
            _ => communist ? "Dear Comrade " + Surname(p) : (female ? "Dear Ms " : "Dear Mr ") + Surname(p),
        };
    }

    private string Biography(PersonPlan plan, Position? current)
    {
        var p = plan.Person;
        var sb = new StringBuilder();
        var pronoun = p.Gender == Gender.Female ? "She" : "He";
        sb.Append(CultureInfo.InvariantCulture, $"**{p.NameEn}**");
        if (p.NameNative is { } native && native != p.NameEn)
        {
            sb.Append(CultureInfo.InvariantCulture, $" ({native})");
        }

        sb.Append(current is null
            ? $" was {Article(plan.Org)} of the {plan.Org.NameEn}."
            : $" is {current.Title} of the {OrgName(current, plan.Org)} (since {current.From!.Value.Year}).");
        sb.Append("\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Born {p.BirthYear}{(plan.Country?.Capital is { } capital && random.NextDouble() < 0.5 ? " in " + capital : "")}.\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Studied {Fields[random.Next(Fields.Length)]}{(random.NextDouble() < 0.2 ? " (PhD)" : "")}.\n");
        foreach (var past in p.Positions.Where(x => x.To is not null).OrderBy(x => x.From))
        {
            sb.Append(CultureInfo.InvariantCulture, $"- {past.Title}, {past.From!.Value.Year}–{past.To!.Value.Year}.\n");
        }

        if (plan.Tie >= 1 && random.NextDouble() < 0.35)
        {
            var year = random.Next(Math.Max(2005, (p.BirthYear ?? 1970) + 25), Today.Year);
            sb.Append(CultureInfo.InvariantCulture, $"- Visited China with a party delegation in {year}.\n");
        }

        if (random.NextDouble() < 0.2)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{pronoun} {Pick("is known for pragmatic views on economic cooperation.", "has written on party organisation and governance.", "is regarded as a possible future leader of the party.", "chairs the party's commission on programme renewal.", "speaks regularly at regional party forums.")}\n");
        }

        return sb.ToString();
    }

    private static string OrgName(Position position, Organization fallback) =>
        position.Organization?.NameEn ?? fallback.NameEn;

    private static string Article(Organization org) => org.Kind == OrganizationKind.PoliticalParty ? "a leader" : "head";

    // The English surname: everything after the given name ("Abd Allah", "al-Sharif", "González Pérez").
    private static string Surname(Person p)
    {
        var words = p.NameEn.Split(' ');
        return words.Length > 1 && p.NameOrder == NameOrder.GivenFirst ? string.Join(' ', words.Skip(1)) : words[^1];
    }

    private string Pick(params string[] options) => options[random.Next(options.Length)];

    private string Phone(string iso, string code, bool mobile)
    {
        string D(int n)
        {
            var sb = new StringBuilder(n);
            for (var i = 0; i < n; i++)
            {
                sb.Append((char)('0' + random.Next(10)));
            }

            return sb.ToString();
        }

        return iso switch
        {
            "DEU" => mobile ? $"+49 15{random.Next(1, 8)} {D(8)}" : $"+49 30 {D(8)}",
            "VNM" => mobile ? $"+84 9{random.Next(0, 9)} {D(3)} {D(2)} {D(2)}" : $"+84 24 {D(4)} {D(4)}",
            "CHN" => mobile ? $"+86 13{random.Next(0, 10)} {D(4)} {D(4)}" : $"+86 10 {D(4)} {D(4)}",
            "GBR" => mobile ? $"+44 7{D(3)} {D(6)}" : $"+44 20 {D(4)} {D(4)}",
            "RUS" => mobile ? $"+7 9{D(2)} {D(3)}-{D(2)}-{D(2)}" : $"+7 495 {D(3)}-{D(2)}-{D(2)}",
            "USA" or "CAN" => $"+1 ({random.Next(201, 990)}) {D(3)}-{D(4)}",
            "FRA" => $"+33 {(mobile ? "6" : "1")} {D(2)} {D(2)} {D(2)} {D(2)}",
            "JPN" => mobile ? $"+81 90-{D(4)}-{D(4)}" : $"+81 3-{D(4)}-{D(4)}",
            "IND" => $"+91 {random.Next(70, 100)}{D(3)} {D(5)}",
            _ => $"+{code} {(mobile ? random.Next(70, 100).ToString(CultureInfo.InvariantCulture) : random.Next(20, 40).ToString(CultureInfo.InvariantCulture))} {D(3)} {D(4)}",
        };
    }

    private static string Domain(Organization org, string tld)
    {
        var source = org.Abbreviation is { Length: > 1 } a && Ascii(a).Length > 1 ? a
            : string.Concat(org.NameEn.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).Select(w => w[0]));
        var name = Ascii(source);
        return (name.Length < 2 ? "party" : name) + (org.Kind == OrganizationKind.PartyInternational ? ".org" : tld);
    }

    private static string Ascii(string text)
    {
        var plain = DemoTransliteration.Plain(text).ToLowerInvariant();
        return new string(plain.Where(char.IsAsciiLetterOrDigit).ToArray());
    }

    // Calling code and internet domain of every country, from the embedded country catalogue.
    private static Dictionary<string, (string Code, string Tld)> LoadTelecom()
    {
        using var stream = typeof(CountryCatalog).Assembly.GetManifestResourceStream("Liaison.Reference.world-countries.json")!;
        using var doc = JsonDocument.Parse(stream);
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var iso3 = c.GetProperty("cca3").GetString()!;
            var idd = c.GetProperty("idd");
            var root = idd.TryGetProperty("root", out var r) ? r.GetString() ?? "" : "";
            var suffixes = idd.TryGetProperty("suffixes", out var s) && s.ValueKind == JsonValueKind.Array ? s.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
            var code = (root + (suffixes.Count == 1 ? suffixes[0] : "")).TrimStart('+');
            var tld = c.TryGetProperty("tld", out var t) && t.ValueKind == JsonValueKind.Array && t.GetArrayLength() > 0 ? t[0].GetString() ?? ".org" : ".org";
            map[iso3] = (code.Length == 0 ? "00" : code, tld);
        }

        return map;
    }
}
