using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Liaison.Tests.Pages;

namespace Liaison.Tests.People;

public sealed class PeopleHostileStringsTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Every_naughty_string_round_trips_as_a_person_name_and_renders_as_text(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var officer = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        using var browser = await SignedIn.AsAsync(app, Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);
        var failures = new List<string>();

        foreach (var (hostile, i) in SharedData.HostileStrings().Select((s, i) => (s, i)))
        {
            var blank = string.IsNullOrWhiteSpace(hostile);
            var nameEn = blank ? $"Blank {i}" : hostile;
            var created = await officer.Client.PostJsonAsync("/api/v1/people", new
            {
                nameEn,
                nameNative = hostile,
                nameZh = hostile,
                nameRomanized = hostile,
                biography = hostile,
                protocolNotes = hostile,
                countryIso3 = "DEU",
                otherNames = blank ? null : new[] { new { name = hostile, kind = "Alias" } },
            });
            if (hostile.Contains('\0', StringComparison.Ordinal))
            {
                if (created.StatusCode != HttpStatusCode.BadRequest)
                {
                    failures.Add($"#{i} NUL accepted: {(int)created.StatusCode}");
                }

                continue;
            }

            if (created.StatusCode != HttpStatusCode.Created)
            {
                failures.Add($"#{i} create {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
                continue;
            }

            var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt32();
            var person = await (await officer.Client.GetAsync($"/api/v1/people/{id}")).ReadJsonAsync();
            var expected = blank ? null : hostile;
            if (person.GetProperty("nameEn").GetString() != nameEn
                || person.GetProperty("nameNative").GetString() != expected
                || person.GetProperty("nameZh").GetString() != expected
                || person.GetProperty("nameRomanized").GetString() != expected
                || person.GetProperty("biography").GetString() != expected
                || (!blank && person.GetProperty("otherNames")[0].GetProperty("name").GetString() != hostile))
            {
                failures.Add($"#{i} did not round-trip: {hostile}");
            }

            var (response, page) = await browser.GetAsync($"/people/{id}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"#{i} page {(int)response.StatusCode}");
                continue;
            }

            failures.AddRange(SignedIn.InjectedMarkup(page).Select(m => $"#{i} /people/{id}: {m}"));
            if (!SignedIn.Text(page.QuerySelector("h1")).Contains(SignedIn.AsParsed(nameEn).Trim(), StringComparison.Ordinal))
            {
                failures.Add($"#{i} heading lacks the name: {hostile}");
            }

            var list = await browser.GetAsync($"/people?q={Uri.EscapeDataString(hostile)}");
            if ((int)list.Response.StatusCode >= 500)
            {
                failures.Add($"#{i} list {(int)list.Response.StatusCode}");
            }
        }

        failures.ShouldBeEmpty(string.Join("\n", failures.Take(20)));
    }
}
