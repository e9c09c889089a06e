using System.Globalization;
using System.Text.Json;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Indicators.Catalog;
using MasterPlanEval.Scorecards;

namespace MasterPlanEval.Cli.Commands;

/// <summary>
/// <c>explain</c>: one value of a finished run with what it is made of (each sum of the formula), the
/// formula and parameters, the target and its trajectory, and the input files behind the run — so an
/// analyst can defend the number.
/// </summary>
public static class ExplainCommand
{
    public static async Task<int> ExecuteAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var run = line.Required("run");
        var unit = line.Required("unit");
        var indicatorId = line.Required("indicator");
        var yearText = line.Required("year");
        var outDirectory = line.Single("out") ?? "out";
        var catalogDir = line.Single("catalog");
        Usage.ThrowIfProblems(line);
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            throw new EvaluationException(ErrorCategory.Usage, $"--year '{yearText}' is not a year");
        }

        var folder = Directory.Exists(run) ? run : Path.Combine(outDirectory, run);
        var scorecard = Path.Combine(folder, $"scorecard_{year}.parquet");
        if (!File.Exists(scorecard))
        {
            throw new EvaluationException(ErrorCategory.Usage, $"no scorecard for {year} in run '{run}'", new SourceLocation(scorecard));
        }

        var rows = await ScorecardReader.ReadAsync(scorecard, cancellationToken);
        var row = rows.FirstOrDefault(r => r.UnitId == unit && r.IndicatorId == indicatorId)
            ?? throw new EvaluationException(ErrorCategory.Usage, $"run '{run}' has no value of '{indicatorId}' for unit '{unit}' in {year}", new SourceLocation(scorecard));
        var indicator = CatalogLoader.Load(CatalogLocator.Find(catalogDir)).Indicators.FirstOrDefault(i => i.Id == indicatorId);
        Print(output, row, indicator);
        PrintInputs(output, Path.Combine(folder, "manifest.json"));
        return 0;
    }

    private static void Print(TextWriter output, ScorecardRow r, IndicatorDefinition? indicator)
    {
        output.WriteLine($"{r.IndicatorId} ({r.IndicatorNameZh} / {r.IndicatorNameEn}) — {r.UnitNameZh} / {r.UnitNameEn} ({r.Level} {r.UnitId}), {r.Year}");
        output.WriteLine($"  value:       {N(r.Value)} {r.UnitOfMeasure}{(r.QualityFlags.Length > 0 ? $"  [{r.QualityFlags}]" : string.Empty)}");
        foreach (var component in r.Components.Split("; ", StringSplitOptions.RemoveEmptyEntries))
        {
            output.WriteLine($"  made of:     {component}");
        }

        if (indicator is not null)
        {
            output.WriteLine($"  formula:     {indicator.Formula}");
            output.WriteLine($"  parameters:  {string.Join(", ", indicator.Parameters.Select(p => $"{p.Key}={p.Value}"))}");
            output.WriteLine($"  source:      {indicator.Source}");
        }

        output.WriteLine(r.TargetKind is null
            ? "  target:      none"
            : $"  target:      {r.TargetKind} {N(r.TargetValue)}{(r.TargetValueMax is null ? string.Empty : $"–{N(r.TargetValueMax)}")} by {r.TargetYear}; baseline {N(r.BaselineValue)} ({r.BaselineYear?.ToString(CultureInfo.InvariantCulture) ?? "-"})");
        output.WriteLine($"  status:      {r.TargetStatus}; trajectory {r.TrajectoryStatus} (expected {N(r.ExpectedValue)}, progress {N(r.ProgressToTarget)})");
        output.WriteLine($"  change:      {N(r.ChangeFromPrevious)} since {r.PreviousYear?.ToString(CultureInfo.InvariantCulture) ?? "-"}; {N(r.ChangeSinceBaseline)} since baseline");
        output.WriteLine($"  computed by: {r.Engine}, catalog {r.CatalogVersion}, evaluation {r.EvaluationId}");
    }

    private static void PrintInputs(TextWriter output, string manifestPath)
    {
        if (!File.Exists(manifestPath))
        {
            return;
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
        if (manifest.RootElement.TryGetProperty("run_id", out var runId) && manifest.RootElement.TryGetProperty("started_utc", out var started))
        {
            output.WriteLine($"  run:         {runId.GetString()}, started {started.GetString()}");
        }

        foreach (var input in manifest.RootElement.GetProperty("inputs").EnumerateArray())
        {
            output.WriteLine($"  input:       {input.GetProperty("role").GetString()} {Path.GetFileName(input.GetProperty("path").GetString())} sha256 {input.GetProperty("sha256").GetString()?[..16]}…");
        }
    }

    private static string N(double? value) => value?.ToString("G6", CultureInfo.InvariantCulture) ?? "-";
}
