using Liaison.Features.Touchpoints;
using Liaison.Features.Work;

namespace Liaison.Features.Demo.Scale;

// Decades of meetings, calls and messages with the generated people, noted in the officer's or the counterpart's language;
// some leave a follow-up task.
internal sealed class ScaleTouchpoints(ScaleWorld world, Random random)
{
    private static readonly TouchpointChannel[] Channels =
    [
        TouchpointChannel.Meeting, TouchpointChannel.Meeting, TouchpointChannel.Meeting, TouchpointChannel.Call, TouchpointChannel.Call,
        TouchpointChannel.Email, TouchpointChannel.Email, TouchpointChannel.Message, TouchpointChannel.Letter, TouchpointChannel.Reception,
        TouchpointChannel.VideoCall, TouchpointChannel.Gift,
    ];

    public sealed record Batch(List<Touchpoint> Touchpoints, List<TouchpointPerson> People, List<TouchpointOrganization> Organizations,
        List<TouchpointParticipant> Participants, List<TaskItem> Tasks);

    public Batch Create(int count, ref int nextId, ref int nextTaskId)
    {
        var batch = new Batch([], [], [], [], []);
        for (var i = 0; i < count; i++)
        {
            var person = world.People[random.Next(world.People.Count)];
            var org = person.Org;
            var from = person.ActiveFrom < world.Today.AddYears(-30) ? world.Today.AddYears(-30) : person.ActiveFrom;
            var days = Math.Max(1, world.Today.DayNumber - from.DayNumber);
            var on = from.AddDays(random.Next(days));
            var officer = world.OfficerFor(org.Country, random);
            var language = random.NextDouble() switch
            {
                < 0.45 => "zh",
                < 0.75 => "en",
                _ => ScaleText.Sentences.ContainsKey(person.Language[..2]) ? person.Language[..2] : "en",
            };
            var topic = ScaleText.Topics[random.Next(ScaleText.Topics.Length)];
            var personName = language == "zh" ? person.NameZh ?? person.NameEn : person.NameEn;
            var orgName = language == "zh" ? org.NameZh ?? org.NameEn : org.NameEn;
            var country = language == "zh" ? org.Country.NameZh ?? org.Country.NameEn : org.Country.NameEn;
            var topicText = language == "zh" ? topic.Zh : topic.En;
            var subjects = ScaleText.Subjects[language];
            var created = ScaleOrganizations.At(on).AddHours(7 + random.Next(4));
            var t = new Touchpoint
            {
                Id = nextId++,
                On = on,
                Channel = Channels[random.Next(Channels.Length)],
                Subject = ScaleText.Fill(subjects[random.Next(subjects.Length)], orgName, personName, country, topicText),
                Summary = ScaleText.Note(random, language, orgName, personName, country, topicText, random.Next(1, 5)),
                FollowUp = random.NextDouble() < 0.1 ? "Send the materials promised during the meeting." : null,
                CountryId = org.Country.Id,
                Classification = org.Classification,
                CreatedById = officer.Id,
                CreatedAt = created,
                UpdatedAt = created,
            };
            batch.Touchpoints.Add(t);
            batch.People.Add(new TouchpointPerson { TouchpointId = t.Id, PersonId = person.Id });
            if (random.NextDouble() < 0.2 && world.PeopleByOrg.TryGetValue(org.Id, out var colleagues))
            {
                var colleague = colleagues[random.Next(colleagues.Count)];
                if (colleague != person.Id)
                {
                    batch.People.Add(new TouchpointPerson { TouchpointId = t.Id, PersonId = colleague });
                }
            }

            batch.Organizations.Add(new TouchpointOrganization { TouchpointId = t.Id, OrganizationId = org.Id });
            batch.Participants.Add(new TouchpointParticipant { TouchpointId = t.Id, UserId = officer.Id });
            if (random.NextDouble() < 0.03)
            {
                var due = on.AddDays(random.Next(7, 30));
                var done = due < world.Today.AddDays(-30);
                batch.Tasks.Add(new TaskItem
                {
                    Id = nextTaskId++,
                    Title = $"Follow up with {person.NameEn}",
                    OwnerId = officer.Id,
                    CreatedById = officer.Id,
                    DueOn = due,
                    Status = done ? WorkStatus.Done : WorkStatus.Open,
                    CompletedAt = done ? ScaleOrganizations.At(due) : null,
                    PersonId = person.Id,
                    OrganizationId = org.Id,
                    TouchpointId = t.Id,
                    CreatedAt = created,
                    UpdatedAt = done ? ScaleOrganizations.At(due) : created,
                });
            }
        }

        return batch;
    }
}
