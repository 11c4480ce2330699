namespace Liaison.Bench.Load;

public enum PageCategory
{
    Floor,
    Page,
    Api,
    Search,
    Dashboard,
}

public enum BenchUser
{
    Admin,
    Desk,
}

/// <summary>One kind of request measured under load: the addresses it rotates through come from the sampled ids.</summary>
public sealed record PageKind(string Name, PageCategory Category, BenchUser User, Func<Samples, IEnumerable<string>> Urls)
{
    /// <summary>p95 server-time target in ms (TARGETS.md: lists/details/edits/API 20, search 30, dashboards 50).</summary>
    public double? TargetMs => Category switch
    {
        PageCategory.Page or PageCategory.Api => 20,
        PageCategory.Search => 30,
        PageCategory.Dashboard => 50,
        _ => null,
    };

    public string Key => $"{Name} ({(User == BenchUser.Admin ? "admin" : "desk")})";
}

/// <summary>
/// Every page kind and API GET the bench measures. A new page or endpoint is one line here; the floor comes first
/// and "person detail" is the page whose throughput is compared with it.
/// </summary>
public static class PageKinds
{
    public const string PersonDetail = "person detail";

    public static IReadOnlyList<PageKind> All(string floorPath)
    {
        var kinds = new List<PageKind> { new("floor " + floorPath, PageCategory.Floor, BenchUser.Admin, _ => [floorPath]) };
        foreach (var user in new[] { BenchUser.Admin, BenchUser.Desk })
        {
            kinds.AddRange(Shared(user));
        }

        kinds.AddRange(AdminPages());
        kinds.AddRange(AdminApi());
        return kinds;
    }

    // Lists, search, statistics and the main details, as the administrator and as the desk officer.
    private static IEnumerable<PageKind> Shared(BenchUser u) =>
    [
        new("home", PageCategory.Dashboard, u, _ => ["/"]),
        new("my work", PageCategory.Dashboard, u, _ => ["/my-work"]),
        new("countries list", PageCategory.Page, u, _ => ["/countries", "/countries?p=2"]),
        new("organizations list", PageCategory.Page, u, _ => ["/organizations", "/organizations?p=3", "/organizations?sort=name"]),
        new("organizations list filtered", PageCategory.Page, u, s => s.Countries.Select(c => $"/organizations?country={c}&kind=PoliticalParty")),
        new("people list", PageCategory.Page, u, _ => ["/people", "/people?p=5", "/people?sort=name"]),
        new("people list filtered", PageCategory.Page, u, s => s.Countries.Select(c => $"/people?country={c}")),
        new("touchpoints list", PageCategory.Page, u, _ => ["/touchpoints", "/touchpoints?p=4"]),
        new("touchpoints list filtered", PageCategory.Page, u, s => s.Countries.Select(c => $"/touchpoints?country={c}")),
        new("tasks list", PageCategory.Page, u, _ => ["/tasks", "/tasks?view=desk", "/tasks?overdue=true"]),
        new("engagements list", PageCategory.Page, u, _ => ["/engagements", "/engagements?p=3"]),
        new("engagements list filtered", PageCategory.Page, u, s => s.Countries.Select(c => $"/engagements?country={c}&status=Completed")),
        new("engagement calendar", PageCategory.Page, u, _ => ["/engagements/calendar", "/engagements/calendar?view=year"]),
        new("country detail", PageCategory.Page, u, s => s.Countries.Select(c => $"/countries/{c}")),
        new("organization detail", PageCategory.Page, u, s => s.Organizations.Select(id => $"/organizations/{id}")),
        new(PersonDetail, PageCategory.Page, u, s => s.People.Select(id => $"/people/{id}")),
        new("engagement detail", PageCategory.Page, u, s => s.Engagements.Select(id => $"/engagements/{id}")),
        new("touchpoint detail", PageCategory.Page, u, s => s.Touchpoints.Select(id => $"/touchpoints/{id}")),
        new("search page", PageCategory.Search, u, s => s.SearchTerms.Select(q => $"/search?q={Uri.EscapeDataString(q)}")),
        new("search API", PageCategory.Search, u, s => s.SearchTerms.Select(q => $"/api/v1/search?q={Uri.EscapeDataString(q)}")),
        new("statistics page", PageCategory.Dashboard, u, _ => ["/statistics", "/statistics?from=2015"]),
        new("statistics API", PageCategory.Dashboard, u, _ => ["/api/v1/statistics/engagements", "/api/v1/statistics/engagements?by=region", "/api/v1/statistics/engagements?by=country"]),
        new("people API list", PageCategory.Api, u, s => s.Countries.Select(c => $"/api/v1/people?country={c}").Prepend("/api/v1/people")),
        new("organizations API list", PageCategory.Api, u, s => s.Countries.Select(c => $"/api/v1/organizations?country={c}").Prepend("/api/v1/organizations")),
        new("engagements API list", PageCategory.Api, u, _ => ["/api/v1/engagements", "/api/v1/engagements?status=Completed"]),
        new("touchpoints API list", PageCategory.Api, u, s => s.Countries.Select(c => $"/api/v1/touchpoints?countryIso3={c}").Prepend("/api/v1/touchpoints")),
    ];

