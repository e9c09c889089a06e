namespace MasterPlanEval.Core.Plans;

/// <summary>
/// What differs between the SQL engines we render for. Plans use only ANSI constructs both DuckDB and
/// Spark SQL accept (CTEs, LEFT JOIN, CASE, COALESCE, CAST AS DOUBLE), so a dialect is only a name today;
/// a construct one engine lacks is declared here and refused at plan time.
/// </summary>
public sealed record SqlDialect(string EngineName)
{
    public static SqlDialect DuckDb { get; } = new("duckdb");

    public static SqlDialect SparkSql { get; } = new("spark");
}
