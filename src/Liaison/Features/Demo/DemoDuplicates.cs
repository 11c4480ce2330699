using Liaison.Features.People;

namespace Liaison.Features.Demo;

// A few people entered twice, as happens in a real department: without diacritics, in another transliteration or order,
// by another desk officer — each copy shares an e-mail address, phone number or messaging handle with the original.
internal static class DemoDuplicates
{
    public static List<PersonPlan> Add(IReadOnlyList<PersonPlan> people, DemoPeopleDetails details)
    {
        var copies = new List<PersonPlan>();
        void Copy(string culture, Func<PersonPlan, bool> fits, ChannelKind kind, Action<Person, Person> rename)
        {
            var original = people.FirstOrDefault(p => p.Culture.Code == culture && (p.Tie >= 0 || culture == "zh") && p.Current && p.Rank <= 20
                && p.Person.Classification != Security.Classification.Public && fits(p));
            if (original is null)
            {
                return;
            }

            var shared = original.Person.Channels.FirstOrDefault(c => c.Kind == kind);
            if (shared is null)
            {
                details.Channels(original);
                shared = original.Person.Channels.FirstOrDefault(c => c.Kind == kind) ?? original.Person.Channels.FirstOrDefault();
            }

            var o = original.Person;
            var copy = new Person
            {
                CountryId = o.CountryId,
                Gender = o.Gender,
                BirthYear = o.BirthYear,
                Languages = o.Languages,
                Classification = o.Classification == Security.Classification.Public ? Security.Classification.Internal : o.Classification,
                Tags = o.Tags,
                NameOrder = o.NameOrder,
            };
            rename(o, copy);
            var post = o.Positions.Where(x => x.To is null).OrderBy(x => x.Rank).FirstOrDefault();
            if (post is not null)
            {
                copy.Positions.Add(new Position
                {
                    OrganizationId = post.OrganizationId,
                    Kind = post.Kind,
                    Title = post.Title,
                    TitleZh = post.TitleZh,
                    Rank = Math.Max(post.Rank, 2),
                    From = post.From,
                });
            }

            if (shared is not null)
            {
                copy.Channels.Add(new ContactChannel
                {
                    Kind = shared.Kind,
                    Value = shared.Kind is ChannelKind.Mobile or ChannelKind.Phone or ChannelKind.WhatsApp ? new string(shared.Value.Where(c => c == '+' || char.IsAsciiDigit(c)).ToArray()) : shared.Value.ToUpperInvariant(),
                    Consent = Consent.Unknown,
                });
            }

            copies.Add(new PersonPlan(copy, original.Org, original.Country, original.Culture) { Tie = -1, Rank = 100 });
        }

        // Typed without diacritics: "Nguyen Van Hung" next to "Nguyễn Văn Hùng".
        Copy("vi", _ => true, ChannelKind.Email, (o, c) =>
        {
            c.NameEn = o.NameEn;
            c.NameNative = DemoTransliteration.Plain(o.NameNative!);
            c.FamilyName = DemoTransliteration.Plain(o.FamilyName!);
            c.GivenName = DemoTransliteration.Plain(o.GivenName!);
        });

        // A German transliteration of a Russian name, with the same mobile number written without spaces.
        Copy("ru", p => p.Person.OtherNames.Count > 0, ChannelKind.Mobile, (o, c) =>
        {
            c.NameEn = o.OtherNames[0].Name;
            c.NameOrder = NameOrder.GivenFirst;
        });

        // A Chinese name in Western order, in Latin letters only, with the same WeChat ID.
        Copy("zh", _ => true, ChannelKind.WeChat, (o, c) =>
        {
            var parts = o.NameEn.Split(' ');
            c.NameEn = parts[1] + " " + parts[0];
            c.NameOrder = NameOrder.GivenFirst;
            c.FamilyName = parts[0];
            c.GivenName = parts[1];
        });

        // "Mueller" for "Müller".
        Copy("de", p => p.Person.NameEn.Any(ch => ch is 'ü' or 'ö' or 'ä'), ChannelKind.Email, (o, c) =>
        {
            c.NameEn = o.NameEn.Replace("ü", "ue", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ä", "ae", StringComparison.Ordinal);
            c.NameNative = c.NameEn;
            c.FamilyName = o.FamilyName?.Replace("ü", "ue", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ä", "ae", StringComparison.Ordinal);
            c.GivenName = o.GivenName;
        });

        // The Arabic original, and a French-style spelling entered by another desk.
        Copy("ar", _ => true, ChannelKind.Email, (o, c) =>
        {
            c.NameNative = o.NameNative;
            c.NameEn = o.NameEn.Replace("Muhammad", "Mohamed", StringComparison.Ordinal).Replace("al-", "El ", StringComparison.Ordinal)
                .Replace("u", "ou", StringComparison.Ordinal).Replace("Ahmad", "Ahmed", StringComparison.Ordinal);
            c.FamilyName = o.FamilyName;
            c.GivenName = o.GivenName;
        });

        return copies;
    }
}
