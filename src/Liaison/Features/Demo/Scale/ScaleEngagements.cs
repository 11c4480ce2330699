using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Itinerary;
using Liaison.Features.Organizations;
using Liaison.Features.Touchpoints;

namespace Liaison.Features.Demo.Scale;

// Thirty years of visits, talks, forums and courses with the generated organizations: delegations and hosts, itinerary slots,
// and for each completed engagement the one touchpoint that puts it on the timelines (see EngagementTouchpoint).
internal sealed class ScaleEngagements(ScaleWorld world, Random random)
{
    public sealed record Batch(List<Engagement> Engagements, List<EngagementCountry> Countries, List<EngagementOrganization> Organizations,
        List<EngagementMember> Members, List<ItineraryItem> Items, List<Touchpoint> Touchpoints, List<TouchpointPerson> TouchpointPeople,
        List<TouchpointOrganization> TouchpointOrganizations, List<TouchpointParticipant> Participants);

    public sealed record Done(int Id, string Title, DateOnly EndsOn, ScaleOrg Org, string? OwnerId);

    public List<Done> Completed { get; } = [];

    private static readonly (EngagementKind Kind, double Weight)[] Kinds =
    [
        (EngagementKind.InboundVisit, 0.30), (EngagementKind.OutboundVisit, 0.24), (EngagementKind.HighLevelTalks, 0.08), (EngagementKind.BilateralDialogue, 0.10),
        (EngagementKind.MultilateralForum, 0.05), (EngagementKind.TheoreticalSeminar, 0.05), (EngagementKind.StudyTour, 0.05), (EngagementKind.TrainingCourse, 0.04),
        (EngagementKind.VideoMeeting, 0.07),
    ];

    private static readonly (TimeOnly Start, TimeOnly End, ItineraryActivity Activity, string En, string Zh)[] Slots =
    [
        (new(9, 0), new(10, 30), ItineraryActivity.Talks, "Talks with the hosts", "会谈"),
        (new(11, 0), new(12, 0), ItineraryActivity.Meeting, "Meeting with the leadership", "会见"),
        (new(14, 30), new(16, 30), ItineraryActivity.SiteVisit, "Visit to a development zone", "参观开发区"),
        (new(15, 0), new(17, 0), ItineraryActivity.StudySession, "Seminar on governance experience", "治国理政经验研讨"),
        (new(18, 30), new(20, 30), ItineraryActivity.Banquet, "Welcome dinner", "欢迎宴会"),
        (new(8, 0), new(9, 0), ItineraryActivity.Travel, "Transfer to the airport", "前往机场"),
    ];

