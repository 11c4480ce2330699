using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Features.Touchpoints;
using Liaison.Features.Work;
using Liaison.Security;
using static Liaison.Features.Demo.DemoDates;

namespace Liaison.Features.Demo;

// Five years of touchpoints with the people and organizations we have ties with, and the follow-up tasks they left.
internal sealed class DemoTouchpoints(Random random, Func<Country?, IReadOnlyList<string>> officersOf, IReadOnlyDictionary<string, string> staffByRole,
    IReadOnlyDictionary<int, int> tiersCadence, IReadOnlyDictionary<int, int> deskOfCountry)
{
    private static readonly (TouchpointChannel Channel, double Weight)[] Mix =
    [
        (TouchpointChannel.Meeting, 0.24), (TouchpointChannel.Call, 0.12), (TouchpointChannel.Email, 0.2), (TouchpointChannel.Message, 0.2),
        (TouchpointChannel.Letter, 0.08), (TouchpointChannel.Gift, 0.03), (TouchpointChannel.Reception, 0.07), (TouchpointChannel.VideoCall, 0.06),
    ];

    private static readonly string[] Topics =
    [
        "party building and cadre training", "the economic situation and cooperation", "the next party congress", "poverty alleviation experience",
        "the upcoming elections", "a study tour for young cadres", "the theoretical seminar", "climate and green development", "the digital economy",
        "local government cooperation", "the situation in the region", "the party's new programme", "a think-tank dialogue", "exchanges between youth wings",
    ];

    private static readonly string[] ChineseSummaries =
    [
        "双方就两党交往和治国理政经验交流深入交换意见，同意加强青年干部培训合作。",
        "对方感谢我方邀请，表示愿继续参加明年的政党对话会。",
        "会谈气氛友好。对方介绍了本党近期选举准备情况。",
        "对方询问干部研修班的报名安排，我方答应尽快发送材料。",
    ];

    public List<Touchpoint> Touchpoints { get; } = [];
    public List<(Touchpoint Touchpoint, PersonPlan? Person, Organization Org)> Sources { get; } = [];

    // The people of each touchpoint, bound by key once the people are saved.
    private readonly List<(Touchpoint Touchpoint, List<PersonPlan> People)> _people = [];

    public void BindPeople()
    {
        foreach (var (touchpoint, people) in _people)
        {
            foreach (var p in people.DistinctBy(p => p.Person.Id))
            {
                touchpoint.People.Add(new TouchpointPerson { PersonId = p.Person.Id });
            }
        }
    }

    public void Generate(IReadOnlyList<PersonPlan> people, IReadOnlyCollection<Organization> tiedOrgs)
    {
        var start = Today.AddYears(-5);
        var byOrg = people.Where(p => p.Tie >= 0 && p.Current && p.Country is not null).GroupBy(p => p.Org.Id).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var org in tiedOrgs.OrderBy(o => o.Id))
        {
            var members = byOrg.GetValueOrDefault(org.Id) ?? [];
            var country = org.Country ?? members.FirstOrDefault()?.Country;
            if (country is null)
            {
                continue;
            }

            // Some ties are dormant: nothing for a year or more.
            var dormant = random.NextDouble() < 0.12;
            var orgEnd = dormant ? Today.AddDays(-random.Next(380, 1100)) : Today.AddDays(-random.Next(0, 45));
            var tie = members.FirstOrDefault()?.Tie ?? 1;
            foreach (var person in members)
            {
                var p = person.Person;
                var cadence = p.TierId is { } tier ? tiersCadence[tier] : 0;
                var count = cadence switch
                {
                    <= 0 => person.Rank <= 20 ? random.Next(0, 3) : random.Next(0, 2),
                    <= 60 => random.Next(9, 16),
                    <= 90 => random.Next(5, 10),
                    _ => random.Next(3, 6),
                };
                count = (int)Math.Round(count * (0.5 + (0.15 * person.Tie)));
                var end = orgEnd;
                if (cadence > 0 && !dormant && random.NextDouble() < 0.25)
                {
                    // Overdue: the owner has not been in touch for longer than the tier's cadence.
                    end = Today.AddDays(-cadence - random.Next(10, 150));
                }

                for (var i = 0; i < count; i++)
                {
                    var on = Between(random, start, end);
                    var colleagues = members.Count > 1 && random.NextDouble() < 0.12 ? [members[random.Next(members.Count)]] : new List<PersonPlan>();
                    Add(on, person.Country ?? country, org, [person, .. colleagues]);
                }
            }

            // Letters, greetings and receptions with the organization as a whole.
            var general = random.Next(1, 4) * (tie + 1);
            for (var i = 0; i < general; i++)
            {
                Add(Between(random, start, orgEnd), country, org, []);
            }
        }
    }

    private void Add(DateOnly on, Country country, Organization org, List<PersonPlan> people)
    {
        var channel = Channel(people.Count == 0);
        var lead = people.FirstOrDefault();
        var culture = lead?.Culture;
        var officers = officersOf(country);
        var participants = new List<string>();
        if (officers.Count > 0)
        {
            participants.Add(officers[random.Next(officers.Count)]);
        }

        if (channel is TouchpointChannel.Meeting && lead is { Rank: 1 } && random.NextDouble() < 0.4 && staffByRole.TryGetValue(Roles.Leader, out var leader))
        {
            participants.Add(leader);
        }

        if (channel is TouchpointChannel.Reception or TouchpointChannel.Gift && staffByRole.TryGetValue(Roles.ProtocolOfficer, out var protocol))
        {
            participants.Add(protocol);
        }

        if (random.NextDouble() < 0.04 && staffByRole.TryGetValue(Roles.Researcher, out var researcher))
        {
            participants.Add(researcher);
        }

        var topic = Topics[random.Next(Topics.Length)];
        var name = lead?.Person.NameEn;
        var medium = channel == TouchpointChannel.Message ? Medium(culture) : null;
        var subject = (channel, name) switch
        {
            (TouchpointChannel.Meeting, not null) => random.NextDouble() < 0.5 ? $"Meeting with {name} on {topic}" : $"Courtesy call on {name}",
            (TouchpointChannel.Meeting, null) => $"Talks with the {org.Abbreviation ?? org.NameEn} delegation",
            (TouchpointChannel.Call, _) => $"Phone call with {name ?? org.NameEn} on {topic}",
            (TouchpointChannel.Email, _) => $"E-mail exchange on {topic}",
            (TouchpointChannel.Message, _) => random.NextDouble() < 0.3 ? $"Greetings via {medium}" : $"{medium} messages on {topic}",
            (TouchpointChannel.Letter, _) => Pick("Congratulatory letter on the party congress", "Letter of thanks after the visit", "Invitation to the world political parties dialogue",
                "Condolence letter", "New Year greetings letter", "Congratulations on the election result", "Letter on the anniversary of the party's founding"),
            (TouchpointChannel.Gift, _) => Pick("Gift: a book of calligraphy", "Gift: tea set from Jingdezhen", "Gift: a painting of the Li River", "Gift received: a photo album of the party's history"),
            (TouchpointChannel.Reception, _) => Pick("National day reception at the embassy", "Reception for the visiting delegation", "New Year reception", "Reception on the party's anniversary"),
            (TouchpointChannel.VideoCall, _) => $"Video call on {topic}",
            _ => $"Contact on {topic}",
        };
        var chinese = random.NextDouble() < 0.1;
        var summary = chinese ? ChineseSummaries[random.Next(ChineseSummaries.Length)]
            : $"Discussed **{topic}**{(name is null ? "" : " with " + name)}.\n\n- {Pick("They welcomed closer exchanges.", "They asked for materials in English.", "Agreed to keep in regular contact.", "They raised the visa question again.", "Positive about joining the next seminar.")}\n- {Pick("Next step: send the programme draft.", "Next step: report to the desk head.", "No follow-up needed.", "Next step: propose dates for a visit.")}";
        var followUp = random.NextDouble() < 0.12 ? Pick("Send the seminar programme.", "Confirm the delegation list.", "Share photos from the meeting.", "Prepare a briefing note.") : null;
        var created = on.ToDateTime(new TimeOnly(random.Next(8, 19), random.Next(0, 60)), DateTimeKind.Utc).AddDays(random.Next(0, 3));
        var touchpoint = new Touchpoint
        {
            On = on,
            Channel = channel,
            Medium = medium,
            Subject = subject,
            Summary = summary,
            FollowUp = followUp,
            CountryId = country.Id,
            Classification = random.NextDouble() < 0.04 ? Classification.Confidential : Classification.Internal,
            CreatedById = participants.FirstOrDefault(),
            CreatedAt = created,
            UpdatedAt = created,
        };
        var involved = people.Distinct().ToList();
        _people.Add((touchpoint, involved));
        foreach (var p in involved)
        {
            if (p.Person.LastTouchpointOn is null || p.Person.LastTouchpointOn < on)
            {
                p.Person.LastTouchpointOn = on;
            }
        }

        if (people.Count == 0 || random.NextDouble() < 0.7)
        {
            touchpoint.Organizations.Add(new TouchpointOrganization { OrganizationId = org.Id });
            if (org.LastTouchpointOn is null || org.LastTouchpointOn < on)
            {
                org.LastTouchpointOn = on;
            }
        }

        foreach (var user in participants.Distinct())
        {
            touchpoint.Participants.Add(new TouchpointParticipant { UserId = user });
        }

        Touchpoints.Add(touchpoint);
        Sources.Add((touchpoint, lead, org));
    }

    // Follow-ups from touchpoints, reminders to get back in touch, birthday greetings.
    public List<TaskItem> Tasks(IReadOnlyList<PersonPlan> people)
    {
        var tasks = new List<TaskItem>();
        foreach (var (touchpoint, person, org) in Sources.Where(s => s.Touchpoint.FollowUp is not null && s.Touchpoint.CreatedById is not null))
        {
            if (random.NextDouble() > 0.07 && touchpoint.On < Today.AddDays(-60))
            {
                continue;
            }

            var title = touchpoint.FollowUp!.TrimEnd('.') + (person is null ? $" ({org.Abbreviation ?? org.NameEn})" : $" ({person.Person.NameEn})");
            tasks.Add(Task(title, touchpoint.CreatedById!, touchpoint.On.AddDays(random.Next(5, 30)), person, org, touchpoint, touchpoint.CountryId));
        }

        foreach (var person in people.Where(p => p.Person.OwnerId is not null && p.Person.TierId is { } t && p.Person.LastTouchpointOn is { } last
            && last.AddDays(tiersCadence[t]) < Today && random.NextDouble() < 0.25))
        {
            var due = person.Person.LastTouchpointOn!.Value.AddDays(tiersCadence[person.Person.TierId!.Value]);
            tasks.Add(Task($"Get back in touch with {person.Person.NameEn}", person.Person.OwnerId!, due, person, person.Org, null, person.Country?.Id));
        }

        foreach (var person in people.Where(p => p.Person.OwnerId is not null && p.Person.BirthDate is not null))
        {
            var birthday = person.Person.BirthDate!.Value;
            var next = new DateOnly(Today.Year, birthday.Month, Math.Min(birthday.Day, 28));
            if (next < Today.AddDays(-20))
            {
                next = next.AddYears(1);
            }

            if (next <= Today.AddDays(30))
            {
                tasks.Add(Task($"Send birthday greetings to {person.Person.NameEn}", person.Person.OwnerId!, next.AddDays(-2), person, person.Org, null, person.Country?.Id));
            }
        }

        return tasks;
    }

    private TaskItem Task(string title, string owner, DateOnly due, PersonPlan? person, Organization org, Touchpoint? touchpoint, int? countryId)
    {
        var status = (Today.DayNumber - due.DayNumber) switch
        {
            > 30 => random.NextDouble() switch { < 0.85 => WorkStatus.Done, < 0.9 => WorkStatus.Cancelled, _ => WorkStatus.Open },
            > 0 => random.NextDouble() switch { < 0.5 => WorkStatus.Done, < 0.8 => WorkStatus.Open, _ => WorkStatus.InProgress },
            _ => random.NextDouble() < 0.7 ? WorkStatus.Open : WorkStatus.InProgress,
        };
        var created = (touchpoint?.CreatedAt ?? due.AddDays(-random.Next(7, 30)).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
        var completed = status == WorkStatus.Done ? due.AddDays(-random.Next(0, 6)).ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc) : (DateTime?)null;
        if (completed < created)
        {
            completed = created.AddHours(2);
        }

        return new TaskItem
        {
            Title = title.Length > 200 ? title[..200] : title,
            Notes = touchpoint is null ? null : $"From the touchpoint \"{touchpoint.Subject}\" of {Iso(touchpoint.On)}.",
            OwnerId = owner,
            CreatedById = owner,
            DueOn = due,
            Status = status,
            CompletedAt = completed,
            PersonId = person?.Person.Id,
            OrganizationId = org.Id,
            Touchpoint = touchpoint,
            DeskId = countryId is { } c && deskOfCountry.TryGetValue(c, out var desk) ? desk : null,
            CreatedAt = created,
            UpdatedAt = completed ?? created,
        };
    }

    private TouchpointChannel Channel(bool organizationOnly)
    {
        if (organizationOnly)
        {
            return random.NextDouble() switch { < 0.5 => TouchpointChannel.Letter, < 0.75 => TouchpointChannel.Reception, < 0.9 => TouchpointChannel.Meeting, _ => TouchpointChannel.Gift };
        }

        var x = random.NextDouble();
        foreach (var (channel, weight) in Mix)
        {
            x -= weight;
            if (x <= 0)
            {
                return channel;
            }
        }

        return TouchpointChannel.Other;
    }

    private static string Medium(NameCulture? culture) => culture?.Messenger switch
    {
        ChannelKind.WeChat => "WeChat",
        ChannelKind.Telegram => "Telegram",
        ChannelKind.Line => "LINE",
        ChannelKind.Signal => "Signal",
        ChannelKind.Other when culture.MessengerName is not null => culture.MessengerName,
        ChannelKind.Email => "E-mail",
        _ => "WhatsApp",
    };

    private string Pick(params string[] options) => options[random.Next(options.Length)];
}
