using System.Diagnostics;
using MasterPlanEval.Cli.Pipeline;

namespace MasterPlanEval.Tests.Diagnostics;

/// <summary>
/// A stage's processor time is the process's as the OS books it, not its wall time: a computing stage books what
/// it computed, a waiting one next to nothing. Alone: other tests computing meanwhile would book to the same process.
/// </summary>
[Collection(nameof(AloneCollection))]
public sealed class StageCpuTests
{
    [Fact]
    public void A_computing_stage_books_its_processor_time_and_a_waiting_stage_almost_none()
    {
        var timer = new StageTimer();

        timer.Time("compute", () =>
        {
            // Computes until the OS has booked the process 0.3 s of processor time, however busy the machine is.
            var start = ProcessorTime();
            var turns = 0L;
            while (ProcessorTime() - start < TimeSpan.FromSeconds(0.3))
            {
                turns++;
            }

            return turns;
        });
        Settle();
        timer.Time("wait", () =>
        {
            Thread.Sleep(400);
            return 0;
        });

        var (compute, wait) = (timer.Stages[0], timer.Stages[1]);
        Assert.True(compute.CpuSeconds >= 0.3, $"computing: {compute.CpuSeconds} s of processor time booked");
        Assert.True(wait.Seconds >= 0.4, $"waiting: {wait.Seconds} s wall");
        Assert.True(wait.CpuSeconds < 0.2, $"waiting: {wait.CpuSeconds} s of processor time booked in {wait.Seconds} s");
    }

    // The runtime's own threads book to the process too (tier-1 JIT of the code the suite just ran, the GC): wait, up
    // to 10 s, for a 200 ms stretch in which the process books under 50 ms, so the waiting stage measures the stage.
    private static void Settle()
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            var before = ProcessorTime();
            Thread.Sleep(200);
            if (ProcessorTime() - before < TimeSpan.FromMilliseconds(50))
            {
                return;
            }
        }
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
