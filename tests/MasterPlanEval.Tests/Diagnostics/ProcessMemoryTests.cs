using System.Text;
using MasterPlanEval.Core.Diagnostics;

namespace MasterPlanEval.Tests.Diagnostics;

/// <summary>The figures read from /proc/self/status, on a copy of such a file.</summary>
public sealed class ProcessMemoryTests
{
    private const string Status = "Name:\tmasterplaneval\nVmPeak:\t 3300000 kB\nVmSize:\t 3200000 kB\nVmHWM:\t  950272 kB\nVmRSS:\t  412160 kB\nRssAnon:\t  400000 kB\n";

    [Fact]
    public void Resident_and_peak_are_the_kilobytes_of_their_lines()
    {
        var status = Encoding.ASCII.GetBytes(Status);

        Assert.Equal(412160, ProcessMemory.Kilobytes(status, "VmRSS:"u8));
        Assert.Equal(950272, ProcessMemory.Kilobytes(status, "VmHWM:"u8));
        Assert.Null(ProcessMemory.Kilobytes(status, "VmSwap:"u8));
    }

    [Fact]
    public void This_process_reads_a_peak_at_least_its_resident_memory()
    {
        using var memory = new ProcessMemory();
        var reading = memory.Read();

        Assert.True(reading.ResidentBytes > 0);
        Assert.True(reading.PeakBytes >= reading.ResidentBytes, $"peak {reading.PeakBytes} below resident {reading.ResidentBytes}");
    }
}
