using Liaison.Data;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.People.Duplicates;

/// <summary>REST endpoints for probable duplicates, merges and their reversal.</summary>
public static class DuplicatesApi
{
    public static IServiceCollection AddDuplicates(this IServiceCollection services) =>
        services.AddScoped<DuplicateFinder>().AddScoped<PersonMerger>();

    public static RouteGroupBuilder MapDuplicates(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("Duplicates").RequireAuthorization(Policies.Editor);
        people.MapGet("/duplicates", ListAsync).WithName("ListDuplicatePeople")
            .WithSummary("Pairs of people that probably are one person (shared name in any order or script, e-mail, phone or handle), newest first.");
        people.MapGet("/similar", SimilarAsync).WithName("SimilarPeople")
            .WithSummary("People whose names resemble a name being typed, people of the given country (ISO alpha-3) first.");
        people.MapGet("/{id:int}/duplicates", ForPersonAsync).WithName("PersonDuplicates");
        people.MapPost("/{id:int}/distinct/{otherId:int}", DistinctAsync).WithName("MarkPeopleDistinct")
            .WithSummary("Records that two people are different, so they are no longer flagged as probable duplicates.");
        people.MapPost("/merge", MergeAsync).WithName("MergePeople")
            .WithSummary("Merges mergedId into survivorId in one transaction; fields choose 'Survivor' or 'Merged' per field; stale versions give 409.");

        var merges = api.MapGroup("/merges").WithTags("Duplicates").RequireAuthorization(Policies.Admin);
        merges.MapGet("/", MergesAsync).WithName("ListMerges");
        merges.MapPost("/{id:int}/revert", RevertAsync).WithName("RevertMerge")
            .WithSummary("Reverts a merge exactly, or answers 409 explaining what makes it unsafe.");
        return api;
    }

    private static async Task<Ok<Page<DuplicatePair>>> ListAsync(DuplicateFinder finder, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await finder.PairsAsync(page, pageSize, ct));

    private static async Task<Results<Ok<IReadOnlyList<DuplicateCandidate>>, ValidationProblem>> SimilarAsync(
        DuplicateFinder finder, LiaisonDbContext db, string? name, string? country, CancellationToken ct)
    {
        if (name is not null && name.Contains('\0', StringComparison.Ordinal))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["The text must not contain NUL characters."] });
        }

        var code = country?.Trim().ToUpperInvariant();
        var countryId = code is { Length: 3 } ? await db.Countries.Where(c => c.Iso3 == code).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct) : null;
        return TypedResults.Ok(await finder.SimilarToNameAsync(name, countryId, ct: ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<DuplicateCandidate>>, NotFound>> ForPersonAsync(int id, DuplicateFinder finder, CancellationToken ct) =>
        await finder.ForPersonAsync(id, ct: ct) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DistinctAsync(int id, int otherId, DuplicateFinder finder, CancellationToken ct) =>
        await finder.MarkDistinctAsync(id, otherId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>The body of POST /people/merge.</summary>
    public sealed record MergeBody(int SurvivorId, int MergedId, Dictionary<string, MergeSide>? Fields, int? SurvivorVersion, int? MergedVersion);

    private static async Task<IResult> MergeAsync(MergeBody body, PersonMerger merger, CancellationToken ct) =>
        await merger.MergeAsync(new MergeRequest(body.SurvivorId, body.MergedId, body.Fields, body.SurvivorVersion, body.MergedVersion), ct) switch
        {
            MergeOutcome.Merged m => TypedResults.Ok(m),
            MergeOutcome.Invalid i => TypedResults.ValidationProblem(i.Errors),
            MergeOutcome.Conflict c => TypedResults.Conflict(c.Details),
            _ => TypedResults.NotFound(),
        };

    private static async Task<Ok<Page<MergeListItem>>> MergesAsync(LiaisonDbContext db, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await MergeQueries.ListAsync(db, page, pageSize, ct));

    private static async Task<IResult> RevertAsync(int id, PersonMerger merger, CancellationToken ct) =>
        await merger.RevertAsync(id, ct) switch
        {
            RevertOutcome.Reverted r => TypedResults.Ok(r),
            RevertOutcome.Refused r => TypedResults.Problem(
                title: "This merge cannot be reverted safely.",
                detail: string.Join(" ", r.Problems.Select(p => p.ToString())),
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["problems"] = r.Problems.Select(p => p.ToString()).ToList() }),
            _ => TypedResults.NotFound(),
        };
}
