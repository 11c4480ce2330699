using System.ComponentModel.DataAnnotations;

namespace Liaison.Web;

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    /// <summary>True when <see cref="Total"/> is a lower bound: counting stopped at <see cref="PageCounts.Cap"/>.</summary>
    public bool TotalIsAtLeast { get; init; }
}

/// <summary>
/// Counts for lists over the big tables (people, touchpoints): exact up to <see cref="Cap"/>, then "more than that", so a
/// list of two million rows costs no more to count than one of ten thousand.
/// </summary>
public static class PageCounts
{
    public const int Cap = 10_000;

    public static async Task<(int Total, bool AtLeast)> CountAsync<T>(IQueryable<T> query, CancellationToken ct)
    {
        var count = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query.Take(Cap + 1), ct);
        return Capped(count);
    }

    /// <summary>The total to show for <paramref name="count"/> rows read with a limit of <paramref name="cap"/> (by default <see cref="Cap"/>) + 1.</summary>
    public static (int Total, bool AtLeast) Capped(int count, int cap = Cap) => count > cap ? (cap, true) : (count, false);
}

/// <summary>One field that differs between what the user submitted and what is stored now.</summary>
public sealed record FieldChange(string Field, string? Yours, string? Current);

/// <summary>The body of a 409: the record changed since the user loaded it.</summary>
public sealed record ConflictDetails(string Title, int CurrentVersion, IReadOnlyList<FieldChange> Changes);

/// <summary>The outcome of a create or update, shared by pages and API endpoints.</summary>
public abstract record EditResult
{
    public sealed record Saved(int Id, int Version) : EditResult;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : EditResult;
    public sealed record NotFound : EditResult;
    public sealed record Conflict(ConflictDetails Details) : EditResult;

    public static Invalid Error(string field, string message) => new(new() { [field] = [message] });
}

public static class RequestValidation
{
    /// <summary>DataAnnotations on a request record, as a ProblemDetails error dictionary.</summary>
    public static Dictionary<string, string[]> Validate(object request)
    {
        var results = new List<ValidationResult>();
        var rules = AnnotationRules.For(request.GetType());
        rules.Check(request, results);

        // PostgreSQL cannot store NUL characters; refuse them everywhere so both databases behave alike.
        foreach (var property in rules.TextProperties)
        {
            if (property.GetValue(request) is string value && value.Contains('\0', StringComparison.Ordinal))
            {
                results.Add(new ValidationResult("The text must not contain NUL characters.", [property.Name]));
            }
        }

        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: m, r.ErrorMessage)))
            .GroupBy(x => x.Member)
            .ToDictionary(g => g.Key, g => g.Select(x => x.ErrorMessage ?? "Invalid value.").ToArray());
    }

    public static void Add(this Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public static int ClampPageSize(int? size) => Math.Clamp(size ?? 50, 1, 200);

    public static int ClampPage(int? page) => Math.Clamp(page ?? 1, 1, 1_000_000);
}

public static class EditResults
{
    /// <summary>Maps an edit outcome to the API's typed results.</summary>
    public static IResult ToHttp(this EditResult result, Func<EditResult.Saved, IResult> saved) => result switch
    {
        EditResult.Saved s => saved(s),
        EditResult.Invalid i => TypedResults.ValidationProblem(i.Errors),
        EditResult.Conflict c => TypedResults.Conflict(c.Details),
        _ => TypedResults.NotFound(),
    };
}
