namespace MasterPlanEval.Core.Diagnostics;

/// <summary>
/// The peak resident memory of the process while one piece of work runs: a background thread reads it every few
/// milliseconds until <see cref="Stop"/> (or disposal). A peak shorter than the interval can slip between two
/// readings, except when it raised the process's high-water mark, which is then the exact peak.
/// </summary>
public sealed class PeakMemorySampler : IDisposable
{
    /// <summary>One reading of /proc/self/status costs about 25 µs: 0.5 % of a core at this rate.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(5);

    private readonly Func<MemoryReading> _read;
    private readonly TimeSpan _interval;
    private readonly IDisposable? _reader;

    // No spinning: the thread only ever waits out its interval or the stop.
    private readonly ManualResetEventSlim _stopped = new(false, 0);
    private readonly Thread _thread;
    private readonly long _peakBefore;
    private long _sampled;
    private long? _peak;

    /// <summary>Samples with <paramref name="read"/>, first now, then every <paramref name="interval"/> on its own thread.</summary>
    public PeakMemorySampler(Func<MemoryReading> read, TimeSpan interval)
        : this(read, interval, null)
    {
    }

    private PeakMemorySampler(Func<MemoryReading> read, TimeSpan interval, IDisposable? reader)
    {
        _read = read;
        _interval = interval;
        _reader = reader;
        var first = read();
        _peakBefore = first.PeakBytes;
        _sampled = first.ResidentBytes;
        _thread = new Thread(Sample) { IsBackground = true, Name = "peak memory sampler" };
        _thread.Start();
    }

    /// <summary>Starts sampling this process's memory as the OS counts it.</summary>
    public static PeakMemorySampler Start()
    {
        var memory = new ProcessMemory();
        return new PeakMemorySampler(memory.Read, DefaultInterval, memory);
    }

    /// <summary>Stops sampling (once; later calls return the same figure) and returns the peak in bytes.</summary>
    public long Stop()
    {
        if (_peak is { } known)
        {
            return known;
        }

        _stopped.Set();
        _thread.Join();
        var last = _read();
        var sampled = Math.Max(_sampled, last.ResidentBytes);
        // A high-water mark that rose was set while the work ran: the exact peak, which readings can only approach.
        _peak = last.PeakBytes > _peakBefore ? Math.Max(sampled, last.PeakBytes) : sampled;
        _reader?.Dispose();
        _stopped.Dispose();
        return _peak.Value;
    }

    public void Dispose() => Stop();

    private void Sample()
    {
        // Only this thread writes _sampled until Stop has joined it.
        while (!_stopped.Wait(_interval))
        {
            _sampled = Math.Max(_sampled, _read().ResidentBytes);
        }
    }
}
