using Liaison.Data;
using Liaison.Features.Imports;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Imports;

/// <summary>The real Party Facts and ParlGov files in ../shared/data, imported into a test app.</summary>
internal static class ImportFixture
{
    public static string PartyFactsFile => Path.Combine(SharedData.Root, "partyfacts", "partyfacts-core-parties.csv");
    public static string ParlGovDir => Path.Combine(SharedData.Root, "parlgov");

    public static Task<ImportSummary> PartyFactsAsync(TestApp app) => app.WithDbAsync(db => PartyFactsImporter.ImportAsync(db, PartyFactsFile));

    public static Task<ImportSummary> ParlGovAsync(TestApp app) => app.WithDbAsync(db => ParlGovImporter.ImportAsync(db, ParlGovDir));

    public sealed record Counts(int Organizations, int ExternalIds, int Elections, int Results, int Standings, int Lineage, int SearchEntries);

    public static Task<Counts> CountAsync(TestApp app) => app.WithDbAsync(async db => new Counts(
        await db.Organizations.IgnoreQueryFilters().CountAsync(),
        await db.ExternalIds.CountAsync(),
        await db.Elections.CountAsync(),
        await db.ElectionResults.IgnoreQueryFilters().CountAsync(),
        await db.StandingSpans.IgnoreQueryFilters().CountAsync(),
        await db.LineageLinks.CountAsync(),
        await db.SearchEntries.CountAsync(e => e.Kind == "org")));

    /// <summary>No external id of Party Facts or ParlGov belongs to two organizations.</summary>
    public static Task<int> DuplicatedIdsAsync(TestApp app) => app.WithDbAsync(async db =>
        (await db.ExternalIds.Where(e => e.Scheme == ExternalSchemes.PartyFacts || e.Scheme == ExternalSchemes.ParlGov)
            .Select(e => new { e.Scheme, e.Value }).ToListAsync())
        .GroupBy(e => e).Count(g => g.Count() > 1));

    public static Task<int> OrganizationWithAsync(TestApp app, string scheme, string value) => app.WithDbAsync(db =>
        db.ExternalIds.Where(e => e.Scheme == scheme && e.Value == value).Select(e => e.OrganizationId).SingleAsync());

    public static Task<int> RunCountAsync(TestApp app) => app.WithDbAsync((LiaisonDbContext db) => db.ImportRuns.CountAsync());
}