    private static IEnumerable<PageKind> AdminPages()
    {
        const BenchUser a = BenchUser.Admin;
        return
        [
            new("person edit form", PageCategory.Page, a, s => s.People.Select(id => $"/people/{id}/edit")),
            new("position edit form", PageCategory.Page, a, s => s.Positions.Select(p => $"/people/{p.Replace("/", "/positions/", StringComparison.Ordinal)}")),
            new("organization edit form", PageCategory.Page, a, s => s.Organizations.Select(id => $"/organizations/{id}/edit")),
            new("relationship edit form", PageCategory.Page, a, s => s.Organizations.Select(id => $"/organizations/{id}/relationship")),
            new("touchpoint edit form", PageCategory.Page, a, s => s.Touchpoints.Select(id => $"/touchpoints/{id}/edit")),
            new("task edit form", PageCategory.Page, a, s => s.Tasks.Select(id => $"/tasks/{id}")),
            new("engagement edit form", PageCategory.Page, a, s => s.Engagements.Select(id => $"/engagements/{id}/edit")),
            new("engagement members", PageCategory.Page, a, s => s.Engagements.Select(id => $"/engagements/{id}/members")),
            new("itinerary editor", PageCategory.Page, a, s => s.Engagements.Select(id => $"/engagements/{id}/itinerary")),
            new("itinerary print", PageCategory.Page, a, s => s.Engagements.Select(id => $"/engagements/{id}/itinerary/print")),
            new("engagement logistics", PageCategory.Page, a, s => s.Engagements.Select(id => $"/engagements/{id}/logistics")),
            new("engagement gifts", PageCategory.Page, a, s => s.Engagements.Select(id => $"/engagements/{id}/gifts")),
            new("engagement outcomes", PageCategory.Page, a, s => s.Engagements.Select(id => $"/engagements/{id}/outcomes")),
            new("engagement documents", PageCategory.Page, a, s => s.Engagements.Select(id => $"/engagements/{id}/documents")),
            new("people duplicates", PageCategory.Page, a, _ => ["/people/duplicates"]),
            new("audit log", PageCategory.Page, a, _ => ["/admin/audit", "/admin/audit?p=10"]),
            new("users admin", PageCategory.Page, a, _ => ["/admin/users"]),
            new("desks admin", PageCategory.Page, a, _ => ["/admin/desks"]),
        ];
    }

