using System.Diagnostics;

namespace Liaison.Web.Diagnostics;

/// <summary>
/// What one request cost: SQL statements and the time spent in them. It lives in an <see cref="AsyncLocal{T}"/> for the
/// request, so the DbContext interceptor finds it without any service lookup; when metering is off it is never created.
/// </summary>
public sealed class RequestMeter
{
    private static readonly AsyncLocal<RequestMeter?> CurrentMeter = new();
    private readonly long _started = Stopwatch.GetTimestamp();
    private int _statements;
    private long _databaseTicks;
    private readonly List<string> _commands = [];

    public static RequestMeter? Current => CurrentMeter.Value;

    public int Statements => Volatile.Read(ref _statements);

    public TimeSpan DatabaseTime => TimeSpan.FromTicks(Interlocked.Read(ref _databaseTicks));

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    public static RequestMeter Start()
    {
        var meter = new RequestMeter();
        CurrentMeter.Value = meter;
        return meter;
    }

    public static void Stop() => CurrentMeter.Value = null;

    /// <summary>The statements' texts, in order (references to EF's own command strings, not copies).</summary>
    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    public void Record(string commandText, TimeSpan duration)
    {
        Interlocked.Increment(ref _statements);
        Interlocked.Add(ref _databaseTicks, duration.Ticks);
        lock (_commands)
        {
            _commands.Add(commandText);
        }
    }
}
