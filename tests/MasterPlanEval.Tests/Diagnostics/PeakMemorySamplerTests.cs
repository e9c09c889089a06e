using MasterPlanEval.Core.Diagnostics;

namespace MasterPlanEval.Tests.Diagnostics;

/// <summary>The sampler's peak from readings given by hand: the highest resident reading, or a high-water mark that rose.</summary>
public sealed class PeakMemorySamplerTests
{
    private const long Mib = 1024 * 1024;

    [Theory]
    // Start reads 100 MiB, the sampler's readings 500 MiB, Stop 120 MiB. A high-water mark from before the stage
    // (900 MiB) that does not move leaves the readings to say what the stage's peak was; one that went up to
    // 1,300 MiB was set during the stage, and is its exact peak.
    [InlineData(900, 500)]
    [InlineData(1300, 1300)]
    public void The_peak_is_the_highest_reading_or_a_high_water_mark_that_rose(long markAtEndMib, long peakMib)
    {
        var memory = new Readings(start: new(100 * Mib, 900 * Mib), during: new(500 * Mib, 900 * Mib), end: new(120 * Mib, markAtEndMib * Mib));
        using var sampler = new PeakMemorySampler(memory.Read, TimeSpan.FromMilliseconds(1));
        memory.WaitForSamples(2);
        memory.Finish();

        Assert.Equal(peakMib * Mib, sampler.Stop());
    }

    [Fact]
    public void Stop_reads_once_more_and_a_second_stop_returns_the_same_peak()
    {
        // A stage shorter than the interval: no sampler reading at all, and its end is its highest.
        var memory = new Readings(start: new(100 * Mib, 900 * Mib), during: new(500 * Mib, 900 * Mib), end: new(300 * Mib, 900 * Mib));
        memory.Finish();
        var sampler = new PeakMemorySampler(memory.Read, TimeSpan.FromHours(1));

        Assert.Equal(300 * Mib, sampler.Stop());
        Assert.Equal(300 * Mib, sampler.Stop());
        sampler.Dispose();
    }

    /// <summary>The first reading is <c>start</c>, then <c>during</c> until <see cref="Finish"/>, then <c>end</c>.</summary>
    private sealed class Readings(MemoryReading start, MemoryReading during, MemoryReading end)
    {
        private readonly Lock _gate = new();
        private readonly ManualResetEventSlim _sampled = new();
        private int _calls;
        private int _wanted = int.MaxValue;
        private bool _finished;

        public MemoryReading Read()
        {
            lock (_gate)
            {
                _calls++;
                if (_calls >= _wanted)
                {
                    _sampled.Set();
                }

                return _calls == 1 ? start : _finished ? end : during;
            }
        }

        // Waits for the sampler thread's own readings; the timeout only keeps a broken sampler from hanging the suite.
        public void WaitForSamples(int calls)
        {
            lock (_gate)
            {
                _wanted = calls;
                if (_calls >= calls)
                {
                    _sampled.Set();
                }
            }

            Assert.True(_sampled.Wait(TimeSpan.FromSeconds(30)), "the sampler thread never read");
        }

        public void Finish()
        {
            lock (_gate)
            {
                _finished = true;
            }
        }
    }
}
