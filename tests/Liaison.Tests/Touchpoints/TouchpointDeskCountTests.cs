using Liaison.Features.Touchpoints;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Touchpoints;

/// <summary>
/// A desk officer's touchpoints list counts its rows apart from the list (the touchpoints of no country, then the desks'
/// countries, on PostgreSQL one after the other): the total must be the list's own length, with no other desk's
/// touchpoint and none above the officer's clearance, with and without dates.
/// </summary>
public sealed class TouchpointDeskCountTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_desk_officer_counts_the_touchpoints_of_the_desks_countries_and_of_none(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var day = new DateOnly(2031, 3, 1);
        var ids = await app.WithDbAsync(async d =>
        {
            var countries = await d.Countries.Where(c => c.Iso3 == "DEU" || c.Iso3 == "FRA" || c.Iso3 == "VNM").ToDictionaryAsync(c => c.Iso3, c => c.Id);
            var made = new Dictionary<string, Touchpoint>();
            void New(string subject, string? iso3, int days, Classification classification = Classification.Public)
            {
                made[subject] = new Touchpoint
                {
                    On = day.AddDays(days),
                    Channel = TouchpointChannel.Meeting,
                    Subject = subject,
                    CountryId = iso3 is null ? null : countries[iso3],
                    Classification = classification,
                };
                d.Touchpoints.Add(made[subject]);
            }

            New("Berlin, public", "DEU", 0);
            New("Paris, internal", "FRA", -1, Classification.Internal);
            New("No country, public", null, -2);
            New("Hanoi, public", "VNM", -3);
            New("Berlin, confidential", "DEU", -4, Classification.Confidential);
            New("No country, internal", null, -5, Classification.Internal);
            New("Paris, before the dates", "FRA", -40);
            await d.SaveChangesAsync();
            return made.ToDictionary(m => m.Key, m => m.Value.Id);
        });
        var europe = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var asia = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);

        async Task ListsAsync(TestUser user, string query, params string[] expected)
        {
            var page = await (await user.Client.GetAsync($"/api/v1/touchpoints?pageSize=100&{query}")).ReadJsonAsync();
            var listed = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
            listed.Where(ids.ContainsValue).ShouldBe(expected.Select(s => ids[s]), query);
            page.GetProperty("total").GetInt32().ShouldBe(listed.Count, query);
        }

        var dates = $"from={day.AddDays(-10):yyyy-MM-dd}&to={day:yyyy-MM-dd}";
        await ListsAsync(europe, dates, "Berlin, public", "Paris, internal", "No country, public", "No country, internal");
        await ListsAsync(asia, dates, "No country, public", "Hanoi, public", "No country, internal");
        await ListsAsync(europe, "", "Berlin, public", "Paris, internal", "No country, public", "No country, internal", "Paris, before the dates");
        await ListsAsync(asia, $"to={day:yyyy-MM-dd}", "No country, public", "Hanoi, public", "No country, internal");
    }
}
