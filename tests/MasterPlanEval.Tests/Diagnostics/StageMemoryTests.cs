using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Core.Diagnostics;

namespace MasterPlanEval.Tests.Diagnostics;

/// <summary>
/// Stage peaks sampled from the OS's own figures. Alone: another test freeing memory meanwhile would lower the
/// process's resident memory under this stage's feet.
/// </summary>
[Collection(nameof(AloneCollection))]
public sealed class StageMemoryTests
{
    private const int Mib = 1024 * 1024;

    [Fact]
    public void A_stage_that_touches_200_MiB_peaks_200_MiB_above_its_start_and_the_process_peak_covers_every_stage()
    {
        var timer = new StageTimer();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long before;
        using (var memory = new ProcessMemory())
        {
            before = memory.Read().ResidentBytes;
        }

        timer.Time("touch", () =>
        {
            // Fresh pages are resident only once written: one byte per 4 KiB page makes all 200 MiB count.
            var block = new byte[200 * Mib];
            for (var i = 0; i < block.Length; i += 4096)
            {
                block[i] = 1;
            }

            return block.Length;
        });
        timer.Time("after", () => 0);

        var touch = timer.Stages.Single(s => s.Stage == "touch");
        Assert.True(touch.PeakMib >= (before + (200L * Mib)) / Mib, $"peak {touch.PeakMib} MiB, {before / Mib} MiB before the stage");
        var processPeak = timer.ProcessPeakMib();
        Assert.All(timer.Stages, s => Assert.True(processPeak >= s.PeakMib, $"{s.Stage}: {s.PeakMib} MiB above the process's {processPeak} MiB"));
    }
}

/// <summary>Tests that measure the whole process's memory: run after the parallel ones, one at a time.</summary>
[CollectionDefinition(nameof(AloneCollection), DisableParallelization = true)]
public sealed class AloneCollection;
