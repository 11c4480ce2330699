using Liaison.Data;
using Liaison.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Features.Engagements.Statistics;

/// <summary>REST endpoints for the yearly engagement statistics.</summary>
public static class StatisticsApi
{
    public static IServiceCollection AddStatistics(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapStatistics(this RouteGroupBuilder api)
    {
        api.MapGet("/statistics/engagements", GetAsync).WithTags("Statistics").WithName("EngagementStatistics")
            .WithSummary("Completed engagements the caller may see, by the year they started (from..to, default the last 10 years), "
                + "by=year|region|country|kind|family, optional kind and desk; format=json (default) or csv (UTF-8 with BOM).")
            .RequireAuthorization(Policies.Reader);
        return api;
    }

    private static async Task<IResult> GetAsync(
        LiaisonDbContext db, int? from, int? to, string? by, EngagementKind? kind, int? desk, string? format, CancellationToken ct)
    {
        var (filter, dimension, errors) = StatisticsQueries.Parse(from, to, by, kind, desk, Clock.UtcNow.Year);
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !string.IsNullOrEmpty(format) && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            errors["format"] = ["Use json or csv."];
        }

        if (filter is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var report = await StatisticsQueries.ReportAsync(db, filter, dimension, ct);
        return csv
            ? TypedResults.File(StatisticsExport.CsvBytes(report), "text/csv; charset=utf-8", StatisticsExport.FileName(report, "csv"))
            : TypedResults.Ok(report);
    }
}