    public Batch Create(int firstId, int count, int slotsTotal, ref int nextMemberId, ref int nextItemId, ref int nextTouchpointId)
    {
        var batch = new Batch([], [], [], [], [], [], [], [], []);
        var remaining = slotsTotal;
        var orgs = world.Orgs.Where(o => world.PeopleByOrg.ContainsKey(o.Id)).ToList();
        for (var i = 0; i < count; i++)
        {
            var org = orgs[random.Next(orgs.Count)];
            var kind = Pick();
            var starts = world.Today.AddDays(-random.Next(-180, 30 * 365));
            var ends = starts.AddDays(kind is EngagementKind.VideoMeeting ? 0 : random.Next(1, 7));
            var status = ends < world.Today
                ? random.NextDouble() switch { < 0.9 => EngagementStatus.Completed, < 0.96 => EngagementStatus.Cancelled, _ => EngagementStatus.Postponed }
                : starts <= world.Today ? EngagementStatus.UnderWay
                : random.Next(3) switch { 0 => EngagementStatus.Proposed, 1 => EngagementStatus.Approved, _ => EngagementStatus.Confirmed };
            var owner = world.OfficerFor(org.Country, random);
            var (title, titleZh) = Title(kind, org);
            var created = ScaleOrganizations.At(starts.AddDays(-random.Next(20, 120)));
            var e = new Engagement
            {
                Id = firstId + i,
                Kind = kind,
                Status = status,
                Title = title,
                TitleZh = titleZh,
                StartsOn = starts,
                EndsOn = ends,
                Location = kind == EngagementKind.InboundVisit ? "Beijing" : org.Country.Capital,
                CountryId = org.Country.Id,
                Classification = org.Classification,
                Purpose = $"To deepen exchanges with the {org.NameEn} on {ScaleText.Topics[random.Next(ScaleText.Topics.Length)].En}.",
                OwnerId = owner.Id,
                CreatedById = owner.Id,
                CreatedAt = created,
                UpdatedAt = created.AddDays(random.Next(0, 20)),
                ApprovedById = status is EngagementStatus.Proposed ? null : world.Staff[0].Id,
                ApprovedAt = status is EngagementStatus.Proposed ? null : created.AddDays(3),
                CompletedAt = status == EngagementStatus.Completed ? ScaleOrganizations.At(ends).AddHours(8) : null,
            };
            batch.Countries.Add(new EngagementCountry { EngagementId = e.Id, CountryId = org.Country.Id });
            batch.Organizations.Add(new EngagementOrganization { EngagementId = e.Id, OrganizationId = org.Id });

            // Members and slots share the batch's quota exactly; a small organization's shortfall of members becomes slots.
            var quota = Math.Max(2, remaining / (count - i));
            remaining -= quota;
            var chosen = Members(e, org, Math.Max(1, quota / 2), ref nextMemberId, batch.Members);
            Itinerary(e, Math.Max(1, quota - chosen.Count), chosen, ref nextItemId, batch.Items);
            batch.Engagements.Add(e);
            if (status == EngagementStatus.Completed)
            {
                Completed.Add(new Done(e.Id, e.Title, e.EndsOn, org, e.OwnerId));
                var t = new Touchpoint
                {
                    Id = nextTouchpointId++,
                    EngagementId = e.Id,
                    On = ends,
                    Channel = EngagementTouchpoint.ChannelFor(kind),
                    Subject = e.Title,
                    Summary = e.Purpose,
                    CountryId = e.CountryId,
                    Classification = e.Classification,
                    CreatedById = owner.Id,
                    CreatedAt = e.CompletedAt!.Value,
                    UpdatedAt = e.CompletedAt!.Value,
                };
                batch.Touchpoints.Add(t);
                batch.TouchpointPeople.AddRange(chosen.Select(p => new TouchpointPerson { TouchpointId = t.Id, PersonId = p }));
                batch.TouchpointOrganizations.Add(new TouchpointOrganization { TouchpointId = t.Id, OrganizationId = org.Id });
                batch.Participants.Add(new TouchpointParticipant { TouchpointId = t.Id, UserId = owner.Id });
            }
        }

        return batch;
    }

    // The guests' side from the organization (head first), the hosts from the department's officials; counts follow the members.
    private List<int> Members(Engagement e, ScaleOrg org, int count, ref int nextId, List<EngagementMember> members)
    {
        var pool = world.PeopleByOrg[org.Id];
        var guests = Math.Min(pool.Count, Math.Max(1, count - 1 - (count > 4 ? 1 : 0)));
        var chosen = new List<int>();
        var start = random.Next(pool.Count);
        var guestSide = e.Kind == EngagementKind.OutboundVisit ? EngagementSide.Host : EngagementSide.Delegation;
        for (var g = 0; g < guests; g++)
        {
            var person = pool[(start + g) % pool.Count];
            chosen.Add(person);
            var role = g switch { 0 => DelegationRole.Head, 1 => DelegationRole.DeputyHead, _ => DelegationRole.Member };
            members.Add(new EngagementMember { Id = nextId++, EngagementId = e.Id, PersonId = person, Side = guestSide, Role = guestSide == EngagementSide.Host ? DelegationRole.Host : role, Rank = g + 1 });
        }

        var homeSide = guestSide == EngagementSide.Host ? EngagementSide.Delegation : EngagementSide.Host;
        var home = world.HomeOfficials;
        var first = random.Next(home.Count);
        for (var h = 0; chosen.Count < count && h < home.Count; h++)
        {
            var person = home[(first + h) % home.Count];
            chosen.Add(person);
            var role = homeSide == EngagementSide.Host ? DelegationRole.Host : h == 0 ? DelegationRole.Head : DelegationRole.Member;
            members.Add(new EngagementMember { Id = nextId++, EngagementId = e.Id, PersonId = person, Side = homeSide, Role = role, Rank = h + 1 });
        }

        var hostsAreHome = homeSide == EngagementSide.Host;
        var homeCount = chosen.Count - guests;
        e.DelegationCount = hostsAreHome ? guests : homeCount;
        e.HostCount = hostsAreHome ? homeCount : guests;
        return chosen;
    }

