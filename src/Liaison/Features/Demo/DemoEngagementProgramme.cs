using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Itinerary;
using Liaison.Features.Engagements.Logistics;
using static Liaison.Features.Demo.DemoEngagementPlaces;

namespace Liaison.Features.Demo;

// The programme of an engagement day by day (talks, meetings, visits, banquets, travel between cities), its logistics and gifts.
internal sealed partial class DemoEngagementProgramme(Random random, DemoEngagementPeople people)
{
    private static readonly TimeOnly Morning = new(9, 30), Noon = new(11, 30), Afternoon = new(14, 30), Late = new(16, 30), Evening = new(18, 30), Night = new(20, 30);

    private sealed record Place(string En, string? Zh, string? Venue, string? VenueZh);

    public void Fill(DemoEngagement plan)
    {
        switch (plan.Kind)
        {
            case EngagementKind.VideoMeeting:
                Slot(plan, 0, ItineraryActivity.Talks, new(15, 0), new(16, 30), $"Video talks on {plan.Theme.En}", $"视频会谈：{plan.Theme.Zh}",
                    Home(plan, ("International Department video conference room", "中联部视频会议室")), talks: true);
                break;
            case EngagementKind.Reception:
                Slot(plan, 0, ItineraryActivity.Banquet, new(18, 0), new(20, 0), "Reception", "招待会", Home(plan, TalksVenues[0]), talks: true);
                break;
            case EngagementKind.Other:
                Slot(plan, 0, ItineraryActivity.Meeting, new(10, 0), new(11, 30), $"Briefing on {plan.Theme.En}", $"{plan.Theme.Zh}情况通报会",
                    Home(plan, TalksVenues[1]), talks: true);
                break;
            default:
                if (plan.Abroad)
                {
                    AbroadProgramme(plan);
                }
                else
                {
                    HomeProgramme(plan);
                }

                Logistics(plan);
                Gifts(plan);
                break;
        }
    }

    private static Place Home((string En, string Zh) venue) => new(Beijing.En, Beijing.Zh, venue.En, venue.Zh);

    private static Place Home(DemoEngagement _, (string En, string Zh) venue) => Home(venue);

