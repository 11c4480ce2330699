using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Itinerary;
using Liaison.Features.Engagements.Logistics;
using static Liaison.Features.Demo.DemoEngagementPlaces;

namespace Liaison.Features.Demo;

// Flights, hotels and cars of the travelling side; the gift register of the larger visits.
internal sealed partial class DemoEngagementProgramme
{
    private static readonly (string Item, decimal From, decimal To)[] GiftsGiven =
    [
        ("Jingdezhen porcelain vase", 800, 2500), ("Silk scroll painting of the Great Wall", 600, 1800), ("Longjing tea set", 300, 900),
        ("Cloisonné plate", 500, 1500), ("Book: The Governance of China (translated edition)", 100, 300), ("Suzhou embroidery in a frame", 1200, 3000),
    ];

    private static readonly (string Item, decimal From, decimal To)[] GiftsReceived =
    [
        ("Lacquer painting", 400, 1500), ("Book on the history of the party", 100, 300), ("Hand-woven carpet", 900, 3000),
        ("Bronze statuette", 500, 1800), ("Coffee-table book of the country", 100, 250), ("Traditional drum", 300, 900),
    ];

    private void Logistics(DemoEngagement plan)
    {
        var e = plan.Engagement;
        var travels = plan.Itinerary.Where(i => i.Activity == ItineraryActivity.Travel).ToList();
        var arrival = travels.FirstOrDefault(t => t.Title.StartsWith("Arrival", StringComparison.Ordinal));
        var departure = travels.LastOrDefault(t => t.Title.StartsWith("Departure", StringComparison.Ordinal));
        var several = plan.Kind is EngagementKind.MultilateralForum or EngagementKind.TrainingCourse && !plan.Abroad;
        var travellers = plan.Abroad ? plan.Ours.Count : plan.Foreign.Count;
        string Flight() => several ? "Various flights" : DemoEngagementPlaces.Flight(plan.Abroad ? "CHN" : plan.Country?.Iso3, random);
        if (arrival is not null)
        {
            plan.Logistics.Add(new LogisticsItem
            {
                Kind = LogisticsKind.Arrival,
                Reference = Flight(),
                Place = arrival.Venue,
                StartsAt = arrival.Day.ToDateTime(arrival.StartsAt),
                Notes = several ? "Participants arrive on separate flights; airport pick-up by the protocol office." : "VIP lounge booked; met at the aircraft.",
            });
        }

        if (departure is not null)
        {
            plan.Logistics.Add(new LogisticsItem
            {
                Kind = LogisticsKind.Departure,
                Reference = Flight(),
                Place = departure.Venue,
                StartsAt = departure.Day.ToDateTime(departure.EndsAt),
            });
        }

        // One hotel per city stayed in, from the first night to the morning of leaving.
        var stays = plan.Itinerary.GroupBy(i => i.City).Select(g => (City: g.Key, From: g.Min(i => i.Day), To: g.Max(i => i.Day))).OrderBy(s => s.From).ToList();
        for (var i = 0; i < stays.Count; i++)
        {
            var (city, from, to) = stays[i];
            var checkOut = i + 1 < stays.Count ? stays[i + 1].From : to;
            if (checkOut <= from)
            {
                continue;
            }

            var hotel = plan.Abroad ? $"{HotelChains[random.Next(HotelChains.Length)]} {city}" : (Provinces.FirstOrDefault(c => c.En == city) ?? Beijing).Hotel;
            plan.Logistics.Add(new LogisticsItem
            {
                Kind = LogisticsKind.Accommodation,
                Reference = hotel,
                Place = city,
                StartsAt = from.ToDateTime(new TimeOnly(14, 0)),
                EndsAt = checkOut.ToDateTime(new TimeOnly(12, 0)),
                Notes = plan.Abroad ? "Booked by the embassy." : $"{travellers} rooms, one suite for the head of the delegation.",
            });
        }

        plan.Logistics.Add(new LogisticsItem
        {
            Kind = LogisticsKind.Transport,
            Reference = travellers > 6 ? $"Motorcade: {2 + (travellers / 8)} cars and a coach" : $"Motorcade: {Math.Max(2, travellers / 2)} cars",
            Place = plan.Abroad ? "Provided by the host party" : "Protocol office fleet",
            StartsAt = e.StartsOn.ToDateTime(new TimeOnly(7, 30)),
            EndsAt = e.EndsOn.ToDateTime(new TimeOnly(18, 0)),
        });
    }

    private void Gifts(DemoEngagement plan)
    {
        var e = plan.Engagement;
        if (plan.Kind is not (EngagementKind.InboundVisit or EngagementKind.OutboundVisit or EngagementKind.HighLevelTalks or EngagementKind.BilateralDialogue)
            || plan.ForeignHead is null || random.NextDouble() > 0.35)
        {
            return;
        }

        var talks = plan.Itinerary.FirstOrDefault(i => i.Activity is ItineraryActivity.Talks or ItineraryActivity.Banquet)?.Day ?? e.StartsOn;
        var given = GiftsGiven[random.Next(GiftsGiven.Length)];
        plan.Gifts.Add(new Gift
        {
            Direction = GiftDirection.Given,
            Item = given.Item,
            Value = Value(given.From, given.To),
            Currency = "CNY",
            PersonId = plan.ForeignHead.Id,
            On = talks,
        });
        if (random.NextDouble() < 0.6)
        {
            var received = GiftsReceived[random.Next(GiftsReceived.Length)];
            plan.Gifts.Add(new Gift
            {
                Direction = GiftDirection.Received,
                Item = received.Item,
                Value = Value(received.From, received.To),
                Currency = "CNY",
                PersonId = plan.ForeignHead.Id,
                Recipient = plan.OurHead?.Name,
                On = talks,
                Notes = "Registered with the protocol office; kept in the department's collection.",
            });
        }

        if (plan.Foreign.Count > 4 && random.NextDouble() < 0.5)
        {
            plan.Gifts.Add(new Gift { Direction = GiftDirection.Given, Item = "Silk scarves and tea for the delegation", Value = 60 * plan.Foreign.Count, Currency = "CNY", Recipient = "The delegation", On = talks });
        }
    }

    private decimal Value(decimal from, decimal to) => Math.Round((from + ((to - from) * (decimal)random.NextDouble())) / 50) * 50;
}
