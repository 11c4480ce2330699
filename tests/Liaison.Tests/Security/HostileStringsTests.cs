using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Security;

public sealed class HostileStringsTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Every_naughty_string_round_trips_byte_for_byte_through_the_api_and_search(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var failures = new List<string>();

        foreach (var (hostile, i) in SharedData.HostileStrings().Select((s, i) => (s, i)))
        {
            var nameEn = string.IsNullOrWhiteSpace(hostile) ? $"Blank {i}" : hostile;
            var created = await officer.Client.PostJsonAsync("/api/v1/organizations",
                new { nameEn, nameNative = hostile, nameZh = hostile, abbreviation = hostile.Length <= 40 ? hostile : null, description = hostile, kind = "PoliticalParty", countryIso3 = "DEU" });
            if (created.StatusCode != HttpStatusCode.Created)
            {
                failures.Add($"#{i} create {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
                continue;
            }

            var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();
            var detail = await (await officer.Client.GetAsync($"/api/v1/organizations/{id}")).ReadJsonAsync();
            if (detail.GetProperty("nameEn").GetString() != nameEn
                || (string.IsNullOrWhiteSpace(hostile) ? detail.GetProperty("description").GetString() is not null : detail.GetProperty("description").GetString() != hostile)
                || (!string.IsNullOrWhiteSpace(hostile) && detail.GetProperty("nameNative").GetString() != hostile))
            {
                failures.Add($"#{i} did not round-trip: {hostile}");
            }

            var search = await officer.Client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(hostile)}");
            if ((int)search.StatusCode >= 500)
            {
                failures.Add($"#{i} search {(int)search.StatusCode}");
            }
        }

        failures.ShouldBeEmpty(string.Join("\n", failures.Take(20)));
    }
}
