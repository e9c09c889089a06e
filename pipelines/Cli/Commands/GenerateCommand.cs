using System.Globalization;
using MasterPlanEval.Cli.Output;
using MasterPlanEval.Generator;

namespace MasterPlanEval.Cli.Commands;

/// <summary><c>generate</c>: writes a deterministic synthetic city (inputs, targets and config) at a named scale.</summary>
public static class GenerateCommand
{
    public static async Task<int> ExecuteAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var options = Options(line);
        Usage.ThrowIfProblems(line);
        var city = await CityGenerator.GenerateAsync(options, message => output.WriteLine(message), cancellationToken);
        TextTable.Print(
            output,
            ["file", "rows", "MiB"],
            city.Files.Select(f => (IReadOnlyList<string>)[f.Name, f.Rows.ToString("N0", CultureInfo.InvariantCulture), (f.Bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)]).ToList());
        output.WriteLine($"generated in {city.Elapsed.TotalSeconds:0.0} s: {city.ConfigPath}");
        return 0;
    }

    /// <summary>Generator options from the command line; <c>bench</c> passes its folder and reads --commuters itself.</summary>
    public static GeneratorOptions Options(CommandLine line, string? outDirectory = null, bool commutersFromLine = true)
    {
        var scale = GeneratorScales.Get(line.Single("scale") ?? "small");
        var seed = ParseInt(line, "seed") ?? 1;
        var years = line.Years();
        var folder = outDirectory ?? line.Required("out");
        return new GeneratorOptions(
            scale,
            seed,
            // A missing --out is reported with the other problems, not as a failed path lookup.
            folder.Length == 0 ? folder : Path.GetFullPath(folder),
            CatalogLocator.Find(line.Single("catalog")),
            commutersFromLine ? ParseLong(line, "commuters") : null,
            years.Count > 0 ? years : null);
    }

    // A seed above int.MaxValue used to wrap around silently into another city.
    private static int? ParseInt(CommandLine line, string name) => (int?)ParseLong(line, name, int.MaxValue);

    private static long? ParseLong(CommandLine line, string name, long max = int.MaxValue * 100L)
    {
        var text = line.Single(name);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= max)
        {
            return value;
        }

        line.AddProblem($"--{name} '{text}' is not a whole number in 0–{max.ToString("N0", CultureInfo.InvariantCulture)}");
        return null;
    }
}
