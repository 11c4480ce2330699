namespace Liaison.Features.People.Duplicates;

/// <summary>REST endpoints for probable duplicates, merges and their reversal.</summary>
public static class DuplicatesApi
{
    public static IServiceCollection AddDuplicates(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapDuplicates(this RouteGroupBuilder api) => api;
}
