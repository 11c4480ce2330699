using System.Globalization;
using System.Text.RegularExpressions;
using Liaison.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Liaison.Tests.Performance;

/// <summary>
/// Every page and every API read answers with at most <see cref="Budget"/> SQL statements, counted by the app's own
/// command interceptor (the Server-Timing header), on the demo department's fullest records. The routes come from the
/// app itself, so a new page is measured the day it is added.
/// </summary>
public sealed partial class StatementBudgetTests(DemoSite site) : IClassFixture<DemoSite>
{
    public const int Budget = 10;

    // Not pages a signed-in user reads: sign-in steps, the error page, machine endpoints.
    private static readonly HashSet<string> NotMeasured = new(StringComparer.Ordinal)
    {
        "/account/login", "/account/login/two-factor", "/account/logout", "/account/denied", "/error/{code:int}",
        "/healthz", "/openapi/{documentName}.json", "/culture",
    };

    [Fact]
    public async Task Every_page_and_API_read_stays_within_the_statement_budget()
    {
        var measured = new List<string>();
        var problems = new List<string>();
        foreach (var (pattern, isPage) in GetRoutes())
        {
            if (NotMeasured.Contains(pattern))
            {
                continue;
            }

            var url = pattern == "/people/merge" ? "/people/merge?" + site.Samples["mergePair"] : Fill(pattern);
            if (url is null)
            {
                problems.Add($"{pattern}: no sample for its parameters — add one to DemoSite");
                continue;
            }

            var client = isPage ? site.AdminPages.Http : site.Admin.Client;
            using var response = await client.GetAsync(url);
            var statements = Statements(response);
            measured.Add($"{statements,3} {url}");
            if (!response.IsSuccessStatusCode)
            {
                problems.Add($"{url}: {(int)response.StatusCode}");
            }
            else if (statements is null)
            {
                problems.Add($"{url}: no Server-Timing header");
            }
            else if (statements > Budget)
            {
                problems.Add($"{url}: {statements} SQL statements (budget {Budget})");
            }
        }

        measured.Count.ShouldBeGreaterThan(60, "the routes were found");
        problems.ShouldBeEmpty(string.Join("\n", problems) + "\n\nMeasured:\n" + string.Join("\n", measured));
    }

    public static TheoryData<string> DeskOfficerPages() => new()
    {
        "/", "/my-work", "/countries", "/countries/{iso3}", "/organizations", "/organizations/{organization}",
        "/people", "/people/{person}", "/touchpoints", "/touchpoints/{touchpoint}", "/engagements", "/engagements/{engagement}",
        "/engagements/calendar", "/statistics", "/tasks", "/search?q=party",
    };

    // Visibility filters add joins, not statements: a desk officer's pages keep the same budget.
    [Theory]
    [MemberData(nameof(DeskOfficerPages))]
    public async Task A_desk_officers_pages_stay_within_the_budget(string pattern)
    {
        var url = Fill(pattern)!;
        using var response = await site.DeskPages.Http.GetAsync(url);
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {(int)response.StatusCode}");
        Statements(response).ShouldNotBeNull().ShouldBeLessThanOrEqualTo(Budget, url);
    }

    // Most parties have no recorded relationship; their panel shows the lowest level, which must not cost a statement of its own.
    [Fact]
    public async Task An_organization_without_a_relationship_stays_within_the_budget()
    {
        var url = "/organizations/" + site.Samples["untied"];
        foreach (var client in new[] { site.AdminPages.Http, site.DeskPages.Http })
        {
            using var warm = await client.GetAsync(url);
            using var response = await client.GetAsync(url);
            response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {(int)response.StatusCode}");
            Statements(response).ShouldNotBeNull().ShouldBeLessThanOrEqualTo(Budget, url);
        }
    }

    // A person's possible duplicates: people sharing a key, and people with a name similar to any of theirs, in any
    // script; one such statement per name took a person of seven names to 13.
    [Fact]
    public async Task The_duplicates_of_a_person_of_many_names_stay_within_the_budget()
    {
        var created = await (await site.Admin.Client.PostJsonAsync("/api/v1/people", new
        {
            nameEn = "Alexandros Konstantinopoulos",
            nameNative = "Αλέξανδρος Κωνσταντινόπουλος",
            nameRomanized = "Aleksandros Konstantinopulos",
            nameZh = "亚历山德罗斯·康斯坦丁诺普洛斯",
            countryIso3 = "GRC",
            otherNames = new object[]
            {
                new { name = "Alexander Konstantinopoulos", kind = "Translation", language = "en" },
                new { name = "Александрос Константинопулос", kind = "Transliteration", language = "ru" },
                new { name = "Alekos Konstantinopoulos", kind = "Alias" },
            },
        })).ReadJsonAsync();
        var url = $"/api/v1/people/{created.GetProperty("id").GetInt32()}/duplicates";
        using var warm = await site.Admin.Client.GetAsync(url);
        using var response = await site.Admin.Client.GetAsync(url);
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {(int)response.StatusCode}");
        Statements(response).ShouldNotBeNull().ShouldBeLessThanOrEqualTo(Budget, url);
    }

