using System.Globalization;
using MasterPlanEval.Scorecards;

namespace MasterPlanEval.Cli.Output;

/// <summary>Prints the city-level scorecard of every year: value, target and status per indicator.</summary>
public static class ScorecardTable
{
    public static void Print(TextWriter output, IReadOnlyList<ScorecardRow> rows)
    {
        var city = rows.Where(r => r.Level == "city").ToList();
        TextTable.Print(
            output,
            ["year", "indicator", "value", "unit", "target", "status", "trajectory"],
            city.Select(r => (IReadOnlyList<string>)
            [
                r.Year.ToString(CultureInfo.InvariantCulture),
                r.IndicatorId,
                Number(r.Value),
                r.UnitOfMeasure,
                Target(r),
                r.TargetStatus,
                r.TrajectoryStatus,
            ]).ToList());
        output.WriteLine();
    }

    private static string Target(ScorecardRow r) => r.TargetKind switch
    {
        null => "-",
        "cap" => $"≤ {Number(r.TargetValue)} ({r.TargetYear})",
        "floor" => $"≥ {Number(r.TargetValue)} ({r.TargetYear})",
        _ => $"{Number(r.TargetValue)}–{Number(r.TargetValueMax)} ({r.TargetYear})",
    };

    private static string Number(double? value) => value switch
    {
        null => "n/a",
        { } v when Math.Abs(v) >= 1000 => v.ToString("N0", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.####", CultureInfo.InvariantCulture),
    };
}
