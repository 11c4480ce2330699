using Liaison.Bench.Figures;
using Liaison.Bench.Load;
using Liaison.Bench.Setup;

namespace Liaison.Bench;

/// <summary>What one provider's run produced: its figures and the dataset they were measured on.</summary>
public sealed record ProviderResult(Provider Provider, IReadOnlyList<Figure> Figures, IReadOnlyDictionary<string, long> Rows, Generation? Generation, string Desk);

/// <summary>The whole flow for one provider: dataset, users, cold start, load per page kind, in-process and CLI figures.</summary>
public sealed class ProviderRun(BenchOptions options, Provider provider, Action<string> log)
{
    public async Task<ProviderResult> RunAsync()
    {
        using var dataset = await Dataset.EnsureAsync(options, provider, log);
        var liaison = new LiaisonProcess(dataset);
        var figures = new List<Figure>();
        var rows = RowCounts.Read(dataset);
        if (dataset.Generation is { } generation)
        {
            figures.Add(new Figure("Dataset", "generation time", generation.Seconds, "s",
                $"{generation.Seconds:0.0} s{(generation.ThisRun ? "" : " (earlier run)")}", Raw: generation));
            figures.Add(new Figure("Dataset", "generation rows/s", generation.RowsPerSecond, "rows/s", $"{generation.RowsPerSecond:N0}", Raw: generation));
        }

        var accounts = await BenchAccounts.EnsureAsync(liaison);
        log($"users ready; the desk officer's desk is {accounts.DeskName}");
        var adminSamples = Samples.Read(dataset, null);
        var deskSamples = Samples.Read(dataset, accounts.DeskId);

        if (!options.IsPartial)
        {
            log("cold start (3 starts)");
            figures.AddRange(await ColdStart.MeasureAsync(liaison, accounts.Admin));
        }

        using (var server = liaison.Serve(LiaisonProcess.FreePort()))
        {
            await Readiness.WaitHealthyAsync(server, TimeSpan.FromMinutes(5));
            figures.AddRange(await MeasurePagesAsync(server, accounts, adminSamples, deskSamples));
        }

        if (options.IsPartial)
        {
            return new ProviderResult(provider, figures, rows, dataset.Generation, accounts.DeskName);
        }

        using (var server = liaison.Serve(LiaisonProcess.FreePort()))
        {
            log("exports");
            await Readiness.WaitHealthyAsync(server, TimeSpan.FromMinutes(5));
            using var http = Session.CreateClient(server.BaseAddress, 1);
            var admin = await Session.SignInAsync(http, "admin", accounts.Admin.Email, accounts.Admin.Password, accounts.Admin.Token);
            figures.AddRange(await DataFigures.ExportsAsync(http, admin));
        }

        log("EF Core vs ADO.NET (in-process)");
        figures.AddRange(await EfVsAdo.MeasureAsync(dataset, adminSamples));
        log("audit verify");
        figures.Add(await AuditVerify.MeasureAsync(liaison, rows.GetValueOrDefault("AuditEntries")));
        log("imports (Party Facts, ParlGov) on an empty database");
        figures.AddRange(await DataFigures.ImportsAsync(dataset, options.SharedData));
        return new ProviderResult(provider, figures, rows, dataset.Generation, accounts.DeskName);
    }

    private async Task<List<Figure>> MeasurePagesAsync(RunningServer server, BenchAccounts accounts, Samples adminSamples, Samples deskSamples)
    {
        using var http = Session.CreateClient(server.BaseAddress, Math.Max(options.Concurrency, Sustained.Connections));
        var sessions = new Dictionary<BenchUser, Session>
        {
            [BenchUser.Admin] = await Session.SignInAsync(http, "admin", accounts.Admin.Email, accounts.Admin.Password, accounts.Admin.Token),
            [BenchUser.Desk] = await Session.SignInAsync(http, "desk", accounts.Desk.Email, accounts.Desk.Password, accounts.Desk.Token),
        };
        var floorPath = await FloorPathAsync(http, sessions[BenchUser.Admin]);
        var kinds = PageKinds.All(floorPath).Where((k, i) => i == 0 || options.Measures(k.Key)).ToList();
        var figures = new List<Figure>();
        var results = new List<(PageKind Kind, LatencyStats Stats, int Urls, int Hidden)>();
        await using var memory = new MemorySampler(server.Process.Id);
        foreach (var kind in kinds)
        {
            var session = sessions[kind.User];
            var candidates = kind.Urls(kind.User == BenchUser.Admin ? adminSamples : deskSamples).ToList();
            var (urls, hidden) = await LoadRunner.WarmUpAsync(http, session, candidates, TimeSpan.FromSeconds(Math.Max(1, options.Seconds / 2)));
            var stats = urls.Count == 0
                ? LatencyStats.From([], TimeSpan.FromSeconds(1), $"all {hidden} sampled addresses answered 404")
                : await LoadRunner.RunAsync(http, session, urls, options.Concurrency, options.Duration);
            results.Add((kind, stats, urls.Count, hidden));
            log($"  {kind.Key,-44} p95 {stats.P95,7:0.0} ms  {stats.RequestsPerSecond,7:0}/s  sql {stats.SqlMedian?.ToString("0", System.Globalization.CultureInfo.InvariantCulture) ?? "-",3} (max {stats.SqlMax?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"})  err {stats.Errors}{(stats.FirstError is null ? "" : "  first: " + stats.FirstError)}");
        }

        // The floor is measured again at the end: the ratio uses its mean, since the machine drifts during a run.
        var floorAgain = await LoadRunner.RunAsync(http, sessions[BenchUser.Admin], [floorPath], options.Concurrency, options.Duration);
        var floorRps = (results[0].Stats.RequestsPerSecond + floorAgain.RequestsPerSecond) / 2;
        figures.AddRange(results.Select(r => PageFigures.From(r.Kind, r.Stats, floorRps, r.Urls, r.Hidden)));
        foreach (var person in results.Where(r => r.Kind.Name == PageKinds.PersonDetail))
        {
            figures.Add(PageFigures.FloorRatio(person.Kind.Key, person.Stats.RequestsPerSecond, floorRps));
        }

        var megabytes = memory.Megabytes;
        if (megabytes.Count > 0)
        {
            var peak = megabytes.Max();
            var median = LatencyStats.Median(megabytes);
            figures.Add(Figure.AtMost("Memory", "resident memory under load, peak", peak, "MB", 300, $"{peak:0} MB", megabytes));
            figures.Add(new Figure("Memory", "resident memory under load, median", median, "MB", $"{median:0} MB"));
        }

        if (options.Sustained)
        {
            log("sustained: 256 connections for 60 s");
            figures.AddRange(await Sustained.MeasureAsync(server.BaseAddress, sessions[BenchUser.Admin], adminSamples));
        }

        return figures;
    }

    /// <summary>The bare floor page: <c>/about</c> once the product has it, <c>/healthz</c> until then.</summary>
    private static async Task<string> FloorPathAsync(HttpClient http, Session admin)
    {
        using var about = await http.SendAsync(admin.Get("/about"));
        return about.IsSuccessStatusCode ? "/about" : "/healthz";
    }
}
