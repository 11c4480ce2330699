namespace Liaison.Features.Engagements.Outcomes;

/// <summary>REST endpoints for an engagement's outcomes (agreements, statements, commitments).</summary>
public static class OutcomesApi
{
    public static IServiceCollection AddOutcomes(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapOutcomes(this RouteGroupBuilder api) => api;
}