    // Opening a Confidential or Restricted record writes the read to the audit chain (as the record's type): one
    // statement of the budget.
    [Theory]
    [InlineData("/organizations/{0}", "Organization")]
    [InlineData("/api/v1/organizations/{0}", "Organization")]
    [InlineData("/people/{0}", "Person")]
    [InlineData("/api/v1/people/{0}", "Person")]
    [InlineData("/engagements/{0}", "Engagement")]
    [InlineData("/api/v1/engagements/{0}", "Engagement")]
    [InlineData("/touchpoints/{0}", "Touchpoint")]
    [InlineData("/api/v1/touchpoints/{0}", "Touchpoint")]
    public async Task A_sensitive_records_audited_read_stays_within_the_budget(string pattern, string type)
    {
        var sample = "sensitive" + type;
        var url = string.Format(CultureInfo.InvariantCulture, pattern, site.Samples[sample]);
        var client = url.StartsWith("/api/", StringComparison.Ordinal) ? site.Admin.Client : site.AdminPages.Http;
        var reads = await ReadsAsync();
        using var warm = await client.GetAsync(url);
        using var response = await client.GetAsync(url);
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {(int)response.StatusCode}");
        (await ReadsAsync()).ShouldBe(reads + 2, "each read of a sensitive record is audited");
        Statements(response).ShouldNotBeNull().ShouldBeLessThanOrEqualTo(Budget, url);

        Task<int> ReadsAsync() => site.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "read" && a.EntityType == type && a.EntityId == site.Samples[sample]));
    }

    private IEnumerable<(string Pattern, bool IsPage)> GetRoutes()
    {
        var sources = site.App.App.Services.GetRequiredService<EndpointDataSource>();
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var isPage = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            if (isPage || methods is null || methods.Contains(HttpMethods.Get))
            {
                yield return ("/" + endpoint.RoutePattern.RawText!.TrimStart('/'), isPage);
            }
        }
    }

    // Route parameters get the sample record of their resource: /people/{id} a person, /engagements/{id} an engagement…
    private string? Fill(string pattern)
    {
        var samples = site.Samples;
        var resource = ResourceOf(pattern);
        string? failed = null;
        var url = Parameter().Replace(pattern, m =>
        {
            var name = m.Groups["name"].Value;
            var key = name switch
            {
                "id" when pattern.StartsWith("/admin/users/", StringComparison.Ordinal) || pattern.StartsWith("/api/v1/users/", StringComparison.Ordinal) => "user",
                "id" when pattern.StartsWith("/admin/imports/", StringComparison.Ordinal) => "import",
                "id" when pattern.StartsWith("/imports/", StringComparison.Ordinal) || pattern.StartsWith("/api/v1/imports/uploads/", StringComparison.Ordinal) => "upload",
                "id" => resource,
                "iso3" => "iso3",
                "key" => "deskKey",
                "docId" => "document",
                "itemId" => "item",
                "positionId" => "position",
                "channelId" => "channel",
                "agreementId" => "agreement",
                "secret" => "secret",
                _ => name,
            };
            if (key is not null && samples.TryGetValue(key, out var value))
            {
                return value;
            }

            failed = name;
            return "";
        });
        return failed is null ? url : null;
    }

    private static string? ResourceOf(string pattern)
    {
        var segments = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var first = segments.SkipWhile(s => s is "api" or "v1").FirstOrDefault();
        return first switch
        {
            "people" => "person",
            "organizations" => "organization",
            "engagements" => "engagement",
            "touchpoints" => "touchpoint",
            "tasks" => "task",
            "countries" => "iso3",
            "desks" => "deskKey",
            "imports" => "import",
            _ => null,
        };
    }

    private static int? Statements(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Server-Timing", out var values))
        {
            return null;
        }

        var match = SqlCount().Match(string.Join(", ", values));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z0-9]+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();

    [GeneratedRegex("sql;desc=\"(\\d+)\"")]
    private static partial Regex SqlCount();
}
