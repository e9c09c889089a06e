using System.Text.Json;
using MasterPlanEval.Cli.Commands;
using MasterPlanEval.Cli.Pipeline;

namespace MasterPlanEval.Tests.Cli;

/// <summary>What <c>bench</c> makes of its repetitions, on figures written by hand: medians, ranges, stage order, JSON, table.</summary>
public sealed class BenchFiguresTests
{
    // Three repetitions; the second has a stage the others lack (as a run without commutes would).
    private static readonly BenchRun[] Runs =
    [
        new(10.0, 900, "DuckDB v1.5.6", "/runs/a", [new("config", 1.0, null, 60, 1.5), new("ingest", 2.0, 815, 300, 3.0)]),
        new(12.0, 950, "DuckDB v1.5.6", "/runs/b", [new("config", 3.0, null, 62, 2.5), new("ingest", 1.0, 815, 200, 1.5), new("commutes", 0.5, 1800, 400, 0.9)]),
        new(11.0, 920, "DuckDB v1.5.6", "/runs/c", [new("config", 2.0, null, 61, 2.0), new("ingest", 4.0, 815, 250, 6.0)]),
    ];

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value_and_of_an_even_count_the_mean_of_the_middle_two()
    {
        Assert.Equal(new BenchFigure(2.0, 1.0, 3.0), BenchFigure.Of([3.0, 1.0, 2.0]));
        Assert.Equal(new BenchFigure(2.5, 1.0, 4.0), BenchFigure.Of([4.0, 1.0, 3.0, 2.0]));
        Assert.Equal(new BenchFigure(1.5935, 1.468, 1.719), BenchFigure.Of([1.719, 1.468]));
        Assert.Equal(new BenchFigure(7.0, 7.0, 7.0), BenchFigure.Of([7.0]));
    }

    [Fact]
    public void Stages_keep_the_order_of_the_manifests_and_each_gets_its_median_and_range()
    {
        var stages = BenchStage.Summarize(Runs);

        Assert.Equal(["config", "ingest", "commutes"], stages.Select(s => s.Stage));
        Assert.Equal(new BenchStage("config", null, new(2.0, 1.0, 3.0), new(61, 60, 62), new(2.0, 1.5, 2.5)), stages[0]);
        Assert.Equal(new BenchStage("ingest", 815, new(2.0, 1.0, 4.0), new(250, 200, 300), new(3.0, 1.5, 6.0)), stages[1]);
        Assert.Equal(new BenchStage("commutes", 1800, new(0.5, 0.5, 0.5), new(400, 400, 400), new(0.9, 0.9, 0.9)), stages[2]);
    }

    [Fact]
    public void A_stage_named_twice_in_a_run_stays_two_stages_paired_by_occurrence()
    {
        BenchRun[] runs =
        [
            new(1.0, 10, "v", "/a", [new("load", 1.0, null, 10, 1.0), new("load", 2.0, null, 20, 2.0)]),
            new(1.0, 10, "v", "/b", [new("load", 3.0, null, 30, 3.0), new("load", 4.0, null, 40, 4.0)]),
        ];

        var stages = BenchStage.Summarize(runs);

        Assert.Equal([new BenchFigure(2.0, 1.0, 3.0), new BenchFigure(3.0, 2.0, 4.0)], stages.Select(s => s.Seconds));
    }

    [Fact]
    public void The_result_has_the_whole_runs_figures_and_the_json_every_repetition()
    {
        var result = BenchResult.Of("benchmark", 1, 20_000_000, Runs);

        Assert.Equal(new BenchFigure(11.0, 10.0, 12.0), result.WallSeconds);
        Assert.Equal(new BenchFigure(920, 900, 950), result.ProcessPeakMib);
        var machine = new BenchMachine("AMD EPYC", 2, 24105, "Linux", ".NET 10.0.12", "DuckDB v1.5.6");
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(new BenchReport(machine, [result]), ManifestJson.Options));
        var parsed = json.RootElement.GetProperty("results")[0];
        Assert.Equal(11.0, parsed.GetProperty("wall_seconds").GetProperty("median").GetDouble());
        Assert.Equal([10.0, 12.0, 11.0], parsed.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("wall_seconds").GetDouble()));
        Assert.Equal(400, parsed.GetProperty("runs")[1].GetProperty("stages")[2].GetProperty("peak_mib").GetInt64());
        Assert.Equal(250, parsed.GetProperty("stages")[1].GetProperty("peak_mib").GetProperty("median").GetDouble());
        Assert.Equal(3.0, parsed.GetProperty("stages")[1].GetProperty("cpu_seconds").GetProperty("median").GetDouble());
        Assert.Equal(0.9, parsed.GetProperty("runs")[1].GetProperty("stages")[2].GetProperty("cpu_seconds").GetDouble());
        Assert.Equal(24105, json.RootElement.GetProperty("machine").GetProperty("memory_mib").GetInt64());
    }

    [Fact]
    public void The_table_prints_one_line_per_stage_with_median_range_rows_and_peak()
    {
        using var output = new StringWriter();

        BenchTable.Print(output, BenchResult.Of("benchmark", 1, 20_000_000, Runs));

        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("benchmark seed 1, 20,000,000 commuters, median of 3 fresh processes (min–max): wall 11.000 s (10.000–12.000), process peak 920 MiB (900–950)", lines[0]);
        Assert.Equal("stage     seconds  min–max      cpu s  min–max      rows   rows/s  peak MiB  min–max", lines[1]);
        Assert.Equal("config    2.000    1.000–3.000  2.000  1.500–2.500                 61        60–62", lines[3]);
        // 815 rows in a median 2 s: 407.5 rows/s, printed whole.
        Assert.Equal("ingest    2.000    1.000–4.000  3.000  1.500–6.000  815    408     250       200–300", lines[4]);
        Assert.Equal("commutes  0.500    0.500–0.500  0.900  0.900–0.900  1,800  3,600   400       400–400", lines[5]);
    }

    [Fact]
    public void The_machine_is_read_from_cpuinfo_and_meminfo()
    {
        const string Cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\ncpu MHz\t\t: 2450.000\n\nprocessor\t: 1\nmodel name\t: AMD EPYC 7B13\n";
        const string Meminfo = "MemTotal:       24683672 kB\nMemFree:        16179216 kB\n";

        Assert.Equal("AMD EPYC 7B13", BenchMachine.ParseCpuModel(Cpuinfo));
        Assert.Null(BenchMachine.ParseCpuModel("processor\t: 0\nCPU part\t: 0xd0c\n"));
        Assert.Equal(24683672 / 1024, BenchMachine.ParseMemoryMib(Meminfo));
        Assert.Null(BenchMachine.ParseMemoryMib(null));
    }
}
