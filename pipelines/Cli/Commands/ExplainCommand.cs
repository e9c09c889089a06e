using System.Globalization;
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
        if (!Directory.Exists(folder))
        {
            throw new EvaluationException(ErrorCategory.Usage, $"no run '{run}': neither a folder nor a run in '{outDirectory}'", new SourceLocation(Path.GetFullPath(folder)));
        }

        var manifest = ExplainedRun.Read(folder);
        var file = $"scorecard_{year}.parquet";
        var scorecard = Path.Combine(folder, file);
        if (!manifest.Years.Contains(year))
        {
            throw new EvaluationException(ErrorCategory.Usage, $"run '{run}' has no year {year} (its years: {string.Join(", ", manifest.Years)})", new SourceLocation(folder));
        }

        if (!manifest.Outputs.Contains(file) || !File.Exists(scorecard))
        {
            throw new EvaluationException(ErrorCategory.Input, $"damaged run folder: the scorecard of {year} is missing", new SourceLocation(scorecard));
        }

        var rows = await ReadScorecardAsync(scorecard, cancellationToken);
        var row = rows.FirstOrDefault(r => r.UnitId == unit && r.IndicatorId == indicatorId)
            ?? throw new EvaluationException(ErrorCategory.Usage, $"run '{run}' has no value of '{indicatorId}' for unit '{unit}' in {year}", new SourceLocation(scorecard));
        var indicator = CatalogLoader.Load(CatalogLocator.Find(catalogDir)).Indicators.FirstOrDefault(i => i.Id == indicatorId);
        Print(output, row, indicator);
        PrintInputs(output, manifest);
        return 0;
    }

    // Parquet.Net reports a truncated or overwritten file with whatever exception its decoder hits first
    // (IO, format, index, argument); none of them is the program's fault, all mean the file is damaged.
    private static async Task<IReadOnlyList<ScorecardRow>> ReadScorecardAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await ScorecardReader.ReadAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is not (EvaluationException or OperationCanceledException or OutOfMemoryException))
        {
            throw new EvaluationException(ErrorCategory.Input, $"damaged scorecard, not readable as Parquet: {ex.Message.Split('\n')[0]}", new SourceLocation(path));
        }
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

    private static void PrintInputs(TextWriter output, ExplainedRun run)
    {
        output.WriteLine($"  run:         {run.RunId}, started {run.StartedUtc}");
        foreach (var input in run.Inputs)
        {
            output.WriteLine($"  input:       {input.Role} {Path.GetFileName(input.Path)} sha256 {input.Sha256[..Math.Min(16, input.Sha256.Length)]}…");
        }
    }

    private static string N(double? value) => value?.ToString("G6", CultureInfo.InvariantCulture) ?? "-";
}
