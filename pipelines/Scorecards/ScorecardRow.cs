namespace MasterPlanEval.Scorecards;

/// <summary>
/// One row of a scorecard: one evaluation × year × unit × indicator. The property order is the column order of
/// the Parquet file, and docs/scorecard-schema.md is generated from this record (a test keeps them in step).
/// </summary>
public sealed record ScorecardRow(
    [property: ScorecardColumn("Evaluation id: 16 hex characters hashing what the numbers depend on (tool version and build commit, engine, catalog, years, indicators, every input file's SHA-256), e.g. 3f2a9c1b5d7e8f90; no time, so two runs of one evaluation write identical files. manifest.json holds it with the run id (start time and hash, the folder's name) and the times.")] string EvaluationId,
    [property: ScorecardColumn("Evaluation year the value is for.")] int Year,
    [property: ScorecardColumn("Unit level: city, zone (a configured group of districts), district or subdistrict.")] string Level,
    [property: ScorecardColumn("Planning unit id (from planning_units.unit_id).")] string UnitId,
    [property: ScorecardColumn("Planning unit name, Chinese.")] string UnitNameZh,
    [property: ScorecardColumn("Planning unit name, English.")] string UnitNameEn,
    [property: ScorecardColumn("Id of the enclosing unit; null for the city.")] string? ParentUnitId,
    [property: ScorecardColumn("Catalog indicator id; carries its parameters (e.g. park_coverage_500m).")] string IndicatorId,
    [property: ScorecardColumn("Indicator name, Chinese.")] string IndicatorNameZh,
    [property: ScorecardColumn("Indicator name, English.")] string IndicatorNameEn,
    [property: ScorecardColumn("TD/T 1063 dimension, Chinese (安全/创新/协调/绿色/开放/共享).")] string DimensionZh,
    [property: ScorecardColumn("TD/T 1063 dimension, English (safety/innovation/coordination/green/openness/sharing).")] string DimensionEn,
    [property: ScorecardColumn("The indicator's value; null when it is undefined (see quality_flags).")] double? Value,
    [property: ScorecardColumn("Unit of measure of value and targets (persons, km2, share, min, …).")] string UnitOfMeasure,
    [property: ScorecardColumn("Year of the target in force for this year; null without a target.")] int? TargetYear,
    [property: ScorecardColumn("cap (value ≤ target), floor (≥) or band; null without a target.")] string? TargetKind,
    [property: ScorecardColumn("Target value (the lower bound of a band).")] double? TargetValue,
    [property: ScorecardColumn("Upper bound of a band target; null otherwise.")] double? TargetValueMax,
    [property: ScorecardColumn("Baseline year of the target's trajectory.")] int? BaselineYear,
    [property: ScorecardColumn("Baseline value of the target's trajectory.")] double? BaselineValue,
    [property: ScorecardColumn("Value the straight line from baseline to target expects in this year.")] double? ExpectedValue,
    [property: ScorecardColumn("Share of the baseline-to-target gap closed: (value − baseline) / (target − baseline), band target: its midpoint; 1 = target reached, negative = moved away; null without baseline.")] double? ProgressToTarget,
    [property: ScorecardColumn("Change since the target's baseline: value − baseline_value.")] double? ChangeSinceBaseline,
    [property: ScorecardColumn("The latest earlier year of this run with a value for the same unit and indicator.")] int? PreviousYear,
    [property: ScorecardColumn("The value in previous_year.")] double? PreviousValue,
    [property: ScorecardColumn("value − previous_value.")] double? ChangeFromPrevious,
    [property: ScorecardColumn("met, not_met, no_target, no_value, or insufficient_data: the value stands on incomplete or implausible data (an incomplete(...) or out_of_range flag) and is not judged.")] string TargetStatus,
    [property: ScorecardColumn("on_track, off_track, no_baseline, no_target, no_value or insufficient_data (as target_status).")] string TrajectoryStatus,
    [property: ScorecardColumn("Semicolon-separated data-quality flags: no_input_rows(inputs) — an input the formula reads has no rows in the year, or none for this sub-district (census, grid or land use that covers it in other years): the value is null, never 0; incomplete(input: k of n sub-districts missing) — the value adds up only the sub-districts the input covers, and is not judged; out_of_range(outside [min, max]) — the value lies outside the indicator's checks, and is not judged; not_finite — the engine produced NaN or an infinity, written as null; zero_denominator; not_meaningful(reason) for a cross-year ratio without value, reason one of denominator_near_zero, opposite_signs (the rates differ in sign), different_periods (rates measured from different baseline years); no_input_rows without inputs — no fact rows for the unit and year although the inputs have rows (a sub-district without rail, say: the value is a true 0), for a cross-year formula an indicator it reads has no value from input rows; empty when none.")] string QualityFlags,
    [property: ScorecardColumn("What the value is made of: each sum of the formula with its value, e.g. 'sum(census.residents)=708829; sum(units.area_km2)=41.55'; for a cross-year formula each indicator value it reads (NaN: missing) and the baseline year of its period, e.g. 'value(resident_population)=2860; baseline(resident_population)=2900; baseline_year=2020'.")] string Components,
    [property: ScorecardColumn("Catalog version that defined the indicator.")] string CatalogVersion,
    [property: ScorecardColumn("Engine that computed the value (duckdb or spark).")] string Engine);
