using Liaison.Bench.Setup;

namespace Liaison.Bench.Figures;

/// <summary><c>liaison audit verify</c> over the whole chain, process start included.</summary>
public static class AuditVerify
{
    public static async Task<Figure> MeasureAsync(LiaisonProcess liaison, long entries)
    {
        var result = await liaison.RunAsync(null, TimeSpan.FromMinutes(10), "audit", "verify");
        var seconds = result.Elapsed.TotalSeconds;
        var figure = Figure.AtMost("Audit", "audit verify (whole chain)", seconds, "s", 10,
            $"{seconds:0.00} s for {entries:N0} entries{(result.ExitCode == 0 ? "" : " — FAILED")}",
            new { seconds, entries, exitCode = result.ExitCode, output = result.Output.Trim() });
        return result.ExitCode == 0 ? figure : figure with { Met = false };
    }
}
