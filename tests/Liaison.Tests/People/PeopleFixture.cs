using System.Net;
using System.Text.Json;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.People;

/// <summary>Shared steps of the people tests: organizations and people made through the API, as a user would.</summary>
internal static class PeopleFixture
{
    public static async Task<int> CreateOrganizationAsync(HttpClient client, string nameEn, string kind, string country, string? nameZh = null)
    {
        var response = await client.PostJsonAsync("/api/v1/organizations", new { nameEn, nameZh, kind, countryIso3 = country });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetInt32();
    }

    public static async Task<int> CreatePersonAsync(HttpClient client, object body)
    {
        var response = await client.PostJsonAsync("/api/v1/people", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetInt32();
    }

    public static async Task<int> AddPositionAsync(HttpClient client, int personId, object body)
    {
        var response = await client.PostJsonAsync($"/api/v1/people/{personId}/positions", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetInt32();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return await response.ReadJsonAsync();
    }

    /// <summary>The fields a ProblemDetails response names, as the API spells them.</summary>
    public static List<string> Errors(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
