namespace Liaison.Features.Engagements.Documents;

/// <summary>REST endpoints for an engagement's attached documents.</summary>
public static class DocumentsApi
{
    public static IServiceCollection AddEngagementDocuments(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapEngagementDocuments(this RouteGroupBuilder api) => api;
}
