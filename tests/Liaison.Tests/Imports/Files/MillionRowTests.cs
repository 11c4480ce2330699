using System.Runtime.CompilerServices;
using System.Text;
using Liaison.Features.Imports.Files;

namespace Liaison.Tests.Imports.Files;

/// <summary>
/// Tests that measure the process's managed heap. The heap is shared with every test that runs at the same time, so
/// these run alone (<see cref="MemoryMeasurements"/>): another test's allocations would otherwise count as ours.
/// </summary>
[CollectionDefinition(nameof(MemoryMeasurements), DisableParallelization = true)]
public sealed class MemoryMeasurements;

[Collection(nameof(MemoryMeasurements))]
public sealed class MillionRowTests : IDisposable
{
    private readonly SheetFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_million_rows_stream_without_being_held()
    {
        var path = Path.Combine(_files.Folder, "million.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("id,name,city\n");
            for (var i = 1; i <= 1_000_000; i++)
            {
                writer.Write($"{i},Person {i},City {i % 97}\n");
            }
        }

        var file = SheetFiles.Open(path);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        var count = 0;
        var early = new List<WeakReference>();
        SpreadsheetRow? last = null;
        foreach (var row in file.ReadRows())
        {
            count++;
            last = row;
            if (count <= 1_000)
            {
                early.Add(Unheld(row));
            }

            if (count % 250_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        count.ShouldBe(1_000_000);
        last!.Number.ShouldBe(1_000_001);
        last.Cells.ShouldBe(["1000000", "Person 1000000", $"City {1_000_000 % 97}"]);
        GC.Collect();
        early.Count(reference => reference.IsAlive).ShouldBe(0, "rows already read are still held by the reader");
        peak.ShouldBeLessThan(32L << 20);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Unheld(SpreadsheetRow row) => new(row);
}
