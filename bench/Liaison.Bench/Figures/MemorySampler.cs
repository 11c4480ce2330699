using System.Globalization;

namespace Liaison.Bench.Figures;

/// <summary>Samples the server's resident memory (VmRSS) every 100 ms while the load runs.</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly List<double> _megabytes = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public MemorySampler(int pid) => _loop = SampleAsync(pid, _stop.Token);

    public IReadOnlyList<double> Megabytes
    {
        get
        {
            lock (_megabytes)
            {
                return [.. _megabytes];
            }
        }
    }

    private async Task SampleAsync(int pid, CancellationToken ct)
    {
        var status = $"/proc/{pid}/status";
        while (!ct.IsCancellationRequested && File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null && double.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var kb))
            {
                lock (_megabytes)
                {
                    _megabytes.Add(kb / 1024);
                }
            }

            try
            {
                await Task.Delay(100, ct);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
