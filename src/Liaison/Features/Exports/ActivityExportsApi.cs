using Liaison.Data;
using Liaison.Features.Engagements;
using Liaison.Features.Touchpoints;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Exports;

public sealed record TouchpointExportRow(
    int Id, DateOnly On, TouchpointChannel Channel, string? Medium, string Subject, string? Summary, string? FollowUp,
    string? CountryIso3, string? Country, string People, string Organizations, Classification Classification, DateTime UpdatedAt);

public sealed record EngagementExportRow(
    int Id, EngagementKind Kind, EngagementStatus Status, string Title, string? TitleZh, DateOnly StartsOn, DateOnly EndsOn,
    string? Location, string? CountryIso3, string? Country, string Organizations, int DelegationCount, int HostCount,
    Classification Classification, DateTime UpdatedAt);

/// <summary>The touchpoints and engagements lists as CSV or XLSX, with the people and organizations of each row by name.</summary>
public static class ActivityExportsApi
{
    private static readonly ExportColumn<TouchpointExportRow>[] TouchpointColumns =
    [
        new("id", r => r.Id), new("on", r => r.On), new("channel", r => r.Channel), new("medium", r => r.Medium),
        new("subject", r => r.Subject), new("summary", r => r.Summary), new("follow_up", r => r.FollowUp),
        new("country_iso3", r => r.CountryIso3), new("country", r => r.Country), new("people", r => r.People),
        new("organizations", r => r.Organizations), new("classification", r => r.Classification), new("updated_at", r => r.UpdatedAt),
    ];

    private static readonly ExportColumn<EngagementExportRow>[] EngagementColumns =
    [
        new("id", r => r.Id), new("kind", r => r.Kind), new("status", r => r.Status), new("title", r => r.Title),
        new("title_zh", r => r.TitleZh), new("starts_on", r => r.StartsOn), new("ends_on", r => r.EndsOn), new("location", r => r.Location),
        new("country_iso3", r => r.CountryIso3), new("country", r => r.Country), new("organizations", r => r.Organizations),
        new("delegation", r => r.DelegationCount), new("hosts", r => r.HostCount), new("classification", r => r.Classification),
        new("updated_at", r => r.UpdatedAt),
    ];

    public static void MapActivityExports(this RouteGroupBuilder api)
    {
        api.MapGet("/touchpoints/export", ExportTouchpoints).WithTags("Touchpoints").WithName("ExportTouchpoints")
            .WithSummary("The touchpoints list with its filters as CSV or XLSX (format=csv|xlsx), streamed.").RequireAuthorization(Policies.Reader);
        api.MapGet("/engagements/export", ExportEngagements).WithTags("Engagements").WithName("ExportEngagements")
            .WithSummary("The engagements list with its filters as CSV or XLSX (format=csv|xlsx), streamed.").RequireAuthorization(Policies.Reader);
    }

    private static IResult ExportTouchpoints(
        LiaisonDbContext db, string? format, DateOnly? from, DateOnly? to, TouchpointChannel? channel, string? countryIso3, string? country,
        int? desk, int? personId, int? organizationId, bool? mine)
    {
        var filter = new TouchpointFilter(from, to, channel, countryIso3 ?? country, desk, personId, organizationId, mine ?? false);
        var rows = TouchpointQueries.Filtered(db, filter)
            .OrderByDescending(t => t.On).ThenByDescending(t => t.Id)
            .Select(t => new TouchpointExportRow(
                t.Id, t.On, t.Channel, t.Medium, t.Subject, t.Summary, t.FollowUp, t.Country!.Iso3, t.Country.NameEn,
                string.Join("; ", t.People.Select(p => p.Person!.NameEn)),
                string.Join("; ", t.Organizations.Select(o => o.Organization!.NameEn)),
                t.Classification, t.UpdatedAt))
            .AsAsyncEnumerable();
        return new ListExport<TouchpointExportRow>("touchpoints", format, TouchpointColumns, rows, filter);
    }

    private static IResult ExportEngagements(
        LiaisonDbContext db, string? format, string? q, EngagementKind? kind, EngagementStatus? status, int? desk, string? country,
        DateOnly? from, DateOnly? to, int? personId, int? organizationId, bool? mine)
    {
        var filter = new EngagementFilter(q, kind, status, desk, country, from, to, personId, organizationId, mine ?? false);
        var rows = EngagementQueries.Filtered(db, filter)
            .OrderByDescending(e => e.StartsOn).ThenByDescending(e => e.Id)
            .Select(e => new EngagementExportRow(
                e.Id, e.Kind, e.Status, e.Title, e.TitleZh, e.StartsOn, e.EndsOn, e.Location, e.Country!.Iso3, e.Country.NameEn,
                string.Join("; ", e.Organizations.Select(o => o.Organization!.NameEn)),
                e.DelegationCount, e.HostCount, e.Classification, e.UpdatedAt))
            .AsAsyncEnumerable();
        return new ListExport<EngagementExportRow>("engagements", format, EngagementColumns, rows, filter);
    }
}
