using Liaison.Features.Audit;
using Liaison.Features.Countries;
using Liaison.Features.Desks;
using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Calendar;
using Liaison.Features.Engagements.Documents;
using Liaison.Features.Engagements.Itinerary;
using Liaison.Features.Engagements.Logistics;
using Liaison.Features.Engagements.Outcomes;
using Liaison.Features.Engagements.Statistics;
using Liaison.Features.Exports;
using Liaison.Features.Imports;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Features.People.Duplicates;
using Liaison.Features.Relationships;
using Liaison.Features.Search;
using Liaison.Features.Touchpoints;
using Liaison.Features.Users;
using Liaison.Features.Work;

namespace Liaison.Features;

public static class FeatureRegistration
{
    public static IServiceCollection AddLiaisonFeatures(this IServiceCollection services)
    {
        services.AddScoped<SearchService>();
        services.AddScoped<UserAdministration>();
        services.AddPeople();
        services.AddDuplicates();
        services.AddTouchpoints();
        services.AddWork();
        services.AddEngagements();
        services.AddItinerary();
        services.AddLogistics();
        services.AddOutcomes();
        services.AddEngagementDocuments();
        services.AddEngagementCalendar();
        services.AddStatistics();
        services.AddSingleton<Imports.Wizard.ImportStaging>();
        services.AddSingleton<Imports.Wizard.ImportJobs>();
        services.AddScoped<Imports.Wizard.ImportWizard>();
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
        api.MapImports();
        Imports.Wizard.WizardApi.MapImportWizard(api);
        api.MapPeople();
        api.MapDuplicates();
        api.MapTouchpoints();
        api.MapTasks();
        api.MapEngagements();
        api.MapItinerary();
        api.MapLogistics();
        api.MapOutcomes();
        api.MapEngagementDocuments();
        api.MapEngagementCalendar();
        api.MapStatistics();
        api.MapExports();
        api.MapActivityExports();
        api.MapWorkAndAuditExports();
        app.MapCalendarFeed();
        app.MapEngagementFeed();
        return app;
    }
}
