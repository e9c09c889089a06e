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
        QuietProcess();

        timer.Time("compute", () => Compute(0.3));
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

    [Fact]
    public void Stages_of_a_group_book_no_processor_time_and_the_group_books_the_process_time_over_them_all()
    {
        var timer = new StageTimer();
        timer.Time("before", () => 0);

        var group = timer.BeginGroup("both");
        var elsewhereThread = new Thread(() => timer.Time("elsewhere", () => Compute(0.3)));
        elsewhereThread.Start();
        elsewhereThread.Join();
        timer.Time("here", () => Compute(0.3));
        group.End();
        timer.Time("after", () => 0);

        // The group's own thread's members first, then the others', whatever order they started in.
        Assert.Equal(["before", "both", "here", "elsewhere", "after"], timer.Stages.Select(s => s.Stage));
        var (before, both, here, elsewhere, after) = (timer.Stages[0], timer.Stages[1], timer.Stages[2], timer.Stages[3], timer.Stages[4]);
        Assert.Equal(["here", "elsewhere"], both.Members!);
        Assert.Null(elsewhere.CpuSeconds);
        Assert.Null(here.CpuSeconds);
        // Both members computed 0.3 s each inside the group's span.
        Assert.True(both.CpuSeconds >= 0.6, $"group: {both.CpuSeconds} s of processor time booked");
        Assert.NotNull(before.CpuSeconds);
        Assert.NotNull(after.CpuSeconds);
        Assert.Null(before.Members);
        // Start offsets follow the run: each stage starts after the one before it ended (to the rounding of 1 ms).
        Assert.True(here.StartSeconds >= elsewhere.StartSeconds + elsewhere.Seconds - 0.002, $"here at {here.StartSeconds}, elsewhere {elsewhere.StartSeconds} + {elsewhere.Seconds}");
        Assert.True(after.StartSeconds >= both.StartSeconds + both.Seconds - 0.002, $"after at {after.StartSeconds}, group {both.StartSeconds} + {both.Seconds}");
        Assert.InRange(both.StartSeconds, before.StartSeconds, elsewhere.StartSeconds);
    }

    [Fact]
    public void A_second_group_cannot_open_inside_the_first()
    {
        var timer = new StageTimer();
        using var group = timer.BeginGroup("first");

        Assert.Equal("stage group 'first' is still open", Assert.Throws<InvalidOperationException>(() => timer.BeginGroup("second")).Message);
    }

    // Tests run before this class leave the JIT recompiling their hot methods on its own thread for a while (measured:
    // 0.23 s of processor time within the next 0.4 s, after the run tests), which a waiting stage would book: wait, up
    // to 10 s, until the process spends under 20 ms in 200 ms.
    private static void QuietProcess()
    {
        for (var turn = 0; turn < 50; turn++)
        {
            var start = ProcessorTime();
            Thread.Sleep(200);
            if (ProcessorTime() - start < TimeSpan.FromMilliseconds(20))
            {
                return;
            }
        }
    }

    // Computes until the OS has booked the process this much more processor time, however busy the machine is.
    private static long Compute(double seconds)
    {
        var start = ProcessorTime();
        var turns = 0L;
        while (ProcessorTime() - start < TimeSpan.FromSeconds(seconds))
        {
            turns++;
        }

        return turns;
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