    // In China: Beijing first, then up to two provinces; talks and the welcome banquet on the first day.
    private void HomeProgramme(DemoEngagement plan)
    {
        var route = Route(plan);
        var sessions = plan.Kind is EngagementKind.BilateralDialogue or EngagementKind.TheoreticalSeminar or EngagementKind.MultilateralForum or EngagementKind.TrainingCourse;
        var top = plan.Ours.FirstOrDefault(Top);
        for (var d = 0; d < plan.Days; d++)
        {
            var city = route[d * route.Count / plan.Days];
            var moved = d > 0 && city != route[(d - 1) * route.Count / plan.Days];
            var last = d == plan.Days - 1 && plan.Days > 1;
            var site = city.Sites[random.Next(city.Sites.Length)];
            var here = new Place(city.En, city.Zh, null, null);
            if (d == 0 && plan.Kind != EngagementKind.HighLevelTalks)
            {
                Slot(plan, d, ItineraryActivity.Travel, new(8, 0), new(9, 0), $"Arrival in {city.En}", $"抵达{city.Zh}", here with { Venue = city.Airport });
            }
            else if (moved)
            {
                Slot(plan, d, ItineraryActivity.Travel, new(8, 0), new(10, 30), $"Travel to {city.En}", $"前往{city.Zh}", here);
            }

            if (d == 0)
            {
                if (sessions)
                {
                    var venue = TalksVenues[random.Next(2)];
                    Slot(plan, d, ItineraryActivity.Meeting, Morning, Noon, "Opening session", "开幕式", here with { Venue = venue.En, VenueZh = venue.Zh }, talks: true);
                    Slot(plan, d, ItineraryActivity.StudySession, Afternoon, Late, $"Plenary session on {plan.Theme.En}", $"全体会议：{plan.Theme.Zh}", here with { Venue = venue.En, VenueZh = venue.Zh });
                }
                else
                {
                    var venue = TalksVenues[random.Next(2)];
                    var host = plan.Kind == EngagementKind.HighLevelTalks ? top ?? plan.OurHead! : plan.Ours.FirstOrDefault(a => a != top) ?? plan.OurHead!;
                    Slot(plan, d, ItineraryActivity.Talks, Afternoon, Late, $"Talks with {host.Name}", $"{host.NameZh ?? host.Name}同代表团会谈",
                        here with { Venue = venue.En, VenueZh = venue.Zh }, talks: true, host: host);
                }

                var banquet = plan.Ours.FirstOrDefault(a => !Top(a)) ?? plan.OurHead!;
                Slot(plan, d, ItineraryActivity.Banquet, Evening, Night, $"Welcome banquet hosted by {banquet.Name}", $"{banquet.NameZh ?? banquet.Name}宴请",
                    here with { Venue = TalksVenues[0].En, VenueZh = TalksVenues[0].Zh }, talks: true, host: banquet);
                continue;
            }

            if (d == 1 && top is not null && city == Beijing && plan.Kind != EngagementKind.HighLevelTalks)
            {
                Slot(plan, d, ItineraryActivity.Meeting, new(10, 0), new(11, 0), $"Meeting with {top.Name}", $"{top.NameZh ?? top.Name}会见",
                    here with { Venue = TalksVenues[2].En, VenueZh = TalksVenues[2].Zh }, talks: true, host: top);
            }
            else if (sessions && !last)
            {
                var (en, zh) = plan.Kind == EngagementKind.TrainingCourse ? ($"Lecture on {plan.Theme.En}", $"专题讲座：{plan.Theme.Zh}") : ("Panel discussion", "分组讨论");
                Slot(plan, d, ItineraryActivity.StudySession, moved ? new(11, 0) : Morning, Noon, en, zh, here with { Venue = city.Hotel, VenueZh = city.HotelZh });
            }
            else if (!moved)
            {
                Slot(plan, d, ItineraryActivity.SiteVisit, Morning, Noon, $"Visit to {site.En}", $"参观{site.Zh}", here with { Venue = Venue(site.En), VenueZh = site.Zh });
            }

            if (last)
            {
                Slot(plan, d, ItineraryActivity.Travel, Afternoon, Late, $"Departure from {city.En}", $"离开{city.Zh}", here with { Venue = city.Airport });
                continue;
            }

            if (moved || random.NextDouble() < 0.4)
            {
                Slot(plan, d, ItineraryActivity.Meeting, Afternoon, Late, $"Meeting with the {city.Committee}", $"与{city.CommitteeZh}座谈",
                    here with { Venue = city.Hotel, VenueZh = city.HotelZh }, talks: true);
            }
            else
            {
                var other = city.Sites[(Array.IndexOf(city.Sites, site) + 1) % city.Sites.Length];
                Slot(plan, d, ItineraryActivity.SiteVisit, Afternoon, Late, $"Visit to {other.En}", $"参观{other.Zh}", here with { Venue = Venue(other.En), VenueZh = other.Zh });
            }

            if (random.NextDouble() < 0.3)
            {
                Slot(plan, d, ItineraryActivity.Banquet, Evening, Night, $"Dinner hosted by the {city.Committee}", $"{city.CommitteeZh}宴请", here with { Venue = city.Hotel, VenueZh = city.HotelZh });
            }
        }
    }

    private List<City> Route(DemoEngagement plan)
    {
        var stops = plan.Kind switch
        {
            EngagementKind.InboundVisit => plan.Days switch { <= 2 => 0, 3 => random.Next(0, 2), _ => random.Next(1, 3) },
            EngagementKind.StudyTour => random.Next(1, 3),
            EngagementKind.TrainingCourse => random.Next(0, 2),
            _ => 0,
        };
        // Neighbours first: Kunming and Nanning receive Southeast Asia, Shenzhen and Shanghai everyone.
        var candidates = Provinces.OrderBy(_ => random.Next()).ToList();
        if (plan.Country?.Subregion == "South-Eastern Asia")
        {
            candidates = [.. candidates.Where(c => c.En is "Kunming" or "Nanning"), .. candidates.Where(c => c.En is not "Kunming" and not "Nanning")];
        }

        return [Beijing, .. candidates.Take(stops)];
    }

