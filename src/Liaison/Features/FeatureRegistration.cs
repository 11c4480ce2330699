using Liaison.Features.Audit;
using Liaison.Features.Countries;
using Liaison.Features.Desks;
using Liaison.Features.Organizations;
using Liaison.Features.Relationships;
using Liaison.Features.Search;
using Liaison.Features.Users;

namespace Liaison.Features;

public static class FeatureRegistration
{
    public static IServiceCollection AddLiaisonFeatures(this IServiceCollection services)
    {
        services.AddScoped<SearchService>();
        services.AddScoped<UserAdministration>();
        return services;
    }

    public static IEndpointRouteBuilder MapLiaisonFeatures(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapCountries();
        api.MapElections();
        api.MapDesks();
        api.MapOrganizations();
        api.MapStandings();
        api.MapOrganizationLinks();
        api.MapRelationships();
        api.MapSearch();
        api.MapUsers();
        api.MapAudit();
        return app;
    }
}
