namespace Liaison.Features.People;

/// <summary>REST endpoints for people, their names, positions, contact channels and photos.</summary>
public static class PeopleApi
{
    public static IServiceCollection AddPeople(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapPeople(this RouteGroupBuilder api) => api;
}
