namespace MasterPlanEval.Core.Plans;

/// <summary>
/// What differs between the SQL engines we render for. Plans use only ANSI constructs both DuckDB and
/// Spark SQL accept (CTEs, LEFT JOIN, CASE, COALESCE, CAST AS DOUBLE, TRY_CAST, ||); the few spellings
/// that differ are declared here, and a construct one engine lacks is refused at plan time.
/// </summary>
public sealed record SqlDialect(string EngineName, string TextType, Func<string, string> IsFinite)
{
    public static SqlDialect DuckDb { get; } = new("duckdb", "VARCHAR", x => $"isfinite({x})");

    public static SqlDialect SparkSql { get; } = new("spark", "STRING", x => $"(NOT isnan({x}) AND abs({x}) < CAST('Infinity' AS DOUBLE))");
}