    private void Itinerary(Engagement e, int count, List<int> chosen, ref int nextId, List<ItineraryItem> items)
    {
        var days = e.EndsOn.DayNumber - e.StartsOn.DayNumber + 1;
        var inbound = e.Kind != EngagementKind.OutboundVisit;
        for (var s = 0; s < count; s++)
        {
            var slot = Slots[s % Slots.Length];
            items.Add(new ItineraryItem
            {
                Id = nextId++,
                EngagementId = e.Id,
                Day = e.StartsOn.AddDays(Math.Min(days - 1, s / Slots.Length)),
                StartsAt = slot.Start,
                EndsAt = slot.End,
                Activity = slot.Activity,
                Title = slot.En,
                TitleZh = slot.Zh,
                City = inbound ? "Beijing" : e.Location,
                CityZh = inbound ? "北京" : null,
                CounterpartId = slot.Activity is ItineraryActivity.Talks or ItineraryActivity.Meeting ? chosen[0] : null,
                HostId = slot.Activity is ItineraryActivity.Talks or ItineraryActivity.Banquet && chosen.Count > 1 ? chosen[^1] : null,
            });
        }
    }

    private EngagementKind Pick()
    {
        var x = random.NextDouble();
        foreach (var (kind, weight) in Kinds)
        {
            x -= weight;
            if (x < 0)
            {
                return kind;
            }
        }

        return EngagementKind.Reception;
    }

    private static (string En, string Zh) Title(EngagementKind kind, ScaleOrg org)
    {
        var zh = org.NameZh ?? org.NameEn;
        var cz = org.Country.NameZh ?? org.Country.NameEn;
        return kind switch
        {
            EngagementKind.InboundVisit => ($"Visit of a delegation of the {org.NameEn}", $"{zh}代表团访华"),
            EngagementKind.OutboundVisit => ($"Department delegation to {org.Country.NameEn}", $"我部代表团访问{cz}"),
            EngagementKind.HighLevelTalks => ($"High-level talks with the {org.NameEn}", $"与{zh}高层会谈"),
            EngagementKind.BilateralDialogue => ($"Dialogue with the {org.NameEn}", $"与{zh}对话会"),
            EngagementKind.MultilateralForum => ($"Forum of political parties, {org.Country.NameEn}", $"{cz}政党论坛"),
            EngagementKind.TheoreticalSeminar => ($"Theoretical seminar with the {org.NameEn}", $"与{zh}理论研讨会"),
            EngagementKind.StudyTour => ($"Study tour of cadres of the {org.NameEn}", $"{zh}干部考察团"),
            EngagementKind.TrainingCourse => ($"Training course for the {org.NameEn}", $"{zh}干部研修班"),
            EngagementKind.VideoMeeting => ($"Video meeting with the {org.NameEn}", $"与{zh}视频会晤"),
            _ => ($"Reception for the {org.NameEn}", $"招待{zh}"),
        };
    }
}