    // Abroad: in the counterpart's capital, with the party's leaders, the embassy and a visit or two.
    private void AbroadProgramme(DemoEngagement plan)
    {
        var country = plan.Country!;
        var capital = country.Capital ?? country.NameEn;
        var here = new Place(capital, CapitalZh(country.Capital), null, null);
        var org = plan.Org!;
        var party = (En: $"{org.NameEn} headquarters", Zh: org.NameZh is null ? null : $"{org.NameZh}总部");
        var head = plan.ForeignHead;
        for (var d = 0; d < plan.Days; d++)
        {
            var last = d == plan.Days - 1;
            if (d == 0)
            {
                Slot(plan, d, ItineraryActivity.Travel, new(10, 0), Noon, $"Arrival in {capital}", $"抵达{here.Zh ?? capital}", here with { Venue = $"{capital} airport" });
                Slot(plan, d, ItineraryActivity.Meeting, new(16, 0), new(17, 0), "Briefing at the Chinese Embassy", $"听取中国驻{country.NameZh ?? country.NameEn}使馆情况介绍",
                    here with { Venue = "Embassy of China", VenueZh = "中国大使馆" });
                continue;
            }

            if (d == 1)
            {
                var title = plan.Kind == EngagementKind.OutboundVisit ? ($"Talks with {head?.Name ?? org.NameEn}", $"与{head?.NameZh ?? org.NameZh ?? org.NameEn}会谈")
                    : ($"Opening session with the {org.Abbreviation ?? org.NameEn}", "开幕式");
                Slot(plan, d, ItineraryActivity.Talks, Morning, Noon, title.Item1, title.Item2, here with { Venue = party.En, VenueZh = party.Zh }, talks: true);
                if (plan.Foreign.Count > 1 && !last)
                {
                    var second = plan.Foreign[1];
                    Slot(plan, d, ItineraryActivity.Meeting, Afternoon, Late, $"Meeting with {second.Name}", $"会见{second.NameZh ?? second.Name}",
                        here with { Venue = party.En, VenueZh = party.Zh }, talks: true, counterpart: second);
                }

                if (!last)
                {
                    Slot(plan, d, ItineraryActivity.Banquet, new(19, 0), new(21, 0), $"Dinner hosted by the {org.Abbreviation ?? org.NameEn}", $"{org.NameZh ?? org.NameEn}宴请",
                        here with { Venue = party.En, VenueZh = party.Zh }, talks: true);
                }
            }
            else if (!last)
            {
                var (en, zh) = random.Next(4) switch
                {
                    0 => ($"Visit to the party school of the {org.Abbreviation ?? org.NameEn}", $"参观{org.NameZh ?? org.NameEn}党校"),
                    1 => ("Visit to a Chinese-funded industrial park", "参观中资企业工业园"),
                    2 => ("Meeting with members of a local party branch", "同基层党组织成员座谈"),
                    _ => ("Exchange with think-tank scholars", "同智库学者交流"),
                };
                Slot(plan, d, en.StartsWith("Meeting", StringComparison.Ordinal) ? ItineraryActivity.Meeting : ItineraryActivity.SiteVisit, Morning, Noon, en, zh, here,
                    talks: en.StartsWith("Meeting", StringComparison.Ordinal));
                Slot(plan, d, ItineraryActivity.StudySession, Afternoon, Late, $"Exchange on {plan.Theme.En}", $"{plan.Theme.Zh}经验交流", here with { Venue = party.En, VenueZh = party.Zh });
            }

            if (last)
            {
                if (d > 1)
                {
                    Slot(plan, d, ItineraryActivity.FreeTime, Morning, Noon, "Free time", "自由活动", here);
                }

                Slot(plan, d, ItineraryActivity.Travel, Afternoon, Late, $"Departure from {capital}", $"离开{here.Zh ?? capital}", here with { Venue = $"{capital} airport" });
            }
        }
    }

    // A slot of the programme. Talks and meetings get the counterpart and the host: one of ours free at that time.
    private void Slot(DemoEngagement plan, int day, ItineraryActivity activity, TimeOnly from, TimeOnly to, string title, string titleZh, Place place,
        bool talks = false, ActivePerson? host = null, ActivePerson? counterpart = null)
    {
        var on = plan.Engagement.StartsOn.AddDays(day);
        int? hostId = null;
        if (talks)
        {
            // The party's leaders take only the slots meant for them.
            var ours = host is not null ? [host, .. plan.Ours.Where(a => a != host && !Top(a))] : plan.Ours.Where(a => !Top(a)).DefaultIfEmpty(plan.OurHead).OfType<ActivePerson>().ToList();
            var free = ours.FirstOrDefault(a => people.FreeAt(a.Id, on, from, to));
            if (free is not null)
            {
                people.BookAt(free.Id, on, from, to);
                hostId = free.Id;
            }
        }

        plan.Itinerary.Add(new ItineraryItem
        {
            Day = on,
            StartsAt = from,
            EndsAt = to,
            Activity = activity,
            Title = title,
            TitleZh = titleZh,
            City = place.En,
            CityZh = place.Zh,
            Venue = place.Venue,
            VenueZh = place.VenueZh,
            CounterpartId = talks ? (counterpart ?? plan.ForeignHead)?.Id : null,
            HostId = hostId,
        });
    }

    internal static bool Top(ActivePerson a) => a.Rank == 1 || a.Post.Title.StartsWith("Member of the Politburo", StringComparison.Ordinal);

    // "the Zunyi Conference Memorial" is visited; its venue is "Zunyi Conference Memorial".
    private static string Venue(string site) => site.StartsWith("the ", StringComparison.Ordinal) ? site[4..] : site.StartsWith("a ", StringComparison.Ordinal) ? "A " + site[2..] : site;
}
