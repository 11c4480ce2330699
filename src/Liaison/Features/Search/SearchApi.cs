using Liaison.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Features.Search;

public static class SearchApi
{
    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync).WithTags("Search").WithName("Search")
            .WithSummary("Finds countries and organizations by any of their names, in any script, tolerating small typos in Latin names.")
            .RequireAuthorization(Policies.Reader);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<SearchHit>>> SearchAsync(string? q, int? limit, SearchService search, CancellationToken ct) =>
        TypedResults.Ok(await search.SearchAsync(q, Math.Clamp(limit ?? 20, 1, 50), ct));
}
