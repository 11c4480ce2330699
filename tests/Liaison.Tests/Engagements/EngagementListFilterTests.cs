using Liaison.Data;
using Liaison.Features.Engagements;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Engagements;

/// <summary>
/// The engagements list's desk, date and kind filters, in the list and its count: "from" keeps every engagement still
/// running on the day, however long before it started, and "desk" every engagement in the desk's countries and no other,
/// alone or with a status or dates (the list reads them differently for each on SQLite); "kind" counts from the kind's
/// index alone, which must hold what the visibility filter tests.
/// </summary>
public sealed class EngagementListFilterTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task From_keeps_engagements_still_running_and_desk_keeps_the_desks_countries(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var day = new DateOnly(2030, 6, 1);
        var ids = await app.WithDbAsync(async d =>
        {
            var countries = await d.Countries.Where(c => c.Iso3 == "DEU" || c.Iso3 == "FRA" || c.Iso3 == "VNM").ToDictionaryAsync(c => c.Iso3, c => c.Id);
            var made = new Dictionary<string, Engagement>();
            void New(string title, string iso3, int from, int to, EngagementStatus status,
                EngagementKind kind = EngagementKind.InboundVisit, Classification classification = Classification.Public)
            {
                made[title] = new Engagement
                {
                    Kind = kind,
                    Status = status,
                    Title = title,
                    StartsOn = day.AddDays(from),
                    EndsOn = day.AddDays(to),
                    CountryId = countries[iso3],
                    Classification = classification,
                };
                d.Engagements.Add(made[title]);
            }

            New("Long study tour", "DEU", -200, 3, EngagementStatus.Confirmed);
            New("Across the day", "FRA", -2, 0, EngagementStatus.Completed);
            New("Ended the day before", "DEU", -5, -1, EngagementStatus.Confirmed);
            New("Later", "DEU", 10, 12, EngagementStatus.Confirmed);
            New("Another desk's", "VNM", 1, 2, EngagementStatus.Confirmed);
            New("Internal tour in Germany", "DEU", -40, -30, EngagementStatus.Completed, EngagementKind.StudyTour, Classification.Internal);
            New("Internal tour in Vietnam", "VNM", -20, -10, EngagementStatus.Confirmed, EngagementKind.StudyTour, Classification.Internal);
            New("Public tour in France", "FRA", -60, -50, EngagementStatus.Confirmed, EngagementKind.StudyTour);
            await d.SaveChangesAsync();
            return made.ToDictionary(m => m.Key, m => m.Value.Id);
        });
        var desk = await app.WithDbAsync(d => d.Desks.Where(x => x.Name == TestDirectory.WesternEuropeDesk).Select(x => x.Id).SingleAsync());
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var europe = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        // The list and its count: nobody else's engagements exist here, so the total is the expected list's length.
        Task ListsAsync(string query, params string[] expected) => ListsForAsync(admin, query, expected);
        async Task ListsForAsync(TestUser user, string query, params string[] expected)
        {
            var page = await (await user.Client.GetAsync($"/api/v1/engagements?pageSize=100&{query}")).ReadJsonAsync();
            page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ShouldBe(expected.Select(t => ids[t]), query);
            page.GetProperty("total").GetInt32().ShouldBe(expected.Length, query);
        }

        var from = $"from={day:yyyy-MM-dd}";
        await ListsAsync(from, "Later", "Another desk's", "Across the day", "Long study tour");
        await ListsAsync($"{from}&desk={desk}", "Later", "Across the day", "Long study tour");
        await ListsAsync($"desk={desk}", "Later", "Across the day", "Ended the day before", "Internal tour in Germany", "Public tour in France", "Long study tour");
        await ListsAsync($"desk={desk}&status=Confirmed", "Later", "Ended the day before", "Public tour in France", "Long study tour");
        await ListsAsync($"{from}&to={day.AddDays(5):yyyy-MM-dd}&desk={desk}&status=Confirmed", "Long study tour");

        await ListsAsync("kind=StudyTour", "Internal tour in Vietnam", "Internal tour in Germany", "Public tour in France");
        await ListsAsync("kind=StudyTour&status=Confirmed", "Internal tour in Vietnam", "Public tour in France");
        await ListsAsync($"kind=StudyTour&desk={desk}", "Internal tour in Germany", "Public tour in France");
        await ListsForAsync(europe, "kind=StudyTour", "Internal tour in Germany", "Public tour in France");
        await ListsForAsync(europe, "kind=StudyTour&status=Confirmed", "Public tour in France");
    }
}
