using Liaison.Data;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Exports;

public sealed record PersonExportRow(
    int Id, string NameEn, string? NameZh, string? NameNative, string? NameRomanized, string? Honorific, Gender Gender, int? BirthYear,
    string? CountryIso3, string? Country, string? Tier, string? Owner, Classification Classification, string? Tags, DateOnly? LastTouchpointOn,
    DateTime UpdatedAt);

public sealed record OrganizationExportRow(
    int Id, OrganizationKind Kind, string NameEn, string? NameZh, string? NameNative, string? NameRomanized, string? Abbreviation,
    string? CountryIso3, string? Country, IdeologyFamily? Family, DateOnly? Founded, DateOnly? Dissolved, string? Website,
    Classification Classification, DateOnly? LastTouchpointOn, DateTime UpdatedAt);

/// <summary>Every list's rows with the list's own filters, as CSV or XLSX (<c>/api/v1/{list}/export?format=csv|xlsx&amp;…</c>).</summary>
public static class ExportsApi
{
    private static readonly ExportColumn<PersonExportRow>[] PersonColumns =
    [
        new("id", r => r.Id), new("name_en", r => r.NameEn), new("name_zh", r => r.NameZh), new("name_native", r => r.NameNative),
        new("name_romanized", r => r.NameRomanized), new("honorific", r => r.Honorific), new("gender", r => r.Gender),
        new("birth_year", r => r.BirthYear), new("country_iso3", r => r.CountryIso3), new("country", r => r.Country),
        new("tier", r => r.Tier), new("owner", r => r.Owner), new("classification", r => r.Classification), new("tags", r => r.Tags),
        new("last_touchpoint_on", r => r.LastTouchpointOn), new("updated_at", r => r.UpdatedAt),
    ];

    private static readonly ExportColumn<OrganizationExportRow>[] OrganizationColumns =
    [
        new("id", r => r.Id), new("kind", r => r.Kind), new("name_en", r => r.NameEn), new("name_zh", r => r.NameZh),
        new("name_native", r => r.NameNative), new("name_romanized", r => r.NameRomanized), new("abbreviation", r => r.Abbreviation),
        new("country_iso3", r => r.CountryIso3), new("country", r => r.Country), new("family", r => r.Family),
        new("founded", r => r.Founded), new("dissolved", r => r.Dissolved), new("website", r => r.Website),
        new("classification", r => r.Classification), new("last_touchpoint_on", r => r.LastTouchpointOn), new("updated_at", r => r.UpdatedAt),
    ];

    public static void MapExports(this RouteGroupBuilder api)
    {
        api.MapGet("/people/export", ExportPeople).WithTags("People").WithName("ExportPeople")
            .WithSummary("The people list with its filters as CSV or XLSX (format=csv|xlsx), streamed.").RequireAuthorization(Policies.Reader);
        api.MapGet("/organizations/export", ExportOrganizations).WithTags("Organizations").WithName("ExportOrganizations")
            .WithSummary("The organizations list with its filters as CSV or XLSX (format=csv|xlsx), streamed.").RequireAuthorization(Policies.Reader);
    }

    private static IResult ExportPeople(
        LiaisonDbContext db, string? format, string? q, string? country, int? desk, int? tier, string? owner, string? tag, Classification? classification)
    {
        var filter = new PersonFilter(q, country, desk, tier, owner, tag, classification);
        var rows = PeopleQueries.Filtered(db, filter)
            .OrderBy(p => p.NameEn.ToLower()).ThenBy(p => p.NameEn).ThenBy(p => p.Id)
            .Select(p => new PersonExportRow(
                p.Id, p.NameEn, p.NameZh, p.NameNative, p.NameRomanized, p.Honorific, p.Gender, p.BirthYear, p.Country!.Iso3, p.Country.NameEn,
                p.Tier!.NameEn, p.Owner!.DisplayName, p.Classification, p.Tags, p.LastTouchpointOn, p.UpdatedAt))
            .AsAsyncEnumerable();
        return new ListExport<PersonExportRow>("people", format, PersonColumns, rows, filter with { Page = null, PageSize = null });
    }

    private static IResult ExportOrganizations(
        LiaisonDbContext db, string? format, string? country, int? desk, OrganizationKind? kind, IdeologyFamily? family, Standing? standing,
        string? level, string? q)
    {
        var filter = new OrganizationFilter(country, desk, kind, family, standing, level, q);
        var rows = OrganizationQueries.Filtered(db, filter)
            .OrderBy(o => o.NameEn).ThenBy(o => o.Id)
            .Select(o => new OrganizationExportRow(
                o.Id, o.Kind, o.NameEn, o.NameZh, o.NameNative, o.NameRomanized, o.Abbreviation, o.Country!.Iso3, o.Country.NameEn, o.Family,
                o.Founded, o.Dissolved, o.Website, o.Classification, o.LastTouchpointOn, o.UpdatedAt))
            .AsAsyncEnumerable();
        return new ListExport<OrganizationExportRow>("organizations", format, OrganizationColumns, rows, filter);
    }
}