    private static IEnumerable<PageKind> AdminApi()
    {
        const BenchUser a = BenchUser.Admin;
        const PageCategory api = PageCategory.Api;
        return
        [
            new("countries API list", api, a, _ => ["/api/v1/countries", "/api/v1/countries?region=Asia"]),
            new("country API", api, a, s => s.Countries.Select(c => $"/api/v1/countries/{c}")),
            new("government API", api, a, s => s.Countries.Select(c => $"/api/v1/countries/{c}/government")),
            new("elections API", api, a, s => s.Countries.Select(c => $"/api/v1/countries/{c}/elections")),
            new("desks API", api, a, _ => ["/api/v1/desks"]),
            new("organization API", api, a, s => s.Organizations.Select(id => $"/api/v1/organizations/{id}")),
            new("standings API", api, a, s => s.Organizations.Select(id => $"/api/v1/organizations/{id}/standings")),
            new("standing on date API", api, a, s => s.Organizations.Select(id => $"/api/v1/organizations/{id}/standing")),
            new("leadership API", api, a, s => s.Organizations.Select(id => $"/api/v1/organizations/{id}/leadership")),
            new("relationship API", api, a, s => s.Organizations.Select(id => $"/api/v1/organizations/{id}/relationship")),
            new("organization timeline API", api, a, s => s.Organizations.Select(id => $"/api/v1/organizations/{id}/timeline")),
            new("relationship levels API", api, a, _ => ["/api/v1/relationship-levels"]),
            new("person API", api, a, s => s.People.Select(id => $"/api/v1/people/{id}")),
            new("person positions API", api, a, s => s.People.Select(id => $"/api/v1/people/{id}/positions")),
            new("position API", api, a, s => s.Positions.Select(p => $"/api/v1/positions/{p.Split('/')[1]}")),
            new("person channels API", api, a, s => s.People.Select(id => $"/api/v1/people/{id}/channels")),
            new("person timeline API", api, a, s => s.People.Select(id => $"/api/v1/people/{id}/timeline")),
            new("person duplicates API", api, a, s => s.People.Select(id => $"/api/v1/people/{id}/duplicates")),
            new("duplicates API", api, a, _ => ["/api/v1/people/duplicates"]),
            new("similar people API", api, a, s => s.SearchTerms.Select(q => $"/api/v1/people/similar?name={Uri.EscapeDataString(q)}")),
            new("merges API", api, a, _ => ["/api/v1/merges"]),
            new("tiers API", api, a, _ => ["/api/v1/tiers"]),
            new("touchpoint API", api, a, s => s.Touchpoints.Select(id => $"/api/v1/touchpoints/{id}")),
            new("tasks API list", api, a, _ => ["/api/v1/tasks", "/api/v1/tasks?view=desk"]),
            new("task API", api, a, s => s.Tasks.Select(id => $"/api/v1/tasks/{id}")),
            new("my work API", api, a, _ => ["/api/v1/my-work"]),
            new("engagement API", api, a, s => s.Engagements.Select(id => $"/api/v1/engagements/{id}")),
            new("engagement transitions API", api, a, s => s.Engagements.Select(id => $"/api/v1/engagements/{id}/transitions")),
            new("engagement members API", api, a, s => s.Engagements.Select(id => $"/api/v1/engagements/{id}/members")),
            new("itinerary API", api, a, s => s.Engagements.Select(id => $"/api/v1/engagements/{id}/itinerary")),
            new("itinerary warnings API", api, a, s => s.Engagements.Select(id => $"/api/v1/engagements/{id}/itinerary/warnings")),
            new("logistics API", api, a, s => s.Engagements.Select(id => $"/api/v1/engagements/{id}/logistics")),
            new("gifts API", api, a, s => s.Engagements.Select(id => $"/api/v1/engagements/{id}/gifts")),
            new("outcomes API", api, a, s => s.Engagements.Select(id => $"/api/v1/engagements/{id}/outcomes")),
            new("documents API", api, a, s => s.Engagements.Select(id => $"/api/v1/engagements/{id}/documents")),
            new("calendar API", api, a, _ => [$"/api/v1/engagements/calendar?from={DateTime.UtcNow:yyyy}-01-01&to={DateTime.UtcNow:yyyy}-12-31"]),
            new("users API", api, a, _ => ["/api/v1/users"]),
            new("audit API", api, a, _ => ["/api/v1/audit"]),
        ];
    }
}
