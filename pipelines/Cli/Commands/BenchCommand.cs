using System.Globalization;
using System.Text.Json;
using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Generator;

namespace MasterPlanEval.Cli.Commands;

/// <summary>
/// <c>bench</c>: generates a city (once per scale, seed and commuter count, kept under --workdir) and runs the whole
/// annual evaluation on it --repeat times (3 by default), each in a fresh process of this build as the issue's bars
/// count them; prints the machine and, per city, wall time, peak memory and every stage as median with min–max, and
/// writes every repetition as JSON. Repeat --commuters for a scaling table. Figures come from the runs, never a test.
/// </summary>
public static class BenchCommand
{
    private const int MaxRepeat = 1000;

    public static async Task<int> ExecuteAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var workdir = Path.GetFullPath(line.Single("workdir") ?? Path.Combine(Path.GetTempPath(), "masterplaneval-bench"));
        var json = line.Single("json");
        var commuterCounts = line.Many("commuters").Select(c => long.TryParse(c, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
        var repeat = Repeat(line);
        var probe = GenerateCommand.Options(line, workdir, commutersFromLine: false);
        Usage.ThrowIfProblems(line);
        if (commuterCounts.Any(c => c < 0))
        {
            throw new EvaluationException(ErrorCategory.Usage, "--commuters takes whole numbers");
        }

        string duckdb;
        using (var engine = EngineFactory.Create("duckdb"))
        {
            duckdb = engine.Version;
        }

        var machine = BenchMachine.Describe(duckdb);
        BenchTable.PrintMachine(output, machine);
        var results = new List<BenchResult>();
        foreach (var commuters in commuterCounts.DefaultIfEmpty(probe.EffectiveScale.CommutersPerYear))
        {
            var config = await CityAsync(probe with { Commuters = commuters }, workdir, output, cancellationToken);
            var runs = new List<BenchRun>();
            for (var i = 1; i <= repeat; i++)
            {
                var label = $"bench run {i} of {repeat} ({commuters.ToString("N0", CultureInfo.InvariantCulture)} commuters)";
                var run = await BenchChild.RunAsync(config, Path.Combine(workdir, "runs"), label, cancellationToken);
                output.WriteLine($"{label}: {run.WallSeconds.ToString("0.000", CultureInfo.InvariantCulture)} s wall, process peak {run.ProcessPeakMib.ToString("N0", CultureInfo.InvariantCulture)} MiB, {run.RunDirectory}");
                runs.Add(run);
            }

            var result = BenchResult.Of(probe.Scale.Name, probe.Seed, commuters, runs);
            results.Add(result);
            BenchTable.Print(output, result);
        }

        var text = JsonSerializer.Serialize(new BenchReport(machine, results), ManifestJson.Options);
        if (json is not null)
        {
            await File.WriteAllTextAsync(json, text + "\n", cancellationToken);
            output.WriteLine($"json: {Path.GetFullPath(json)}");
        }
        else
        {
            output.WriteLine(text);
        }

        return 0;
    }

    private static int Repeat(CommandLine line)
    {
        var text = line.Single("repeat");
        if (text is null)
        {
            return 3;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var repeat) && repeat is >= 1 and <= MaxRepeat)
        {
            return repeat;
        }

        line.AddProblem($"--repeat '{text}' is not a whole number in 1–{MaxRepeat}");
        return 0;
    }

    // Generating Beijing with 20 M commuters takes a while, so a complete city is kept and reused.
    private static async Task<string> CityAsync(GeneratorOptions options, string workdir, TextWriter output, CancellationToken cancellationToken)
    {
        var scale = options.EffectiveScale;
        // The key names everything that shapes the city; after a change to the generator itself, clear --workdir.
        var folder = Path.Combine(workdir, $"{scale.Name}-seed{options.Seed}-commuters{scale.CommutersPerYear}-years{string.Join('_', scale.Years)}");
        var marker = Path.Combine(folder, ".complete");
        if (!File.Exists(marker))
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            var city = await CityGenerator.GenerateAsync(options with { OutDirectory = folder }, null, cancellationToken);
            await File.WriteAllTextAsync(marker, $"generated in {city.Elapsed.TotalSeconds:0.0} s\n", cancellationToken);
        }

        output.WriteLine($"city: {folder}");
        await ReadOnceAsync(folder, cancellationToken);
        return Path.Combine(folder, "evaluation.yaml");
    }

    // The bars are taken with the data in the page cache: read once, a city cached days ago does not make its
    // first repetition pay for the disk.
    private static async Task ReadOnceAsync(string folder, CancellationToken cancellationToken)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            await using var stream = File.OpenRead(file);
            await stream.CopyToAsync(Stream.Null, cancellationToken);
        }
    }
}
