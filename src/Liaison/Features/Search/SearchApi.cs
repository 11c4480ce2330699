using Liaison.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Features.Search;

public static class SearchApi
{
    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync).WithTags("Search").WithName("Search")
            .WithSummary("Finds countries, organizations and people by any of their names, in any script and romanization (with or without tones and spaces), tolerating small typos in Latin names. kind = person | org | country narrows the search.")
            .RequireAuthorization(Policies.Reader);
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<SearchHit>>, ProblemHttpResult>> SearchAsync(
        string? q, int? limit, string? kind, SearchService search, CancellationToken ct)
    {
        if (kind is not null && kind is not (SearchKinds.Person or SearchKinds.Organization or SearchKinds.Country))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown kind",
                detail: $"kind must be {SearchKinds.Person}, {SearchKinds.Organization} or {SearchKinds.Country}.");
        }

        return TypedResults.Ok(await search.SearchAsync(q, Math.Clamp(limit ?? 20, 1, 50), kind, ct));
    }
}
