namespace MasterPlanEval.Scorecards;

/// <summary>
/// One column of a scorecard file as readers of the file see it: snake_case name, Parquet type in words,
/// whether it may hold nulls, and the description from <see cref="ScorecardColumnAttribute"/>.
/// </summary>
public sealed record ScorecardColumnInfo(string Name, string ParquetType, bool IsNullable, string Description);
