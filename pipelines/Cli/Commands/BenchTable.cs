using System.Globalization;
using MasterPlanEval.Cli.Output;

namespace MasterPlanEval.Cli.Commands;

/// <summary>
/// Prints a benchmark as the README quotes it: the machine, then per city the whole run and one line per stage,
/// each figure as the median of the repetitions with their min–max.
/// </summary>
public static class BenchTable
{
    public static void PrintMachine(TextWriter output, BenchMachine machine) =>
        output.WriteLine(
            $"machine: {machine.Cpu}, {machine.Cores} cores, {Gib(machine.MemoryMib)} GiB memory, {machine.Os}; {machine.Dotnet}; DuckDB {machine.Duckdb.Replace("DuckDB ", "", StringComparison.Ordinal)}");

    public static void Print(TextWriter output, BenchResult result)
    {
        var runs = result.Runs.Count == 1 ? "1 fresh process" : $"median of {result.Runs.Count} fresh processes (min–max)";
        output.WriteLine(
            $"{result.Scale} seed {result.Seed}, {N(result.Commuters)} commuters, {runs}: " +
            $"wall {Seconds(result.WallSeconds.Median)} s ({Range(result.WallSeconds, Seconds)}), " +
            $"process peak {Mib(result.ProcessPeakMib.Median)} MiB ({Range(result.ProcessPeakMib, Mib)})");
        TextTable.Print(
            output,
            ["stage", "seconds", "min–max", "cpu s", "min–max", "rows", "rows/s", "peak MiB", "min–max"],
            result.Stages.Select(s => (IReadOnlyList<string>)
            [
                s.Stage,
                Seconds(s.Seconds.Median),
                Range(s.Seconds, Seconds),
                Seconds(s.CpuSeconds.Median),
                Range(s.CpuSeconds, Seconds),
                s.Rows is { } rows ? N(rows) : "",
                s.Rows is { } r && s.Seconds.Median > 0 ? N((long)Math.Round(r / s.Seconds.Median)) : "",
                Mib(s.PeakMib.Median),
                Range(s.PeakMib, Mib),
            ]).ToList());
        output.WriteLine();
    }

    private static string Range(BenchFigure figure, Func<double, string> format) => $"{format(figure.Min)}–{format(figure.Max)}";

    private static string Seconds(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);

    // The median of an even count of MiB can end in .5: rounded, as whole MiB are all a peak is read in.
    private static string Mib(double mib) => N((long)Math.Round(mib, MidpointRounding.AwayFromZero));

    private static string Gib(long mib) => (mib / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
