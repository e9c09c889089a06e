using System.Text.Json;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary>The manifest's memory figures: each stage's sampled peak and the process's peak as the OS reports it.</summary>
public sealed class ManifestMemoryTests
{
    [Fact]
    public async Task The_process_peak_is_written_and_covers_every_stage_peak()
    {
        using var fixture = new FixtureCopy("tiny");

        var result = await Pipeline.RunAsync(fixture.Config, fixture.Out);

        using var written = JsonDocument.Parse(File.ReadAllText(Path.Combine(result.RunDirectory, "manifest.json")));
        var processPeak = written.RootElement.GetProperty("process_peak_mib").GetInt64();
        Assert.Equal(result.Manifest.ProcessPeakMib, processPeak);
        Assert.All(result.Manifest.Stages, s => Assert.InRange(s.PeakMib, 1, processPeak));
    }
}
