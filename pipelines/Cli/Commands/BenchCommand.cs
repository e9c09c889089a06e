using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MasterPlanEval.Cli.Output;
using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Generator;

namespace MasterPlanEval.Cli.Commands;

/// <summary>
/// <c>bench</c>: generates a city (once per scale, seed and commuter count, kept under --workdir), runs the
/// whole annual evaluation on it and prints wall time, rows/s and peak memory per stage, plus the same as JSON.
/// Repeat --commuters for a scaling table. Figures come from the run's own stage timer, never from a test.
/// </summary>
public static class BenchCommand
{
    public static async Task<int> ExecuteAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var workdir = Path.GetFullPath(line.Single("workdir") ?? Path.Combine(Path.GetTempPath(), "masterplaneval-bench"));
        var json = line.Single("json");
        var commuterCounts = line.Many("commuters").Select(c => long.TryParse(c, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
        var probe = GenerateCommand.Options(line, workdir, commutersFromLine: false);
        Usage.ThrowIfProblems(line);
        if (commuterCounts.Any(c => c < 0))
        {
            throw new Core.Errors.EvaluationException(Core.Errors.ErrorCategory.Usage, "--commuters takes whole numbers");
        }

        var results = new List<BenchResult>();
        foreach (var commuters in commuterCounts.DefaultIfEmpty(probe.EffectiveScale.CommutersPerYear))
        {
            var config = await CityAsync(probe with { Commuters = commuters }, workdir, output, cancellationToken);
            GC.Collect();
            var watch = Stopwatch.StartNew();
            var run = await EvaluationRunner.RunAsync(
                new RunOptions(config, [], [], Path.Combine(workdir, "runs"), "duckdb"), cancellationToken);
            var result = new BenchResult(
                probe.Scale.Name, probe.Seed, commuters, Math.Round(watch.Elapsed.TotalSeconds, 3), run.Manifest.Stages.Max(s => s.PeakMib), run.Manifest.Stages, Environment.ProcessorCount);
            results.Add(result);
            Print(output, result);
        }

        var text = JsonSerializer.Serialize(results, ManifestJson.Options);
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
        return Path.Combine(folder, "evaluation.yaml");
    }

    private static void Print(TextWriter output, BenchResult result)
    {
        output.WriteLine($"{result.Scale} seed {result.Seed}, {result.Commuters:N0} commuters: {result.WallSeconds:0.00} s wall, peak {result.PeakMib:N0} MiB, {result.Cores} cores");
        TextTable.Print(
            output,
            ["stage", "seconds", "rows", "rows/s", "peak MiB"],
            result.Stages.Select(s => (IReadOnlyList<string>)
            [
                s.Stage,
                s.Seconds.ToString("0.000", CultureInfo.InvariantCulture),
                s.Rows?.ToString("N0", CultureInfo.InvariantCulture) ?? "",
                s.Rows is { } r && s.Seconds > 0 ? (r / s.Seconds).ToString("N0", CultureInfo.InvariantCulture) : "",
                s.PeakMib.ToString("N0", CultureInfo.InvariantCulture),
            ]).ToList());
        output.WriteLine();
    }
}
