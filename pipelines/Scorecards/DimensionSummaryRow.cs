namespace MasterPlanEval.Scorecards;

/// <summary>
/// How one unit fares in one TD/T 1063 dimension in one year: counts of its indicators by target status
/// (met / not met / no target / no value / insufficient data: a value on incomplete or implausible data,
/// not judged) and by trajectory (on track / off track).
/// </summary>
public sealed record DimensionSummaryRow(
    string EvaluationId,
    int Year,
    string Level,
    string UnitId,
    string UnitNameZh,
    string UnitNameEn,
    string DimensionZh,
    string DimensionEn,
    int Indicators,
    int Met,
    int NotMet,
    int NoTarget,
    int NoValue,
    int InsufficientData,
    int OnTrack,
    int OffTrack)
{
    /// <summary>Summaries of scorecard rows, one per year, unit and dimension, in scorecard order.</summary>
    public static IReadOnlyList<DimensionSummaryRow> Summarize(IEnumerable<ScorecardRow> rows) =>
        rows.GroupBy(r => (r.EvaluationId, r.Year, r.Level, r.UnitId, r.UnitNameZh, r.UnitNameEn, r.DimensionZh, r.DimensionEn))
            .Select(g => new DimensionSummaryRow(
                g.Key.EvaluationId,
                g.Key.Year,
                g.Key.Level,
                g.Key.UnitId,
                g.Key.UnitNameZh,
                g.Key.UnitNameEn,
                g.Key.DimensionZh,
                g.Key.DimensionEn,
                g.Count(),
                g.Count(r => r.TargetStatus == "met"),
                g.Count(r => r.TargetStatus == "not_met"),
                g.Count(r => r.TargetStatus == "no_target"),
                g.Count(r => r.TargetStatus == "no_value"),
                g.Count(r => r.TargetStatus == "insufficient_data"),
                g.Count(r => r.TrajectoryStatus == "on_track"),
                g.Count(r => r.TrajectoryStatus == "off_track")))
            .ToList();
}
