using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;
using MasterPlanEval.Scorecards;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Properties;

/// <summary>
/// Property 4: the whole pipeline does not depend on the order of input rows. The tiny fixture is copied
/// with the data rows of its CSV files and the features of land_use.geojson permuted (seeded by CsCheck),
/// and every scorecard row must match the run on the unshuffled copy, every value to the bit.
/// </summary>
public sealed partial class RowOrderPropertyTests
{
    private static readonly string[] CsvFiles = ["population_grid.csv", "census.csv", "commutes.csv", "facilities.csv"];

    [Fact]
    public async Task Shuffling_input_rows_does_not_change_any_scorecard_value()
    {
        using var work = new TempDirectory();
        var baseline = await RunCopyAsync(work.Path, "baseline", seed: null);
        Assert.NotEmpty(baseline);
        var sample = 0;

        await Gen.Int[0, int.MaxValue].SampleAsync(
            async seed =>
            {
                var shuffled = await RunCopyAsync(work.Path, $"shuffled-{Interlocked.Increment(ref sample)}", seed);
                Assert.Equal(baseline.Select(Key), shuffled.Select(Key));
                foreach (var (expected, actual) in baseline.Zip(shuffled))
                {
                    var where = $"seed {seed}: {Key(expected)}";
                    // To the bit: sums are exact (SqlRenderer.Sum), so the order rows arrive in changes nothing.
                    Assert.True(Equals(expected.Value, actual.Value), $"{where}: unshuffled {expected.Value:R}, shuffled {actual.Value:R}");
                    Assert.Equal((expected.QualityFlags, expected.TargetStatus, expected.TrajectoryStatus), (actual.QualityFlags, actual.TargetStatus, actual.TrajectoryStatus));
                }
            },
            iter: 5,
            threads: 1);
    }

    private static string Key(ScorecardRow row) => $"{row.Year}/{row.Level}/{row.UnitId}/{row.IndicatorId}";

    /// <summary>Copies the tiny fixture into <paramref name="root"/>/<paramref name="name"/>, permuted unless the seed is null, and runs it.</summary>
    private static async Task<IReadOnlyList<ScorecardRow>> RunCopyAsync(string root, string name, int? seed)
    {
        var source = RepoPaths.Fixture("tiny");
        var folder = Directory.CreateDirectory(Path.Combine(root, name, "fixture")).FullName;
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        // The fixture names the catalog relative to its own folder; the copy points at the repository's.
        var config = Path.Combine(folder, "evaluation.yaml");
        var catalog = RepoPaths.Catalog.Replace("'", "''", StringComparison.Ordinal);
        File.WriteAllText(config, CatalogLine().Replace(File.ReadAllText(config), $"catalog: '{catalog}'"));

        if (seed is { } s)
        {
            var random = new Random(s);
            foreach (var csv in CsvFiles)
            {
                ShuffleCsv(Path.Combine(folder, csv), random);
            }

            ShuffleFeatures(Path.Combine(folder, "land_use.geojson"), random);
        }

        var result = await Pipeline.RunAsync(config, Directory.CreateDirectory(Path.Combine(root, name, "out")).FullName);
        return result.Rows;
    }

    private static void ShuffleCsv(string path, Random random)
    {
        var lines = File.ReadAllText(path).Split('\n').Where(l => l.TrimEnd('\r').Length > 0).ToArray();
        var rows = lines[1..];
        random.Shuffle(rows);
        File.WriteAllText(path, string.Join('\n', rows.Prepend(lines[0])) + "\n");
    }

    private static void ShuffleFeatures(string path, Random random)
    {
        var document = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var features = document["features"]!.AsArray().Select(f => f!.DeepClone()).ToArray();
        random.Shuffle(features);
        document["features"] = new JsonArray(features);
        File.WriteAllText(path, document.ToJsonString());
    }

    [GeneratedRegex("^catalog:.*$", RegexOptions.Multiline)]
    private static partial Regex CatalogLine();
}
