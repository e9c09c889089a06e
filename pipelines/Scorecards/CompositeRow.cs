using System.Globalization;
using MasterPlanEval.Core.Config;

namespace MasterPlanEval.Scorecards;

/// <summary>
/// One weighted composite index for one unit and year. Each weighted indicator scores its progress toward its
/// target, clamped to [0, 1] (progress_to_target; without a baseline: 1 when met, 0 when not met); an indicator
/// without a target or a value in that unit and year is left out and the present weights are renormalised, so
/// <see cref="WeightPresent"/> tells how much of the index stands on evidence.
/// </summary>
public sealed record CompositeRow(
    string EvaluationId,
    int Year,
    string Level,
    string UnitId,
    string UnitNameZh,
    string UnitNameEn,
    string CompositeId,
    string CompositeNameZh,
    string CompositeNameEn,
    double? Value,
    int ComponentsPresent,
    int ComponentsTotal,
    double WeightPresent,
    string Components)
{
    /// <summary>The composites of scorecard rows, per year, unit and composite, in scorecard order.</summary>
    public static IReadOnlyList<CompositeRow> Compute(IReadOnlyList<ScorecardRow> rows, IReadOnlyList<CompositeSpec> composites)
    {
        var result = new List<CompositeRow>();
        foreach (var unit in rows.GroupBy(r => (r.EvaluationId, r.Year, r.Level, r.UnitId, r.UnitNameZh, r.UnitNameEn)))
        {
            var byIndicator = unit.ToDictionary(r => r.IndicatorId, StringComparer.Ordinal);
            foreach (var composite in composites)
            {
                var scored = composite.Weights
                    .OrderBy(w => w.Key, StringComparer.Ordinal)
                    .Select(w => (Id: w.Key, Weight: w.Value, Score: byIndicator.TryGetValue(w.Key, out var row) ? Score(row) : null))
                    .ToList();
                var present = scored.Where(s => s.Score is not null).ToList();
                var weight = present.Sum(s => s.Weight);
                result.Add(new CompositeRow(
                    unit.Key.EvaluationId,
                    unit.Key.Year,
                    unit.Key.Level,
                    unit.Key.UnitId,
                    unit.Key.UnitNameZh,
                    unit.Key.UnitNameEn,
                    composite.Id,
                    composite.Name.Zh,
                    composite.Name.En,
                    present.Count == 0 ? null : present.Sum(s => s.Weight * s.Score!.Value) / weight,
                    present.Count,
                    scored.Count,
                    weight / scored.Sum(s => s.Weight),
                    string.Join("; ", scored.Select(s => $"{s.Id}×{Number(s.Weight)}={(s.Score is { } v ? Number(v) : "none")}"))));
            }
        }

        return result;
    }

    /// <summary>An indicator's score in [0, 1], or null when it has no value, no target, or stands on incomplete data.</summary>
    public static double? Score(ScorecardRow row) => row switch
    {
        { Value: null } => null,
        { TargetStatus: "insufficient_data" } => null,
        { ProgressToTarget: { } progress } => Math.Clamp(progress, 0, 1),
        { TargetStatus: "met" } => 1,
        { TargetStatus: "not_met" } => 0,
        _ => null,
    };

    private static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
